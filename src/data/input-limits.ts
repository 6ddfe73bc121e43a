/**
 * Bounds that separate malformed input (rejected with `InvalidInputError`) from
 * implausible-but-possible values (which the models report as warnings). Every number and every
 * total a caller can give has a finite bound here, declared once and read by the schemas.
 * The bounds are clinically generous, not clinical limits: each is a modelling choice, marked
 * as an assumption with its reason. Guideline dose ceilings are separate (`guidelines.ts`) and
 * give warnings, not errors.
 */

const MINUTES_PER_DAY = 1440;
const TEN_YEARS_MINUTES = 5256000;

export const INPUT_LIMITS = {
  weightKg: {
    min: 0.2,
    max: 1000,
    sources: [],
    assumption:
      'Body weight from 0.2 kg (below the smallest surviving newborns) to 1000 kg (above any recorded human weight); outside is malformed input.',
  },
  ageYears: {
    max: 150,
    sources: [],
    assumption: 'Sanity bound for malformed input, above any recorded human age.',
  },
  sessions: {
    max: 1500,
    sources: [],
    assumption:
      'At most 1500 sessions in one regimen (oral dosing four times a day for a year is 1460); a longer course is entered as several regimens. Bounds the work of one call.',
  },
  population: {
    min: 10,
    max: 100000,
    sources: [],
    assumption:
      'Fewer than 10 simulated patients cannot give 5th–95th percentiles; more than 100 000 is bounded for the cost of one call.',
  },
  checkpoints: {
    maxMinutes: 525_600,
    maxCount: 100,
    sources: [],
    assumption:
      'Survival checkpoints up to one year (525 600 min), the relief model’s horizon (relief that has not faded by then is censored there, so survival past it is not estimated), and at most 100 per call.',
  },
  reliefThreshold: {
    min: 0.01,
    max: 0.99,
    sources: [],
    assumption:
      'A relief threshold must lie between 1% and 99% of baseline pain: outside it the threshold concentration under- or overflows, and no published definition of meaningful relief comes near either end (IMMPACT: 10–20% minimal, 30% moderate, 50% substantial).',
  },
  history: {
    maxReliefDays: 3650,
    maxEntries: 100,
    sources: [],
    assumption:
      'Relief of more than ten years after one course is treated as malformed input (the longest reported is a case of years-long remission); at most 100 past courses per call.',
  },
  /** Any duration a caller writes (`{ minutes, hours, days, weeks }`), part by part and in total. */
  duration: {
    maxMinutes: TEN_YEARS_MINUTES,
    sources: [],
    assumption:
      'No duration in an input (infusion length, interval, regimen span) exceeds ten years: beyond that nothing the library models applies, and the bound keeps every total finite.',
  },
  /** Infusion length `over`. */
  infusion: {
    minMinutes: 1,
    maxMinutes: 30 * MINUTES_PER_DAY,
    sources: [],
    assumption:
      'An infusion lasts from 1 minute (anything shorter is a bolus: give it without `over`) to 30 days (the longest analgesic trials ran 4–5 days); a continuous palliative infusion running for months is entered as consecutive 30-day sessions (`sessions`, `every: { days: 30 }`).',
  },
  /** Interval between session starts `every`. */
  interval: {
    minMinutes: 1,
    maxMinutes: 365 * MINUTES_PER_DAY,
    sources: [],
    assumption:
      'Sessions start at least 1 minute and at most a year apart: a longer interval is a new course, not a schedule (boosters in practice come weeks to months apart).',
  },
  /** First to last session end: `(sessions − 1) × every + over`. */
  regimenSpan: {
    maxMinutes: TEN_YEARS_MINUTES,
    sources: [],
    assumption:
      'A regimen spans at most ten years from its first session start to its last session end.',
  },
  /** The dose `amount`, by unit. */
  doseAmount: {
    min: 0.001,
    max: { mg: 10000, 'mg/kg': 100, 'mg/h': 2000, 'mg/kg/h': 20 },
    sources: [],
    assumption:
      'A dose amount from 0.001 (1 µg, or 1 µg/kg) up to 10 000 mg, 100 mg/kg, 2000 mg/h or 20 mg/kg/h: at least ten times the largest published analgesic or anaesthetic dose (IM anaesthesia up to 13 mg/kg; a 5-day anaesthetic infusion up to 7 mg/kg/h). Guideline ceilings give warnings well below these.',
  },
  /** What one session delivers in total (amount, or rate × infusion length). */
  sessionTotal: {
    maxMg: 100000,
    maxMgPerKg: 1000,
    sources: [],
    assumption:
      'One session delivers at most 100 000 mg or 1000 mg/kg (the 5-day anaesthetic-dose infusion delivered about 840 mg/kg): a bound that keeps every concentration finite.',
  },
  /** Input dates and date-times. */
  dates: {
    minYear: 1900,
    maxYear: 2199,
    sources: [],
    assumption:
      'Dates and date-times in an input lie in the years 1900–2199: ketamine entered use in 1970, and the bound keeps every computed due date a valid four-digit-year date.',
  },
  /** A seed given as a string. */
  seed: {
    maxLength: 256,
    sources: [],
    assumption: 'A string seed of at most 256 characters; integer seeds are safe integers.',
  },
  /** The shape of any input object. */
  structure: {
    maxDepth: 16,
    maxArrayLength: 20000,
    maxNodes: 200000,
    sources: [],
    assumption:
      'Inputs nest at most 16 levels deep, hold arrays of at most 20 000 items and at most 200 000 values in all: every input the library documents fits well inside (a diary of 5 scores a day for ten years has about 18 000 entries).',
  },
} as const;

/**
 * Bounds of the low-level PK engine's own inputs (`simulatePk`): parameters in litres and
 * minutes. Far wider than any human value (ketamine: V1 5–40 L, CL about 1–1.5 L/min), they
 * keep the modal solution accurate: rates spread over at most about ten decades.
 */
export const PK_LIMITS = {
  volumeL: { min: 0.1, max: 10000 },
  clearanceLPerMin: { min: 0.001, max: 50 },
  ratePerMin: { min: 0.00001, max: 100 },
  lagMinutes: { max: 1440 },
  amountMg: { max: 1000000 },
  infusionMinutes: { min: 0.001 },
  timeMinutes: { max: TEN_YEARS_MINUTES },
  maxDoses: 10000,
  maxTimes: 20000,
  sources: [],
  assumption:
    'Sanity bounds of the PK engine: volumes 0.1–10 000 L, clearances 0.001–50 L/min, rate constants 1e-5–100 /min, lag ≤ 24 h, doses ≤ 1 000 000 mg, times within ±10 years, ≤ 10 000 doses and ≤ 20 000 sample times per call (the structure bound of any input).',
} as const;

/**
 * Bounds of the building-block functions' arguments (numbers, lists and strings given
 * directly rather than inside an input object). Not clinical: each keeps a result finite or a
 * call's work bounded.
 */
export const ARGUMENT_LIMITS = {
  /** Most values in a numeric list (`percentiles`, `quantileSorted`, `logNormalFit`). */
  maxValues: 1000000,
  /** Most items in any other list of an exported schema (sources, notes, warnings, curves). */
  maxListItems: 1000,
  /** Longest unit name in a percentile range. */
  maxUnitLength: 32,
  /** Largest magnitude `humanize` and `mgPerLToNgPerMl` accept. */
  maxMagnitude: 1e12,
  /** Most calendar days `addCalendarDays` adds either way (a century). */
  maxDayShift: 36525,
  /** Largest UTC offset of a date zone, in minutes (±18 h, as ISO 8601 and `Date` allow). */
  maxOffsetMinutes: 1439,
  /** Chart size in pixels (at most) and title length (characters) of `renderReliefChart`. */
  chart: { maxSize: 10000, maxTitleLength: 200 },
  /** Largest file the command line reads (diary, history), in bytes (16 MiB). */
  maxFileBytes: 16777216,
  /** Issues listed in one `InvalidInputError` before the rest are counted. */
  maxReportedIssues: 100,
  /** Longest time-zone name (IANA names are at most about 30 characters). */
  maxZoneLength: 64,
  /**
   * Longest language tag of `humanize` and `renderReliefChart` (`locale`): room for a tag with
   * extensions, such as `zh-Hant-TW-u-nu-hanidec-ca-chinese`.
   */
  maxLocaleLength: 64,
  /** `updateDuration`: prior log-mean magnitude, log-SD range, largest duration, Huber k, prior weight. */
  posterior: {
    maxAbsLogMean: 50,
    minLogSd: 0.001,
    maxLogSd: 10,
    maxDuration: 1000000,
    minHuberK: 0.1,
    maxHuberK: 100,
    minPriorWeight: 0.01,
    maxPriorWeight: 1000,
  },
  sources: [],
  assumption:
    'Bounds of building-block arguments: at most 1 000 000 values per numeric list and 1000 items in any other list of an exported schema, magnitudes ≤ 1e12, calendar shifts ≤ a century, offsets within ±23:59, and posterior settings within ranges where the update is defined.',
} as const;
