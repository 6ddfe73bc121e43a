/**
 * Browser test of the built docs: serves docs/api from a local static server, opens the charts
 * page in headless Debian Chromium (driven by playwright-core), checks that every chart SVG
 * renders with a non-zero size and the expected text, and saves a screenshot to
 * reports/charts.png (a CI artifact). Run after `npm run docs`.
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
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(site, page))) {
  console.error(`missing ${page}: run npm run docs first`);
  process.exit(1);
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
} finally {
  await browser.close();
  server.close();
}
if (failures > 0) process.exit(1);
console.log('browser test passed');
