/**
 * Browser test of the built docs: serves docs/api from a local static server and, in headless
 * Debian Chromium (driven by playwright-core):
 *
 * - opens the charts page, checks that every chart SVG renders with a non-zero size and the
 *   expected text, and saves a screenshot to reports/charts.png;
 * - opens the playground, waits for its first estimate, changes the inputs (pain type, route,
 *   dose, sessions, a medicine) and checks that the chart, the table, the JSON, FHIR and command
 *   line follow; that a dose above the guideline ceiling shows its warning; that invalid input
 *   shows the error's issues instead of throwing; that no console error, page error or failed
 *   request happens; and saves a screenshot to reports/playground.png.
 *
 * Both screenshots are CI artifacts. Run after `npm run docs`.
 *
 *   node scripts/browser-test.mjs
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const site = join(root, 'docs', 'api');
const page = 'documents/Charts.html';
const playgroundPage = 'documents/Playground.html';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

for (const p of [page, playgroundPage, 'assets/playground.js']) {
  if (!existsSync(join(site, p))) {
    console.error(`missing ${p}: run npm run docs first`);
    process.exit(1);
  }
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

// Playwright starts a fresh temporary profile itself; the flags keep Chromium off the network.
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const started = performance.now();
let failures = 0;
try {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'load' });
  const charts = await tab.$$eval('svg[role="img"]', (nodes) =>
    nodes.map((n) => {
      const box = n.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        text: n.textContent ?? '',
        label: n.getAttribute('aria-label'),
      };
    }),
  );
  const expected = [
    'Relief (% of baseline pain)',
    'Relief not ended (%)',
    'meaningful relief',
    '1 h',
    '1 wk',
  ];
  if (charts.length < 5) {
    console.error(`expected 5 charts, found ${charts.length}`);
    failures++;
  }
  for (const c of charts) {
    const missing = expected.filter((t) => !c.text.includes(t));
    if (/NaN|Infinity|undefined/.test(c.text)) missing.push('no NaN/Infinity/undefined');
    const ok = c.width > 0 && c.height > 0 && missing.length === 0;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${c.label}: ${Math.round(c.width)}×${Math.round(c.height)} px${missing.length ? `, missing ${missing.join(', ')}` : ''}`,
    );
    if (!ok) failures++;
  }
  mkdirSync(join(root, 'reports'), { recursive: true });
  await tab.screenshot({ path: join(root, 'reports', 'charts.png'), fullPage: true });
  console.log('screenshot: reports/charts.png');
  await tab.close();
  failures += await testPlayground();
} finally {
  await browser.close();
  server.close();
}
if (failures > 0) process.exit(1);
console.log(`browser test passed (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/** The playground page: returns the number of failed checks. */
async function testPlayground() {
  let failed = 0;
  const check = (ok, what) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} playground: ${what}`);
    if (!ok) failed++;
  };
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  /** What the page shows: chart, table, warnings, error, JSON, FHIR, command line. */
  const snapshot = () =>
    tab.evaluate(() => {
      const text = (id) => document.getElementById(id)?.textContent ?? '';
      const svg = document.querySelector('#pg-chart svg');
      const box = svg?.getBoundingClientRect();
      const error = document.getElementById('pg-error');
      return {
        state: document.getElementById('pg-root')?.dataset.state,
        renders: Number(document.getElementById('pg-root')?.dataset.renders ?? 0),
        svg: svg?.outerHTML ?? '',
        svgSize: box ? [box.width, box.height] : [0, 0],
        table: text('pg-table'),
        rows: document.querySelectorAll('#pg-table tbody tr').length,
        warnings: [...document.querySelectorAll('#pg-warnings li[data-code]')].map((li) =>
          li.getAttribute('data-code'),
        ),
        warningText: text('pg-warnings'),
        error: error && !error.hidden ? error.textContent : '',
        json: text('pg-json'),
        fhir: text('pg-fhir'),
        cli: text('pg-cli'),
        notice: text('pg-notice'),
      };
    });
  /** Runs `act`, then waits until the debounced estimate has run and settled. */
  const after = async (act) => {
    const before = (await snapshot()).renders;
    const t0 = performance.now();
    await act();
    await tab.waitForFunction(
      (n) =>
        Number(document.getElementById('pg-root')?.dataset.renders ?? 0) > n &&
        document.getElementById('pg-status')?.textContent !== 'Computing…',
      before,
      { timeout: 20_000 },
    );
    const s = await snapshot();
    return { ...s, ms: Math.round(performance.now() - t0) };
  };

  const t0 = performance.now();
  await tab.goto(`http://127.0.0.1:${port}/${playgroundPage}`, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => Number(document.getElementById('pg-root')?.dataset.renders ?? 0) >= 1,
    null,
    { timeout: 20_000 },
  );
  const first = await snapshot();
  check(
    await tab.evaluate(() => document.querySelector('div[data-playground]')?.id === 'pg-root'),
    'mounted in its own container',
  );
  console.log(
    `     playground: first estimate shown ${Math.round(performance.now() - t0)} ms after navigation`,
  );
  check(first.state === 'ok' && first.error === '', 'initial render without an error');
  check(/not a dosing device/i.test(first.notice), 'shows the not-a-dosing-device notice');
  check(
    first.svg.includes('Relief (% of baseline pain)') &&
      first.svgSize[0] > 0 &&
      first.svgSize[1] > 0,
    `chart SVG rendered (${first.svgSize.map(Math.round).join('×')} px)`,
  );
  check(
    first.rows === 3 &&
      /onset/.test(first.table) &&
      /duration/.test(first.table) &&
      !/NaN|undefined/.test(first.table),
    'percentile table: onset, peak, duration',
  );
  check(JSON.parse(first.json).input?.painType === 'crps', 'JSON input shown');
  check(
    first.fhir.includes('47625008') && first.fhir.includes('rateQuantity'),
    'FHIR dosage shown',
  );
  check(
    first.cli.startsWith(
      'npx ketamine-relief estimate --pain crps --route intravenous --rate 0.35mg/kg/h --over 4h',
    ),
    `command line shown: ${first.cli}`,
  );

  // Pain type, route, dose and sessions: intranasal offers no infusion, so the mode falls back
  // to a bolus and keeps dosing per kilogram.
  const switched = await after(async () => {
    await tab.selectOption('#pg-pain', 'acute-trauma');
    await tab.selectOption('#pg-route', 'intranasal');
    await tab.fill('#pg-amount', '1');
    await tab.fill('#pg-sessions', '1');
  });
  check(switched.state === 'ok', `switched to an intranasal bolus (${switched.ms} ms)`);
  check(switched.svg !== '' && switched.svg !== first.svg, 'chart changed');
  check(switched.table !== first.table, 'table changed');
  check(
    switched.cli.includes('--pain acute-trauma --route intranasal --dose 1mg/kg --sessions 1') &&
      !switched.cli.includes('--every'),
    `command line follows: ${switched.cli}`,
  );
  check(
    switched.fhir.includes('doseQuantity') && !switched.fhir.includes('47625008'),
    'FHIR follows',
  );

  const withMedicine = await after(() =>
    tab.check('input[name="pg-medicine"][value="clarithromycin"]'),
  );
  check(
    JSON.parse(withMedicine.json).input?.medications?.includes('clarithromycin') &&
      withMedicine.cli.includes('--medication clarithromycin'),
    `medicine added (${withMedicine.ms} ms; warnings: ${withMedicine.warnings.join(', ') || 'none'})`,
  );
  check(
    withMedicine.svg !== switched.svg ||
      withMedicine.table !== switched.table ||
      withMedicine.warningText !== switched.warningText,
    'the estimate follows the medicine',
  );

  // An IV bolus of 2 mg/kg is above the guidelines' 0.35 mg/kg ceiling.
  const high = await after(async () => {
    await tab.selectOption('#pg-route', 'intravenous');
    await tab.fill('#pg-amount', '2');
  });
  check(
    high.warnings.includes('dose-above-guideline') && /ceiling/.test(high.warningText),
    `a dose above the guideline ceiling warns (${high.warnings.join(', ')})`,
  );

  // Invalid input: the error's issues are shown, the page keeps working.
  const bad = await after(() => tab.fill('#pg-weight', '0'));
  check(
    bad.state === 'error' &&
      /not valid/.test(bad.error) &&
      /weightKg/.test(bad.error) &&
      bad.svg === '',
    `invalid weight shows the issues: ${bad.error.replace(/\s+/g, ' ').trim()}`,
  );
  const missing = await after(() => tab.fill('#pg-weight', ''));
  check(
    missing.state === 'error' && /weightKg/.test(missing.error),
    'a per-kg dose without weight shows the issue',
  );

  const restored = await after(async () => {
    await tab.fill('#pg-weight', '70');
    await tab.selectOption('#pg-pain', 'crps');
    await tab.selectOption('#pg-mode', 'rate');
    await tab.fill('#pg-amount', '0.35');
    await tab.fill('#pg-over', '4');
    await tab.fill('#pg-sessions', '10');
  });
  check(
    restored.state === 'ok' && restored.error === '' && restored.svg !== '',
    'recovers after a fix',
  );
  check(
    restored.cli.includes('--rate 0.35mg/kg/h --over 4h --sessions 10 --every 1d --weight 70') &&
      restored.cli.includes('--medication clarithromycin'),
    `infusion again: ${restored.cli}`,
  );

  check(
    problems.length === 0,
    `no console errors, page errors or failed requests${problems.length ? `: ${problems.join('; ')}` : ''}`,
  );
  await tab.screenshot({ path: join(root, 'reports', 'playground.png'), fullPage: true });
  console.log('screenshot: reports/playground.png');
  await tab.close();
  return failed;
}
