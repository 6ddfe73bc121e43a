// docs/schemas.md names every shipped schema by its $id, every rule the schemas carry and every
// rule only the library checks; this keeps the page in step with scripts/schema-rules.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ONLY_RULES, SCHEMA_RULES } from '../../scripts/schema-rules';
import { SCHEMA_DIR } from './harness';

const page = readFileSync(join(__dirname, '..', '..', 'docs', 'schemas.md'), 'utf8');

describe('docs/schemas.md', () => {
  it('has a title in its front matter', () => {
    expect(page.startsWith('---\ntitle: Using the JSON Schemas\n---\n')).toBe(true);
  });

  it('lists every shipped schema by its $id', () => {
    const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const { $id } = JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8'));
      expect(page, f).toContain(`\`${$id}\``);
    }
  });

  it('names every rule the schemas carry and every rule only the library checks', () => {
    for (const { id } of [...SCHEMA_RULES, ...LIBRARY_ONLY_RULES])
      expect(page, id).toContain(`| \`${id}\``);
  });
});
