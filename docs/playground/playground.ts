/**
 * The docs site's playground: a form over `estimateRelief`, run in the browser, showing the
 * relief chart, the percentile table, the warnings, the JSON input, the FHIR dosage and the
 * equivalent command line. Bundled by scripts/build-playground.ts into the typedoc site and
 * loaded by docs/playground/playground.md. Docs code: the library itself is untouched.
 */
import {
  estimateRelief,
  type FhirDosage,
  InvalidInputError,
  listMedicines,
  listPainTypes,
  listRoutes,
  NOT_A_DOSING_DEVICE,
  type ReliefResult,
  renderReliefChart,
  routeSupports,
  toFhirDosage,
} from '../../src/index.js';
import {
  cliLine,
  DEFAULT_STATE,
  type DoseMode,
  type FormState,
  OPTIONS,
  PERCENTILE_HEADS,
  POPULATION,
  percentileRows,
  SEED,
  type TimeUnit,
  toInput,
  UNITS,
} from './state.js';

const DEBOUNCE_MS = 250;
const TIME_UNITS: [TimeUnit, string][] = [
  ['minutes', 'min'],
  ['hours', 'h'],
  ['days', 'd'],
  ['weeks', 'wk'],
];
const MODES: [DoseMode, string][] = [
  ['bolus', 'at once (bolus)'],
  ['rate', 'infusion rate, over a time'],
  ['total', 'total amount, over a time'],
];

const CSS = `
#pg-root { --pg-border: var(--color-accent, #ccc); margin-top: 1rem; }
#pg-root .pg-notice { border-left: 4px solid #b03a2e; padding: .5rem .75rem; margin: 0 0 1rem; background: var(--color-background-secondary, #f6f6f6); }
#pg-root form { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem 1.25rem; }
#pg-root fieldset { border: 1px solid var(--pg-border); border-radius: 4px; padding: .5rem .75rem; margin: 0; }
#pg-root legend { font-weight: 600; padding: 0 .25rem; }
#pg-root label { display: block; margin: .25rem 0; }
#pg-root label > span { display: inline-block; min-width: 5.5rem; }
#pg-root input[type=number] { width: 6rem; }
#pg-root fieldset.pg-wide { grid-column: 1 / -1; }
#pg-root .pg-medicines { columns: 12rem auto; }
#pg-root .pg-medicines label { margin: .1rem 0; break-inside: avoid; white-space: nowrap; }
#pg-root select { max-width: 100%; }
#pg-root .pg-status { min-height: 1.5em; font-size: .9em; opacity: .8; }
#pg-root .pg-error { border-left: 4px solid #b03a2e; padding: .5rem .75rem; background: #fbeaea; color: #5a1d17; }
#pg-root .pg-error[hidden], #pg-root [hidden] { display: none; }
#pg-root .pg-chart svg { max-width: 100%; height: auto; background: #fff; }
#pg-root table { border-collapse: collapse; margin: .5rem 0; }
#pg-root th, #pg-root td { border: 1px solid var(--pg-border); padding: .25rem .5rem; text-align: right; }
#pg-root th:first-child, #pg-root td:first-child { text-align: left; }
#pg-root pre { white-space: pre-wrap; word-break: break-word; max-height: 24rem; overflow: auto; }
#pg-root .pg-warnings code { font-weight: 600; }
`;

/** `document.createElement` with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function select(id: string, options: [string, string][], value: string): HTMLSelectElement {
  const s = el('select', { id, name: id });
  for (const [v, label] of options) s.append(el('option', { value: v }, label));
  s.value = value;
  return s;
}

function numberInput(id: string, value: string, attrs: Record<string, string> = {}) {
  return el('input', { id, name: id, type: 'number', step: 'any', value, ...attrs });
}

function field(label: string, ...controls: HTMLElement[]): HTMLLabelElement {
  return el('label', {}, el('span', {}, label), ...controls.flatMap((c) => [c, ' ']));
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...children);
}

/** Mounts the playground into `root`. */
export function mount(root: HTMLElement): void {
  document.head.append(el('style', {}, CSS));
  const s: FormState = { ...DEFAULT_STATE, medications: [] };

  const pain = select(
    'pg-pain',
    listPainTypes().map((p) => [p.id, p.label]),
    s.painType,
  );
  const route = select(
    'pg-route',
    listRoutes().map((r) => [r.id, r.label]),
    s.route,
  );
  const drug = select(
    'pg-drug',
    [
      ['racemic', 'racemic ketamine'],
      ['esketamine', 'esketamine'],
    ],
    s.drug,
  );
  const mode = select('pg-mode', MODES, s.mode);
  const amount = numberInput('pg-amount', s.amount, { min: '0' });
  const unit = select(
    'pg-unit',
    UNITS[s.mode].map((u) => [u, u]),
    s.unit,
  );
  const over = numberInput('pg-over', s.over, { min: '0' });
  const overUnit = select('pg-over-unit', TIME_UNITS, s.overUnit);
  const sessions = numberInput('pg-sessions', s.sessions, { min: '1', step: '1' });
  const every = numberInput('pg-every', s.every, { min: '0' });
  const everyUnit = select('pg-every-unit', TIME_UNITS, s.everyUnit);
  const weight = numberInput('pg-weight', s.weightKg, { min: '0' });
  const age = numberInput('pg-age', s.ageYears, { min: '0' });
  const sex = select(
    'pg-sex',
    [
      ['', 'not given'],
      ['female', 'female'],
      ['male', 'male'],
    ],
    s.sex,
  );
  const medicines = el('div', { class: 'pg-medicines', id: 'pg-medicines' });
  for (const m of listMedicines()) {
    medicines.append(
      el(
        'label',
        {},
        el('input', { type: 'checkbox', name: 'pg-medicine', value: m.id }),
        ` ${m.label}`,
      ),
    );
  }
  const overField = field('over', over, overUnit);
  const everyField = field('every', every, everyUnit);

  const form = el(
    'form',
    { id: 'pg-form', autocomplete: 'off' },
    el(
      'fieldset',
      {},
      el('legend', {}, 'Treatment'),
      field('pain type', pain),
      field('route', route),
      field('drug', drug),
      field('dose', mode),
      field('amount', amount, unit),
      overField,
      field('sessions', sessions),
      everyField,
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Patient'),
      field('weight (kg)', weight),
      field('age (years)', age),
      field('sex', sex),
    ),
    el('fieldset', { class: 'pg-wide' }, el('legend', {}, 'Other medicines'), medicines),
  );
  form.addEventListener('submit', (e) => e.preventDefault());

  const status = el('p', { class: 'pg-status', id: 'pg-status', 'aria-live': 'polite' });
  const error = el('div', { class: 'pg-error', id: 'pg-error', role: 'alert' });
  error.hidden = true;
  const summary = el('p', { id: 'pg-summary' });
  const chart = el('div', { class: 'pg-chart', id: 'pg-chart' });
  const table = el('table', { id: 'pg-table' });
  const warnings = el('ul', { class: 'pg-warnings', id: 'pg-warnings' });
  const json = el('pre', { id: 'pg-json' });
  const fhir = el('pre', { id: 'pg-fhir' });
  const cli = el('pre', { id: 'pg-cli' });

  root.replaceChildren(
    el(
      'p',
      { class: 'pg-notice', id: 'pg-notice', role: 'note' },
      el('strong', {}, 'Not a dosing device. '),
      NOT_A_DOSING_DEVICE,
    ),
    form,
    status,
    error,
    section('Relief over time', summary, chart),
    section(
      'Percentiles',
      el(
        'p',
        {},
        `Over the simulated patients who reach meaningful relief (${POPULATION} patients, seed ${SEED}).`,
      ),
      table,
    ),
    section('Warnings', warnings),
    section('Input (JSON)', json),
    section('FHIR R4 Dosage (toFhirDosage)', fhir),
    section('Command line', cli),
  );

  /** Unit options follow the dose mode; interval and `over` show only where they apply. */
  function syncControls(): void {
    const infusion = routeSupports(route.value as never, 'infusion');
    for (const option of Array.from(mode.options)) {
      option.disabled = option.value !== 'bolus' && !infusion;
    }
    if (!infusion && mode.value !== 'bolus') mode.value = 'bolus';
    const units = UNITS[mode.value as DoseMode];
    const current = unit.value;
    if (unit.options.length !== units.length || !units.includes(current as never)) {
      unit.replaceChildren(...units.map((u) => el('option', { value: u }, u)));
      // Keep per-kg or per-patient dosing across a mode switch.
      const perKg = current.includes('/kg');
      unit.value = units.find((u) => u.includes('/kg') === perKg) ?? (units[0] as string);
    }
    overField.hidden = mode.value === 'bolus';
    everyField.hidden = !(Number(sessions.value) > 1);
  }

  function read(): FormState {
    return {
      painType: pain.value,
      route: route.value,
      drug: drug.value as FormState['drug'],
      mode: mode.value as DoseMode,
      amount: amount.value,
      unit: unit.value,
      over: over.value,
      overUnit: overUnit.value as TimeUnit,
      sessions: sessions.value,
      every: every.value,
      everyUnit: everyUnit.value as TimeUnit,
      weightKg: weight.value,
      ageYears: age.value,
      sex: sex.value as FormState['sex'],
      medications: Array.from(
        medicines.querySelectorAll<HTMLInputElement>('input[name="pg-medicine"]:checked'),
        (c) => c.value,
      ),
    };
  }

  function showError(e: unknown): void {
    error.replaceChildren();
    if (e instanceof InvalidInputError) {
      error.append(el('strong', {}, 'The input is not valid:'));
      const list = el('ul', {});
      for (const issue of e.issues) {
        list.append(
          el('li', {}, el('code', {}, issue.path.join('.') || 'input'), `: ${issue.message}`),
        );
      }
      error.append(list);
    } else {
      error.append(el('strong', {}, 'Unexpected error: '), String(e));
    }
    error.hidden = false;
  }

  function showResult(r: ReliefResult): void {
    const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
    summary.textContent = `Meaningful relief (≥ ${Math.round(r.reliefThreshold * 100)} % less pain) in ${share(r.responseProbability)} of simulated patients; phase: ${r.phase}; mean days of relief per treated patient: ${r.expectedRelievedDays === null ? '—' : r.expectedRelievedDays.toFixed(1)}.`;
    chart.innerHTML = renderReliefChart(r, { title: 'Estimated relief' });
    table.replaceChildren(
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'measure'),
          el('th', {}, 'counted from'),
          ...PERCENTILE_HEADS.map((h) => el('th', {}, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...percentileRows(r).map((row) =>
          el(
            'tr',
            {},
            el('td', {}, row.measure),
            el('td', {}, row.from),
            ...row.cells.map((c) => el('td', {}, c)),
          ),
        ),
      ),
    );
    warnings.replaceChildren(
      ...(r.warnings.length === 0
        ? [el('li', { class: 'pg-none' }, 'No warnings for this input.')]
        : r.warnings.map((w) =>
            el('li', { 'data-code': w.code }, el('code', {}, w.code), `: ${w.message}`),
          )),
    );
  }

  let renders = 0;
  function update(): void {
    syncControls();
    const state = read();
    const input = toInput(state);
    json.textContent = JSON.stringify({ input, options: OPTIONS }, null, 2);
    cli.textContent = cliLine(state);
    const started = performance.now();
    try {
      const r = estimateRelief(input as never, OPTIONS);
      const dosage: FhirDosage = toFhirDosage((input as { regimen: never }).regimen);
      error.hidden = true;
      error.replaceChildren();
      showResult(r);
      fhir.textContent = JSON.stringify(dosage, null, 2);
      root.dataset.state = 'ok';
      status.textContent = `Computed in ${Math.round(performance.now() - started)} ms.`;
    } catch (e) {
      showError(e);
      chart.replaceChildren();
      table.replaceChildren();
      warnings.replaceChildren();
      summary.textContent = '';
      fhir.textContent = '';
      root.dataset.state = 'error';
      status.textContent = 'Fix the input to see an estimate.';
    }
    renders++;
    root.dataset.renders = String(renders);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    status.textContent = 'Computing…';
    timer = setTimeout(() => {
      timer = undefined;
      update();
    }, DEBOUNCE_MS);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  update();
}

const root = document.querySelector<HTMLElement>('div[data-playground]');
if (root) mount(root);
