import { describe, expect, it } from 'vitest';
import { IsoDateTimeSchema } from '../../src/dates/schema';
import type { InvalidInputError } from '../../src/index';
import { parseWith } from '../../src/internal/parse';

describe('a date-time without an offset', () => {
  it('is refused with a message that says an offset or Z is needed', () => {
    try {
      parseWith(IsoDateTimeSchema, '2026-11-20T16:00:00');
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).issues[0]?.message).toMatch(/UTC offset or Z/);
    }
  });
});
