// Measures <safety-helpline-directory> as a reader on a small phone meets it: headless Chromium
// (/usr/bin/chromium or CHROME_PATH) at 360 x 800 CSS px, the built CDN file served over http://localhost,
// the element with its defaults (or the attributes given with --attrs). Prints, for each case:
// - the element's height (px) and how many 800 px screens that is;
// - the offset from the element's top to its first call button (tel: link), and to the National Stalking
//   Helpline's call button;
// - the number of Tab stops inside the element (counted by pressing Tab, as a keyboard user does).
//
//   npm run build && node scripts/measure-directory.mjs                 (this worktree's dist/)
//   node scripts/measure-directory.mjs --dist /tmp/old-dist              (another build, e.g. main's)
//   node scripts/measure-directory.mjs --attrs 'nation="scotland"'
//   node scripts/measure-directory.mjs --screenshot /tmp/first-screen.png  (the first 360 x 800 screen)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngines } from './browsers.mjs';
import { HELPLINES } from '../dist/data/helplines.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg('--dist', 'dist'));
const attrs = arg('--attrs', '');
const file = join(dist, 'cdn/safety-helpline-directory.js');
if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
const stalking = HELPLINES.find((h) => h.id === 'national-stalking-helpline');
const stalkingDigits = stalking.phones[0].number.replace(/\D/g, '').replace(/^0/, '');

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Measure</title><style>body{margin:0;padding:8px;font-family:Arial,sans-serif}</style>
<script type="module" src="/cdn/safety-helpline-directory.js"></script></head>
<body><button id="before">before</button><safety-helpline-directory ${attrs}></safety-helpline-directory><button id="after">after</button></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const path = normalize(join(dist, url.pathname));
  if (!path.startsWith(dist)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await puppeteer.launch({ executablePath: findEngines().chromium, headless: true, args: CHROMIUM_ARGS });
try {
  const p = await browser.newPage();
  await p.setViewport({ width: 360, height: 800, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await p.goto(`http://localhost:${server.address().port}/`, { waitUntil: 'load' });
  await p.waitForFunction(() => customElements.get('safety-helpline-directory'));
  const m = await p.evaluate(async (digits) => {
    const el = document.querySelector('safety-helpline-directory');
    await el.updateComplete;
    // Chunked rendering: wait until the list stops growing.
    for (let last = -1, n = 0; n !== last;) {
      last = n;
      await new Promise((r) => setTimeout(r, 200));
      n = el.shadowRoot.querySelectorAll('a').length;
    }
    // Cards off screen may be sized by an estimate (content-visibility: auto): scroll through once so
    // every card has been laid out and its real size is the one measured.
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
    await new Promise((r) => requestAnimationFrame(r));
    const top = el.getBoundingClientRect().top;
    // Seen: not inside a closed <details>, not display: none.
    const visible = (a) => a.checkVisibility();
    const calls = [...el.shadowRoot.querySelectorAll('a[href^="tel:"]')].filter(visible);
    const stalkingCall = calls.find((a) => a.getAttribute('href').replace(/\D/g, '').endsWith(digits));
    const off = (a) => (a ? Math.round(a.getBoundingClientRect().top - top) : null);
    return {
      height: Math.round(el.getBoundingClientRect().height),
      firstCall: off(calls[0]),
      firstCallText: calls[0]?.textContent.trim(),
      stalkingCall: off(stalkingCall),
      callsInFirstScreen: calls
        .filter((a) => a.getBoundingClientRect().bottom - top <= 800)
        .map((a) => a.textContent.trim().replace(/\s+/g, ' ')),
    };
  }, stalkingDigits);
  if (arg('--screenshot')) await p.screenshot({ path: arg('--screenshot') });
  await p.focus('#before');
  let stops = 0;
  for (let i = 0; i < 500; i++) {
    await p.keyboard.press('Tab');
    const where = await p.evaluate(() =>
      document.activeElement?.id === 'after' ? 'after' : document.activeElement?.localName,
    );
    if (where === 'after') break;
    stops++;
  }
  console.log(`dist: ${dist}${attrs ? `  attrs: ${attrs}` : ''}`);
  console.log(`element height at 360 px: ${m.height} px (${(m.height / 800).toFixed(1)} screens of 800 px)`);
  console.log(`first call button: ${m.firstCall} px from the element's top ("${m.firstCallText}")`);
  console.log(`National Stalking Helpline call button: ${m.stalkingCall} px from the element's top`);
  console.log(
    `call buttons within the first 800 px: ${m.callsInFirstScreen.length} (${m.callsInFirstScreen.join(' | ')})`,
  );
  console.log(`tab stops inside the element: ${stops}`);
} finally {
  await browser.close();
  server.close();
}
