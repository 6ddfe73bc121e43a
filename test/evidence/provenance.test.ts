import { describe, expect, it } from 'vitest';
import { ABSORPTION } from '../../src/data/absorption';
import { DIARY } from '../../src/data/diary';
import { DISPLAY_UNITS } from '../../src/data/display-units';
import {
  BORROWED_VARIABILITY,
  MODEL_CHOICES,
  SIMULATION_WINDOW,
} from '../../src/data/exposure-settings';
import { CONTRAINDICATIONS, DOSE_CEILINGS } from '../../src/data/guidelines';
import { INPUT_LIMITS } from '../../src/data/input-limits';
import * as MAINTENANCE from '../../src/data/maintenance';
import { MEDICINE_EXPOSURE } from '../../src/data/medicine-exposure';
import { MEDICINES } from '../../src/data/medicines';
import { PAIN_TYPES } from '../../src/data/pain-types';
import { PERSONALIZATION } from '../../src/data/personalization';
import { EFFECT_SITE, NORKETAMINE, PK_COVARIATES } from '../../src/data/pk-covariates';
import { DISPOSITION_MODELS } from '../../src/data/pk-models';
import * as RELIEF_MODEL from '../../src/data/relief-model';
import { ROUTES } from '../../src/data/routes';
import { listSources } from '../../src/index';
import { auditBibliography, auditProvenance } from './provenance';

const bib = listSources();

describe('every clinical number in src/data has provenance', () => {
  it.each<[string, unknown]>([
    ['routes', ROUTES],
    ['pain types', PAIN_TYPES],
    ['medicines', MEDICINES],
    ['medicine exposure', MEDICINE_EXPOSURE],
    ['input limits', INPUT_LIMITS],
    ['disposition models', DISPOSITION_MODELS],
    ['absorption', ABSORPTION],
    ['PK covariates', PK_COVARIATES],
    ['effect site', EFFECT_SITE],
    ['norketamine choice', NORKETAMINE],
    ['model choices', MODEL_CHOICES],
    ['borrowed variability', BORROWED_VARIABILITY],
    ['simulation window', SIMULATION_WINDOW],
    ['display units', DISPLAY_UNITS],
    ['dose ceilings', DOSE_CEILINGS],
    ['contraindications', CONTRAINDICATIONS],
    ['diary', DIARY],
    ['personalization', PERSONALIZATION],
    ...Object.entries(MAINTENANCE).map(([name, data]): [string, unknown] => [
      `maintenance ${name}`,
      data,
    ]),
    ...Object.entries(RELIEF_MODEL).map(([name, data]): [string, unknown] => [
      `relief model ${name}`,
      data,
    ]),
  ])('%s: numbers cite known sources or carry an assumption; grades match', (_, data) => {
    expect(auditProvenance(data, bib)).toEqual([]);
  });

  it('the bibliography has unique ids and levels that follow the study-type rule', () => {
    expect(auditBibliography(bib)).toEqual([]);
  });
});

describe('the audit itself can fail', () => {
  it('flags a number with neither sources nor assumption', () => {
    const bad = [{ id: 'x', f: { kind: 'range', low: 0.1, high: 0.2, sources: [] } }];
    expect(auditProvenance(bad, bib)).toEqual([
      { path: '$[0].f.low', problem: 'number without provenance' },
      { path: '$[0].f.high', problem: 'number without provenance' },
    ]);
  });

  it('flags an unknown source id', () => {
    const bad = { value: 3, sources: ['nobody-1900'] };
    expect(auditProvenance(bad, bib)).toEqual([
      { path: '$.sources', problem: 'unknown source id nobody-1900' },
    ]);
  });

  it('flags a grade that does not match the cited sources', () => {
    const bad = { value: 3, sources: ['schwenk-2018'], grade: 'C' };
    expect(auditProvenance(bad, bib)[0]?.problem).toMatch(/strongest cited level is A/);
  });

  it('flags a bare number inside an array', () => {
    expect(auditProvenance({ ratios: [2.6] }, bib)).toHaveLength(1);
  });

  it('accepts an assumption with a reason and no sources', () => {
    expect(auditProvenance({ value: 1, sources: [], assumption: 'reference route' }, bib)).toEqual(
      [],
    );
  });

  it('flags a bibliography level that breaks the rule and a duplicate id', () => {
    const [first] = bib;
    if (!first) throw new Error('empty bibliography');
    const broken = [first, { ...first, level: first.level === 'A' ? 'B' : 'A' } as const];
    expect(auditBibliography(broken)).toEqual([
      `duplicate id ${first.id}`,
      expect.stringMatching(/does not match study type/),
    ]);
  });

  it('flags a secondary reading that was not lowered', () => {
    const rct = bib.find((s) => s.studyType === 'rct' && !s.caveats?.length);
    if (!rct) throw new Error('no uncaveated rct');
    const unlowered = { ...rct, caveats: ['read-via-secondary'] } as const;
    expect(auditBibliography([unlowered])).toEqual([expect.stringMatching(/expected C\)$/)]);
    expect(auditBibliography([{ ...unlowered, level: 'C' }])).toEqual([]);
  });
});
