// npm run bench: weight and speed of every element, side by side with GOV.UK Frontend's Exit this page
// in the same run, on the same browser and the same page. It measures and prints; it never fails on a
// timing (exit code 1 only when it cannot run at all). Writes the table to bench/results.md.
//
// Settings: headless Chromium (/usr/bin/chromium or CHROME_PATH) with the project's CHROMIUM_ARGS; CPU
// throttled 4x (Emulation.setCPUThrottlingRate) and DevTools' "Slow 4G" network profile
// (Network.emulateNetworkConditions), cache disabled, a fresh browser context for every page load.
// BENCH_RUNS (default 7) page loads per figure; the quick exit's reactions, a few milliseconds that move by
// about 2 ms between runs on a shared machine, take BENCH_EXIT_RUNS (default 15) loads per variant and
// trigger, so that a median ratio can tell 0.9x from 1.2x; each element's first render (it moved ±20 ms at
// 7 runs) takes BENCH_ELEMENT_RUNS (default 15), the elements in turn. `--only helpline|memory|elements|quick-exit`
// runs one part (bench/helpline-directory.bench.mjs is `--only helpline`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngines } from '../scripts/browsers.mjs';
import { buildBenchBundles, weighCdn } from './lib/weigh.mjs';
import { startServers, NEUTRAL_DELAY_MS } from './lib/server.mjs';
import { stats, spread, ratio, kb, ms } from './lib/stats.mjs';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const EXIT_RUNS = Math.max(1, Number(process.env.BENCH_EXIT_RUNS) || 15);
const ELEMENT_RUNS = Math.max(1, Number(process.env.BENCH_ELEMENT_RUNS) || 15);
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const part = (name) => !ONLY || ONLY === name;
const CPU_RATE = 4;
// DevTools' (and puppeteer's PredefinedNetworkConditions) "Slow 4G": ~1.6 Mbps down, 750 kbps up, 150 ms RTT x 3.75.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1 };
const TAGS = ['quick-exit', 'helpline-directory', 'four-explainer', 'checklist', 'clares-law', 'online-safety'];
const CONTENT_TAGS = TAGS.filter((t) => t !== 'quick-exit');
const HELPLINE_N = 500;
/** The big list: no task may hold the main thread for more than 50 ms while it loads (issues 13 and 16). */
const HELPLINE_BIG = 10000;
const MEMORY_CYCLES = 1000;
// V8 compiles hot code some time into the loop: a heap snapshot diff of the directory's second round
// showed 276 KB of new optimised code (InstructionStream), which is not growth. Growth is measured over
// the last two of four rounds.
const MEMORY_ROUNDS = 4;

const LOAD_START = os.loadavg();
const log = (...a) => console.error(...a); // progress on stderr, the table on stdout

// ---------------------------------------------------------------- build
const built = () => existsSync('dist/cdn/safety-quick-exit.js') && existsSync('dist/cdn/safety-elements.js');
const buildRunning = () => {
  try {
    execFileSync('pgrep', ['-f', 'scripts/build.mjs'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

function ensureBuilt() {
  // A build already under way (it empties dist/ first) is waited for rather than raced.
  for (let i = 0; i < 120 && !built() && buildRunning(); i++) execFileSync('sleep', ['1']);
  if (built()) return;
  log('dist/cdn is missing: running npm run build');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A snapshot of dist/cdn, so that a rebuild during the bench (which empties dist/) cannot disturb it. */
function snapshotCdn() {
  rmSync('bench/.tmp/cdn', { recursive: true, force: true });
  cpSync('dist/cdn', 'bench/.tmp/cdn', { recursive: true });
}

// ---------------------------------------------------------------- pages
const TEMPLATE = readFileSync('bench/fixtures/support-page.html', 'utf8');
const INSTRUMENT = readFileSync('bench/fixtures/instrument.js', 'utf8');
let GOVUK_CSS = '';
const page = ({ head = '', bodyStart = '', control = '' }) =>
  TEMPLATE.replace('/*INSTRUMENT*/', () => INSTRUMENT)
    .replace('<!--HEAD-->', () => head)
    .replace('<!--BODY-START-->', () => bodyStart)
    .replace('<!--CONTROL-->', () => control);

/** A page with our quick exit, loaded by `head`. `to` is the neutral destination. */
const oursPage = (head) => (to) =>
  page({ head, control: `<safety-quick-exit><a href="${to}" rel="noreferrer">Exit this page</a></safety-quick-exit>` });
/** The same page with every content element in it as well (issue 18). */
const withEveryElement = (html) => (to) =>
  html(to).replace(
    '<main id="content">',
    () => `<main id="content">${CONTENT_TAGS.map((t) => `<safety-${t}></safety-${t}>`).join('')}`,
  );

/** The quick exit variants compared, each on the same page. */
const VARIANTS = {
  ours: {
    label: 'ours: safety-quick-exit.js (the CDN file)',
    html: oursPage('<script type="module" src="/bench/.tmp/cdn/safety-quick-exit.js"></script>'),
  },
  oursOne: {
    label: 'ours: quick exit as one file (same bundler as GOV.UK)',
    html: oursPage('<script type="module" src="/bench/.tmp/safety-quick-exit.one.js"></script>'),
  },
  oursAll: {
    label: 'ours: safety-elements.js (quick exit + loader), page with every element (all six)',
    // The loader imports the four content elements' files while the quick exit arms (issue 18).
    html: withEveryElement(oursPage('<script type="module" src="/bench/.tmp/cdn/safety-elements.js"></script>')),
  },
  oursClassic: {
    label: 'ours: safety-elements.iife.js (the classic file, in <head>), page with every element (all six)',
    // The README's default CMS route: one classic file with every element, which must arrive whole before
    // any of it runs (the quick exit is the first thing it defines).
    html: withEveryElement(oursPage('<script src="/bench/.tmp/cdn/safety-elements.iife.js"></script>')),
  },
  oursClassicFirst: {
    label:
      'ours: safety-quick-exit.iife.js in <head>, then safety-elements.iife.js deferred, page with every element (all six)',
    // README, "Quick exit first": the quick exit's own classic file is run before the parser reaches the
    // element, and the complete file arrives while the reader can already leave.
    html: withEveryElement(
      oursPage(
        '<script src="/bench/.tmp/cdn/safety-quick-exit.iife.js"></script><script defer src="/bench/.tmp/cdn/safety-elements.iife.js"></script>',
      ),
    ),
  },
  govuk: {
    label: "GOV.UK Frontend's ExitThisPage (one file)",
    html: (to) =>
      page({
        head: `<style>${GOVUK_CSS}</style><script type="module" src="/bench/.tmp/govuk-exit-this-page.js"></script>`,
        // GOV.UK's page template sets these classes; without govuk-frontend-supported its JavaScript stands down.
        bodyStart: `<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>`,
        control: `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a href="${to}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div>`,
      }),
  },
};
/**
 * The same page with 1,500 more paragraphs (issue 13: a long page makes any style or layout pass in the
 * handler, and any walk over the document, show). Ours (the CDN file) and GOV.UK's, each compared with
 * the other on this page.
 */
const LONG_PARAGRAPHS = 1500;
const longPage = (html) =>
  html.replace(
    '</main>',
    () =>
      Array.from(
        { length: LONG_PARAGRAPHS },
        (_, i) =>
          `<p>Paragraph ${i + 1}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`,
      ).join('\n') + '\n</main>',
  );
// Taken now: BENCH_VARIANTS may leave out the short-page variants the long ones are built from.
const { ours: oursShort, govuk: govukShort } = VARIANTS;
VARIANTS.oursLong = {
  label: `ours: safety-quick-exit.js, page with ${LONG_PARAGRAPHS.toLocaleString('en-GB')} more paragraphs`,
  html: (to) => longPage(oursShort.html(to)),
  vs: 'govukLong',
};
VARIANTS.govukLong = {
  label: `GOV.UK's ExitThisPage, page with ${LONG_PARAGRAPHS.toLocaleString('en-GB')} more paragraphs`,
  html: (to) => longPage(govukShort.html(to)),
  govuk: true,
};
VARIANTS.govuk.govuk = true;
// BENCH_VARIANTS=ours,govuk narrows a quick run (a variant is measured only with the GOV.UK one it is compared with).
if (process.env.BENCH_VARIANTS) {
  const asked = process.env.BENCH_VARIANTS.split(/[\s,]+/);
  for (const k of Object.keys(VARIANTS)) if (!asked.includes(k)) delete VARIANTS[k];
}
const versus = (v) => VARIANTS[v].vs ?? 'govuk';

const elementPage = (tag) =>
  page({
    head: `<script type="module" src="/bench/.tmp/cdn/safety-${tag}.js"></script>`,
    control:
      tag === 'quick-exit'
        ? '<safety-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a></safety-quick-exit>'
        : '',
  }).replace(
    '<main id="content">',
    () => `<main id="content">${tag === 'quick-exit' ? '' : `<safety-${tag}></safety-${tag}>`}`,
  );

// ---------------------------------------------------------------- browser helpers
async function newPage(browser, { cpu = CPU_RATE, network = SLOW_4G } = {}) {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setViewport(VIEWPORT);
  const cdp = await p.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { page: p, cdp, close: () => context.close() };
}

const sleep = (t) => new Promise((r) => setTimeout(r, t));
const SHIFT = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16 };

async function pressShift(cdp) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 8, location: 1, ...SHIFT });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, location: 1, ...SHIFT });
}

/**
 * From a trace of the exit: the main-thread CPU time (ms) of the last dispatch of `type` (every listener of
 * the exit's event), and the time (ms) from that dispatch's start to the end of the first paint after it (the
 * frame that shows the page hidden, whatever tasks the page queues behind it).
 */
function traceFigures(buffer, type) {
  if (!buffer) return { cpu: NaN, paint: NaN };
  const { traceEvents } = JSON.parse(new TextDecoder().decode(buffer));
  const last = traceEvents.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type).at(-1);
  if (!last) return { cpu: NaN, paint: NaN };
  const end = last.ts + last.dur;
  const paint = traceEvents.find((e) => e.name === 'Paint' && e.pid === last.pid && e.tid === last.tid && e.ts >= end);
  return {
    cpu: last.tdur !== undefined ? last.tdur / 1000 : NaN,
    paint: paint ? (paint.ts + (paint.dur ?? 0) - last.ts) / 1000 : NaN,
  };
}

/** One cold load of a variant on slow 4G + 4x CPU: armed time, then one exit by `trigger`. */
async function exitRun(browser, server, variant, trigger, runId) {
  const to = `${server.neutralUrl}/weather?run=${runId}`;
  const { page: p, cdp, close } = await newPage(browser);
  try {
    await p.goto(`${server.siteUrl}/qe/${variant}?to=${encodeURIComponent(to)}`, { waitUntil: 'load', timeout: 60000 });
    await p.waitForFunction(() => window.__bench.armedClick !== undefined && window.__bench.armedKey !== undefined, {
      timeout: 30000,
      polling: 50,
    });
    const armed = await p.evaluate(() => Math.max(window.__bench.armedClick, window.__bench.armedKey));
    await sleep(300); // let the page settle: the reaction is measured on an idle page
    const reported = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report from the page')), NEUTRAL_DELAY_MS);
      p.on('console', (m) => {
        if (m.text().startsWith('__bench ')) {
          clearTimeout(timer);
          resolve(JSON.parse(m.text().slice(8)));
        }
      });
    });
    reported.catch(() => {}); // a failure before it is awaited is reported by the await below, not as an unhandled rejection
    // A trace gives the input event's dispatch in main-thread CPU time, which a busy machine inflates far
    // less than wall time (other processes' work is not counted; CPU throttling is, as it is for GOV.UK's).
    // With BENCH_TRACES, more detail (compile, style, JS samples), which costs time of its own.
    const detail = [
      'disabled-by-default-devtools.timeline',
      'v8',
      'disabled-by-default-v8.compile',
      'disabled-by-default-v8.cpu_profiler',
    ];
    await p.tracing.start({ categories: ['devtools.timeline', ...(process.env.BENCH_TRACES ? detail : [])] });
    if (trigger === 'shift') {
      await p.evaluate(() => (window.__bench.expect = { type: 'keyup', key: 'Shift', n: 3 }));
      for (let i = 0; i < 3; i++) {
        await pressShift(cdp);
        if (i < 2) await sleep(150);
      }
    } else {
      await p.evaluate(() => (window.__bench.expect = { type: 'click', n: 1 }));
      const box = await p.evaluate(() => {
        const el =
          document.querySelector('safety-quick-exit')?.shadowRoot?.querySelector('[part~="button"]') ??
          document.querySelector('.govuk-exit-this-page__button');
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
      await cdp.send('Input.dispatchMouseEvent', {
        type: 'mousePressed',
        x: box.x,
        y: box.y,
        button: 'left',
        buttons: 1,
        clickCount: 1,
      });
      await cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseReleased',
        x: box.x,
        y: box.y,
        button: 'left',
        buttons: 0,
        clickCount: 1,
      });
    }
    const b = await reported;
    const trace = await p.tracing.stop();
    // BENCH_TRACES=dir keeps each exit's trace, to open in DevTools' Performance panel.
    if (process.env.BENCH_TRACES && trace) {
      mkdirSync(process.env.BENCH_TRACES, { recursive: true });
      writeFileSync(join(process.env.BENCH_TRACES, `${variant}-${trigger}-${runId}.json`), trace);
    }
    const traced = traceFigures(trace, trigger === 'shift' ? 'keyup' : 'click');
    // The navigation really started and reached the neutral site.
    const deadline = Date.now() + NEUTRAL_DELAY_MS + 10000;
    while (!server.neutralHits.some((u) => u.includes(`run=${runId}`)) && Date.now() < deadline) await sleep(50);
    const left = server.neutralHits.some((u) => u.includes(`run=${runId}`));
    const t0 = b.input.timeStamp;
    return {
      armed,
      dispatch: b.input.dispatched - t0,
      handlers: b.afterHandlers - t0,
      handlersCpu: traced.cpu,
      paint: b.input.dispatched - t0 + traced.paint,
      navigate: b.navigate !== undefined ? b.navigate - t0 : NaN,
      frame: b.painted - t0,
      hiddenSameTask: !!b.hiddenSameTask,
      hiddenNextFrame: b.hiddenAtFrame && b.frames === 1,
      left,
    };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- parts
async function quickExitPart(browser, server) {
  const rows = {};
  const ratios = {};
  let id = 0;
  for (let r = 0; r < EXIT_RUNS; r++) {
    const run = {};
    for (const trigger of ['shift', 'click']) {
      // Alternate the order between runs so neither side always goes first.
      const order = Object.keys(VARIANTS);
      if (r % 2) order.reverse();
      for (const v of order) {
        let res;
        try {
          res = await exitRun(browser, server, v, trigger, `${v}-${trigger}-${r}-${id++}`);
        } catch (e) {
          log(`  ${v} ${trigger} run ${r + 1}: could not measure (${e.message.split('\n')[0]})`);
          continue;
        }
        ((rows[v] ??= {})[trigger] ??= []).push(res);
        (run[v] ??= {})[trigger] = res;
      }
    }
    for (const v of Object.keys(VARIANTS).filter((k) => !VARIANTS[k].govuk)) {
      const o = run[v];
      const g = run[versus(v)];
      if (!o || !g) continue;
      const q = (ratios[v] ??= {
        armed: [],
        armedVsQe: [],
        shiftHandlers: [],
        shiftNav: [],
        shiftFrame: [],
        clickHandlers: [],
        shiftHandlersCpu: [],
        clickHandlersCpu: [],
        shiftPaint: [],
        clickPaint: [],
        clickNav: [],
        clickFrame: [],
      });
      const armedOf = (x) => stats([x.shift?.armed, x.click?.armed]).median;
      q.armed.push(armedOf(o) / armedOf(g));
      if (run.ours && v !== 'oursLong') q.armedVsQe.push(armedOf(o) / armedOf(run.ours));
      if (o.shift && g.shift) {
        q.shiftHandlers.push(o.shift.handlers / g.shift.handlers);
        q.shiftHandlersCpu.push(o.shift.handlersCpu / g.shift.handlersCpu);
        q.shiftNav.push(o.shift.navigate / g.shift.navigate);
        q.shiftFrame.push(o.shift.frame / g.shift.frame);
        q.shiftPaint.push(o.shift.paint / g.shift.paint);
      }
      if (o.click && g.click) {
        q.clickHandlers.push(o.click.handlers / g.click.handlers);
        q.clickHandlersCpu.push(o.click.handlersCpu / g.click.handlersCpu);
        q.clickNav.push(o.click.navigate / g.click.navigate);
        q.clickFrame.push(o.click.frame / g.click.frame);
        q.clickPaint.push(o.click.paint / g.click.paint);
      }
    }
    log(`  quick exit run ${r + 1}/${EXIT_RUNS} done`);
  }
  return { rows, ratios };
}

async function elementsPart(browser, server) {
  const up = Object.fromEntries(TAGS.map((tag) => [tag, []]));
  const first = Object.fromEntries(TAGS.map((tag) => [tag, []]));
  const whole = Object.fromEntries(TAGS.map((tag) => [tag, []]));
  const longest = Object.fromEntries(TAGS.map((tag) => [tag, []]));
  // Round-robin over the elements, order reversed every other run: a spell of load on the machine
  // falls on every element alike instead of on whichever was being measured.
  for (let r = 0; r < ELEMENT_RUNS; r++) {
    for (const tag of r % 2 ? [...TAGS].reverse() : TAGS) {
      const { page: p, close } = await newPage(browser, { network: null });
      try {
        await p.goto(`${server.siteUrl}/el/${tag}`, { waitUntil: 'load' });
        await p.waitForFunction(
          (name) => window.__bench.defines[name]?.rendered !== undefined,
          { timeout: 30000 },
          `safety-${tag}`,
        );
        const t = await p.evaluate(async (name) => {
          const d = window.__bench.defines[name];
          // The longest task that ran any of it (the Long Tasks API reports tasks of 50 ms and more).
          const tasks = await new Promise((resolve) => {
            const o = new PerformanceObserver((list) => (o.disconnect(), resolve(list.getEntries())));
            o.observe({ type: 'longtask', buffered: true });
            setTimeout(() => (o.disconnect(), resolve([])), 500);
          });
          const during = tasks.filter((e) => e.startTime < d.rendered && e.startTime + e.duration > d.start);
          return {
            upgrade: d.end - d.start,
            first: d.firstRender - d.start,
            whole: d.rendered - d.start,
            longest: Math.max(0, ...during.map((e) => e.duration)),
          };
        }, `safety-${tag}`);
        up[tag].push(t.upgrade);
        first[tag].push(t.first);
        whole[tag].push(t.whole);
        longest[tag].push(t.longest);
      } finally {
        await close();
      }
    }
    log(`  elements run ${r + 1}/${ELEMENT_RUNS} done`);
  }
  return Object.fromEntries(
    TAGS.map((tag) => [
      tag,
      { upgrade: stats(up[tag]), first: stats(first[tag]), whole: stats(whole[tag]), longest: stats(longest[tag]) },
    ]),
  );
}

function helplineEntries(n) {
  // The same synthetic data as the helpline directory helper's bench (bench/helpline-directory.bench.mjs).
  const words = [
    'stalking',
    'domestic',
    'abuse',
    'advice',
    'support',
    'local',
    'county',
    'helpline',
    'victims',
    'legal',
    'young',
    'people',
    'housing',
    'refuge',
  ];
  const cats = [
    'stalking',
    'domestic-abuse',
    'victims',
    'lgbt',
    'men',
    'honour-based-abuse',
    'sexual-violence',
    'emotional-support',
    'legal-help',
    'report-crime',
  ];
  const day = [['09:00', '17:00']];
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    name: `${words[i % words.length]} ${words[(i * 7) % words.length]} service ${i}`,
    operator: `Operator ${i % 37}`,
    description: `A ${words[(i * 3) % words.length]} and ${words[(i * 5) % words.length]} service for area ${i}.`,
    phones: [
      {
        number: `01632 ${String(960000 + (i % 1000)).slice(0, 3)} ${String(i % 1000).padStart(3, '0')}`,
        free: i % 2 === 0,
      },
    ],
    website: `https://example.org/service/${i}`,
    hours: i % 3 === 0 ? '24/7' : { mon: day, tue: day, wed: day, thu: day, fri: day, bankHolidays: 'closed' },
    nations: ['england'],
    categories: [cats[i % cats.length], cats[(i + 3) % cats.length]],
    source: `https://example.org/service/${i}`,
    verifiedOn: '2026-10-01',
  }));
}

async function helplinePart(browser, server, cpu) {
  const entries = helplineEntries(HELPLINE_N);
  const { page: p, close } = await newPage(browser, { cpu, network: null });
  try {
    await p.goto(`${server.siteUrl}/blank?src=/bench/.tmp/cdn/safety-helpline-directory.js`, { waitUntil: 'load' });
    await p.waitForFunction(() => customElements.get('safety-helpline-directory'));
    const renders = [];
    for (let r = 0; r < RUNS; r++) {
      renders.push(
        await p.evaluate(async (list) => {
          document.body.replaceChildren();
          await new Promise((res) => requestAnimationFrame(res));
          const t0 = performance.now();
          const el = document.createElement('safety-helpline-directory');
          el.setAttribute('no-bundled', '');
          el.helplines = list;
          document.body.append(el);
          await el.updateComplete;
          void document.body.offsetHeight;
          return performance.now() - t0;
        }, entries),
      );
    }
    await p.evaluate(() => {
      const el = document.querySelector('safety-helpline-directory');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      window.__times = [];
      input.addEventListener('keydown', () => (window.__t0 = performance.now()), { capture: true });
      input.addEventListener('input', async () => {
        await el.updateComplete;
        void document.body.offsetHeight;
        window.__times.push({
          ms: performance.now() - window.__t0,
          shown: Number(
            /([\d,]+) services/.exec(el.shadowRoot.querySelector('[part="count"]').textContent)?.[1]?.replace(/,/g, ''),
          ),
        });
      });
      input.focus();
    });
    const query = 'stalking service';
    for (let r = 0; r < 3; r++) {
      await p.keyboard.type(query, { delay: 30 }); // puppeteer sends Input.dispatchKeyEvent
      for (let i = 0; i < query.length; i++) await p.keyboard.press('Backspace', { delay: 30 });
    }
    const keys = await p.evaluate(() => window.__times);
    log(`  helpline directory (${cpu}x CPU) measured`);
    return {
      render: stats(renders),
      key: stats(keys.map((k) => k.ms)),
      keystrokes: keys.length,
      shown: [...new Set(keys.map((k) => k.shown))].sort((a, b) => b - a),
    };
  } finally {
    await close();
  }
}

/**
 * 10,000 site entries at 1x CPU: from setting the data to it read, searched and paged, the longest time the main
 * thread was held at once. Two readings: the Long Tasks API (tasks over 50 ms, with their length) and a
 * probe, a chain of zero-delay timers that notes the gap between its own runs (the longest task, under
 * 50 ms too, plus the timer clamp of about 4 ms).
 */
async function helplineBigPart(browser, server) {
  const entries = helplineEntries(HELPLINE_BIG);
  const { page: p, close } = await newPage(browser, { cpu: 1, network: null });
  try {
    await p.goto(`${server.siteUrl}/blank?src=/bench/.tmp/cdn/safety-helpline-directory.js`, { waitUntil: 'load' });
    await p.waitForFunction(() => customElements.get('safety-helpline-directory'));
    const runs = [];
    for (let r = 0; r < Math.min(RUNS, 3); r++) {
      runs.push(
        await p.evaluate(async (list) => {
          document.body.replaceChildren();
          await new Promise((res) => setTimeout(res, 100));
          const long = [];
          const obs = new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration)));
          obs.observe({ type: 'longtask' });
          // A chain of zero-delay timers: each runs as soon as the task before it ends (browsers clamp a
          // nested timer to about 4 ms, so a gap includes that). A MessageChannel loop would be exact, but
          // Chromium can run its messages ahead of the element's own timers and starve them.
          let last = performance.now();
          let gap = 0;
          let running = true;
          const tick = () => {
            const t = performance.now();
            gap = Math.max(gap, t - last);
            last = t;
            if (running) setTimeout(tick, 0);
          };
          setTimeout(tick, 0);
          await new Promise((res) => setTimeout(res, 20));
          const t0 = performance.now();
          const el = document.createElement('safety-helpline-directory');
          el.setAttribute('no-bundled', '');
          el.helplines = list;
          document.body.append(el);
          await el.updateComplete;
          void document.body.offsetHeight;
          const first = performance.now() - t0;
          // Then a search (the first builds the index of every entry) and four more pages of its cards, each
          // step in a task of its own as a reader's keys and clicks are (an await alone stays in the same task).
          const input = el.shadowRoot.querySelector('input[type="search"]');
          const task = () => new Promise((res) => setTimeout(res, 30));
          for (const value of ['s', 'st', 'stalking']) {
            await task();
            input.value = value;
            input.dispatchEvent(new Event('input'));
            await el.updateComplete;
          }
          for (let i = 0; i < 4; i++) {
            await task();
            el.shadowRoot.querySelector('[part="more"]').click();
            await el.updateComplete;
          }
          void document.body.offsetHeight;
          const all = performance.now() - t0;
          const loadGap = gap;
          const loadLong = long.splice(0);
          // Then the reader opens "Where this information comes from" at the end of the list: the sources
          // of the cards listed, measured the same way.
          gap = 0;
          const t1 = performance.now();
          const sources = el.shadowRoot.querySelector('[part~="sources"]');
          sources.open = true;
          await new Promise((res) => {
            const check = () =>
              sources.querySelectorAll('.source-item').length >= el.shadowRoot.querySelectorAll('[part="card"]').length
                ? res()
                : setTimeout(check, 10);
            check();
          });
          void document.body.offsetHeight;
          const sourcesAll = performance.now() - t1;
          running = false;
          await new Promise((res) => setTimeout(res, 100));
          obs.disconnect();
          return {
            first,
            all,
            gap: loadGap,
            longTasks: loadLong.length,
            longest: Math.max(0, ...loadLong),
            sourcesAll,
            sourcesGap: gap,
            sourcesLongTasks: long.length,
            sourcesLongest: Math.max(0, ...long),
          };
        }, entries),
      );
    }
    log('  helpline directory 10,000 entries (1x CPU) measured');
    return {
      first: stats(runs.map((r) => r.first)),
      all: stats(runs.map((r) => r.all)),
      gap: stats(runs.map((r) => r.gap)),
      longTasks: Math.max(...runs.map((r) => r.longTasks)),
      longest: Math.max(...runs.map((r) => r.longest)),
      sourcesAll: stats(runs.map((r) => r.sourcesAll)),
      sourcesGap: stats(runs.map((r) => r.sourcesGap)),
      sourcesLongTasks: Math.max(...runs.map((r) => r.sourcesLongTasks)),
      sourcesLongest: Math.max(...runs.map((r) => r.sourcesLongest)),
    };
  } finally {
    await close();
  }
}

async function memoryPart(browser, server) {
  const { page: p, cdp, close } = await newPage(browser, { cpu: 1, network: null });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  try {
    await cdp.send('HeapProfiler.enable');
    await p.goto(`${server.siteUrl}/blank?src=/bench/.tmp/cdn/safety-elements.js`, { waitUntil: 'load' });
    await p.evaluate(async () => {
      window.GOVUK = (await import('/bench/.tmp/govuk-exit-this-page.module.js')).ExitThisPage;
      document.body.classList.add('govuk-frontend-supported');
    });
    const out = {};
    for (const what of [...TAGS.map((t) => `safety-${t}`), 'govuk-exit-this-page']) {
      const cycle = (n) =>
        p.evaluate(
          async (name, n) => {
            for (let i = 0; i < n; i++) {
              if (name === 'govuk-exit-this-page') {
                const root = document.createElement('div');
                root.className = 'govuk-exit-this-page';
                root.innerHTML =
                  '<a href="https://www.bbc.co.uk/weather" role="button" class="govuk-button govuk-exit-this-page__button">Exit this page</a>';
                document.body.append(root);
                new window.GOVUK(root);
                root.remove();
                continue;
              }
              const el = document.createElement(name);
              if (name === 'safety-quick-exit')
                el.innerHTML = '<a href="https://www.bbc.co.uk/weather">Exit this page</a>';
              document.body.append(el);
              await el.updateComplete;
              el.remove();
            }
            await new Promise((r) => setTimeout(r, 50));
          },
          what,
          n,
        );
      await cycle(20); // warm-up: first-use caches (templates, styles) are not growth
      const idle = await heap();
      const before = await heap(); // two readings with nothing between: the noise floor
      const after = [];
      for (let r = 0; r < MEMORY_ROUNDS; r++) {
        await cycle(MEMORY_CYCLES);
        after.push(await heap());
      }
      out[what] = { noise: before - idle, before, after };
      log(`  memory ${what} measured`);
    }
    return out;
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- report
function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}`;
}

function report(result) {
  const { version, weights, bench, qe, els, hl, hl1, mem, errors } = result;
  const L = [];
  const now = new Date();
  L.push('# Benchmark results (`npm run bench`)', '');
  L.push(`- Date: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`);
  L.push(`- Browser: ${version} (headless), args as scripts/browsers.mjs CHROMIUM_ARGS`);
  L.push(
    `- Machine: ${machine()}; load average at start ${LOAD_START.map((x) => x.toFixed(1)).join(' ')}, at end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (a busy machine widens the spread; the ratios are taken run by run)`,
  );
  L.push(
    `- Settings: CPU throttled ${CPU_RATE}x; network "Slow 4G" (${SLOW_4G.latency} ms latency, ${Math.round((SLOW_4G.downloadThroughput * 8) / 1000)} kbps down, ${Math.round((SLOW_4G.uploadThroughput * 8) / 1000)} kbps up) through the DevTools protocol; cache disabled; a fresh browser context per page load; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${RUNS} runs per figure, ${EXIT_RUNS} for the quick exit's armed time and reactions, ${ELEMENT_RUNS} for each element's upgrade and first render (the elements in turn).`,
  );
  L.push(
    `- GOV.UK Frontend ${bench?.govukVersion ?? '?'} (dev dependency), ExitThisPage bundled alone with our CDN build's tool and settings (rollup, node-resolve, esbuild es2021, terser).`,
  );
  L.push(
    '- Figures are "median (min–max)". Ratios are ours ÷ GOV.UK, taken per run in the same run (below 1 = ours smaller or faster). Timings vary between machines; compare ratios.',
    '',
  );

  if (weights) {
    L.push('## 1. Weight (bytes; gzip -9, brotli q11)', '');
    L.push(
      '| file | raw | gzip | brotli | with its imported chunks: files, gzip, brotli |',
      '|---|---:|---:|---:|---|',
    );
    for (const w of weights)
      L.push(
        `| dist/cdn/${w.name} | ${w.own.raw} | ${w.own.gzip} | ${w.own.brotli} | ${w.files}, ${w.total.gzip}, ${w.total.brotli} |`,
      );
    if (bench) {
      const qeEntry = weights.find((w) => w.name === 'safety-quick-exit.js');
      L.push(
        `| bench: our quick exit as one file | ${bench.ours.raw} | ${bench.ours.gzip} | ${bench.ours.brotli} | 1, ${bench.ours.gzip}, ${bench.ours.brotli} |`,
      );
      L.push(
        `| bench: GOV.UK ExitThisPage JS, one file | ${bench.govuk.raw} | ${bench.govuk.gzip} | ${bench.govuk.brotli} | 1, ${bench.govuk.gzip}, ${bench.govuk.brotli} |`,
      );
      L.push(
        `| bench: GOV.UK CSS it needs (component, .govuk-button, .govuk-visually-hidden rules) | ${bench.govukCss.raw} | ${bench.govukCss.gzip} | ${bench.govukCss.brotli} | – |`,
        '',
      );
      const r = (a, b) => (a / b).toFixed(2) + '×';
      L.push('| comparison (ours ÷ GOV.UK) | gzip | brotli |', '|---|---:|---:|');
      L.push(
        `| quick exit CDN file (with any chunks it imports) ÷ GOV.UK JS | ${r(qeEntry.total.gzip, bench.govuk.gzip)} | ${r(qeEntry.total.brotli, bench.govuk.brotli)} |`,
      );
      L.push(
        `| quick exit one file ÷ GOV.UK JS | ${r(bench.ours.gzip, bench.govuk.gzip)} | ${r(bench.ours.brotli, bench.govuk.brotli)} |`,
      );
      L.push(
        `| quick exit one file (its CSS inside) ÷ GOV.UK JS + its CSS | ${r(bench.ours.gzip, bench.govuk.gzip + bench.govukCss.gzip)} | ${r(bench.ours.brotli, bench.govuk.brotli + bench.govukCss.brotli)} |`,
        '',
      );
    }
  }

  if (qe) {
    const col = (v, trig, key) => stats((qe.rows[v]?.[trig] ?? []).map((x) => x[key]));
    const count = (v, trig, key) => {
      const xs = qe.rows[v]?.[trig] ?? [];
      return `${xs.filter((x) => x[key]).length}/${xs.length}`;
    };
    L.push(
      '## 2. Armed (ms from navigation start until a click leaves and the Shift shortcut listens; cold load, Slow 4G, CPU 4x)',
      '',
    );
    L.push('| variant | armed (ms) | ours ÷ GOV.UK, per run |', '|---|---:|---:|');
    const armedOf = (v) => stats(['shift', 'click'].flatMap((t) => (qe.rows[v]?.[t] ?? []).map((x) => x.armed)));
    for (const [v, def] of Object.entries(VARIANTS))
      L.push(`| ${def.label} | ${spread(armedOf(v))} | ${def.govuk ? '1' : ratio(stats(qe.ratios[v]?.armed ?? []))} |`);
    L.push('');
    const againstQe = ['oursAll', 'oursClassic', 'oursClassicFirst'].filter((v) => qe.ratios[v]?.armedVsQe.length);
    if (againstQe.length) {
      L.push("| the loader and the classic files against the quick exit's own file, per run | ratio |", '|---|---:|');
      for (const v of againstQe)
        L.push(
          `| ${VARIANTS[v].label} ÷ ${VARIANTS.ours.label}${v === 'oursAll' ? ' (target: at most 1)' : ''} | ${ratio(stats(qe.ratios[v].armedVsQe))} |`,
        );
      L.push('');
    }

    L.push(
      "## 3. Reaction (ms from the input event's own timestamp; real input through Input.dispatchKeyEvent / dispatchMouseEvent)",
      '',
    );
    L.push(
      '"handlers done": every listener of that same event has run; "handlers, CPU": the main thread\'s CPU time for that dispatch, from a trace (load on the machine inflates it far less; it includes the style pass that the bench\'s own "hidden, same task" check forces, for GOV.UK\'s too). "navigation starts": the Navigation API\'s `navigate` event. "frame": the first frame that shows the page hidden, after its paint, as the page sees it (a requestAnimationFrame and a message after it, so it also waits for tasks queued before that message); "painted, trace": the end of the first paint after the input event\'s dispatch, from the trace. "hidden, same task": the page was already hidden when the input event\'s dispatch ended. "next frame": it was hidden in the very next frame.',
      '',
    );
    L.push(
      '| variant | trigger | input → dispatch | → handlers done | handlers, CPU | → navigation starts | → hidden frame painted | → hidden frame painted, trace | hidden, same task | hidden, next frame | left (neutral site reached) |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [v, def] of Object.entries(VARIANTS)) {
      for (const trig of ['shift', 'click']) {
        L.push(
          `| ${def.label} | ${trig === 'shift' ? 'third Shift' : 'click'} | ${spread(col(v, trig, 'dispatch'))} | ${spread(col(v, trig, 'handlers'))} | ${spread(col(v, trig, 'handlersCpu'))} | ${spread(col(v, trig, 'navigate'))} | ${spread(col(v, trig, 'frame'))} | ${spread(col(v, trig, 'paint'))} | ${count(v, trig, 'hiddenSameTask')} | ${count(v, trig, 'hiddenNextFrame')} | ${count(v, trig, 'left')} |`,
        );
      }
    }
    L.push(
      '',
      'Ratios: ours ÷ GOV.UK on the same page in the same run (the long page against GOV.UK on the long page); target: handlers done and navigation starts at most 1.',
      '',
    );
    L.push(
      '| ours ÷ GOV.UK, per run | third Shift → handlers done | third Shift: handlers, CPU | third Shift → navigation starts | third Shift → hidden frame painted | third Shift → hidden frame painted, trace | click → handlers done | click: handlers, CPU | click → navigation starts | click → hidden frame painted | click → hidden frame painted, trace |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [v, q] of Object.entries(qe.ratios)) {
      L.push(
        `| ${VARIANTS[v].label} | ${ratio(stats(q.shiftHandlers))} | ${ratio(stats(q.shiftHandlersCpu))} | ${ratio(stats(q.shiftNav))} | ${ratio(stats(q.shiftFrame))} | ${ratio(stats(q.shiftPaint))} | ${ratio(stats(q.clickHandlers))} | ${ratio(stats(q.clickHandlersCpu))} | ${ratio(stats(q.clickNav))} | ${ratio(stats(q.clickFrame))} | ${ratio(stats(q.clickPaint))} |`,
      );
    }
    L.push('');
  }

  if (els || hl) {
    L.push('## 4. Each element (CPU 4x, files already on the machine: no network throttling)', '');
    if (els) {
      L.push(
        'Markup in the page before the definition arrives, as a CMS writes it. "upgrade": the `customElements.define` call that upgrades it (constructor, connectedCallback). "first render": from that call to its first render laid out (the first change to its shadow root, then style and layout: what the next frame shows). "whole": to `updateComplete` laid out; it differs where an element draws in steps (a render that waits for a module or a later task). "longest task": the longest task that ran any of it, from the Long Tasks API, which reports tasks of 50 ms or more (0: none). It includes the task\'s other work (the module\'s own evaluation, the page\'s parsing) and the layout the bench forces to time the render (the frame after would do it). Defaults (bundled data).',
        '',
      );
      L.push(
        '| element | upgrade (ms) | upgrade + first render (ms) | whole (ms) | longest task (ms) |',
        '|---|---:|---:|---:|---:|',
      );
      for (const [tag, s] of Object.entries(els))
        L.push(
          `| safety-${tag} | ${spread(s.upgrade, 2)} | ${spread(s.first, 2)} | ${spread(s.whole, 2)} | ${spread(s.longest, 2)} |`,
        );
      L.push('');
    }
    if (hl) {
      L.push(
        `Helpline directory with ${HELPLINE_N} site entries (\`no-bundled\`): render from append to first update laid out; filter from a keystroke's keydown (real key events) to the updated list laid out. Same method and data as bench/helpline-directory.bench.mjs.`,
        '',
      );
      L.push(
        '| CPU | render 500 entries (ms) | filter keystroke (ms) | keystroke p95 (ms) | keystrokes | matches while typing (25 cards listed at most) |',
        '|---|---:|---:|---:|---:|---|',
      );
      for (const [cpu, h] of [
        [`${CPU_RATE}x`, hl],
        ['1x', hl1],
      ])
        if (h)
          L.push(
            `| ${cpu} | ${spread(h.render)} | ${spread(h.key, 2)} | ${ms(h.key.p95, 2)} | ${h.keystrokes} | ${h.shown.join(', ')} |`,
          );
      L.push('');
    }
    if (result.hlBig) {
      const b = result.hlBig;
      L.push(
        `Helpline directory with ${HELPLINE_BIG.toLocaleString('en-GB')} site entries at 1x CPU, from setting the data to the list read, then a search ("s", "st", "stalking": the first builds the index) and four "Show more services": no task may hold the main thread over 50 ms (the quick exit must stay responsive). "longest task" is the longest gap a chain of zero-delay timers saw between two of its runs (it includes the browser's ~4 ms timer clamp).`,
        '',
      );
      L.push(
        '| first render (ms) | read, searched, 4 more pages (ms) | longest task (ms) | tasks over 50 ms (Long Tasks API) | longest of those (ms) |',
        '|---:|---:|---:|---:|---:|',
      );
      L.push(
        `| ${spread(b.first)} | ${spread(b.all)} | ${spread(b.gap)} | ${b.longTasks} | ${b.longTasks ? ms(b.longest) : 'none'} |`,
        '',
      );
      L.push(
        'Then the reader opens "Where this information comes from" at the end of the list (the sources of the 125 cards listed), measured the same way until they are rendered:',
        '',
        '| sources rendered (ms) | longest task (ms) | tasks over 50 ms (Long Tasks API) | longest of those (ms) |',
        '|---:|---:|---:|---:|',
        `| ${spread(b.sourcesAll)} | ${spread(b.sourcesGap)} | ${b.sourcesLongTasks} | ${b.sourcesLongTasks ? ms(b.sourcesLongest) : 'none'} |`,
        '',
      );
    }
  }

  if (mem) {
    L.push(
      `## 5. Memory (JS heap used after HeapProfiler.collectGarbage; each element added, rendered and removed ${MEMORY_CYCLES} times, ${MEMORY_ROUNDS} rounds, after a warm-up of 20)`,
      '',
    );
    L.push(
      `The first rounds fill first-use caches and the code V8 optimises while the loop runs; growth is measured over the last two rounds. "noise": two readings with nothing between them.`,
      '',
    );
    L.push(
      `| element | heap before | ${Array.from({ length: MEMORY_ROUNDS }, (_, r) => `after ${MEMORY_CYCLES * (r + 1)}`).join(' | ')} | growth per ${MEMORY_CYCLES} (rounds ${MEMORY_ROUNDS - 1}–${MEMORY_ROUNDS}) | per cycle | noise |`,
      `|---|---:|${'---:|'.repeat(MEMORY_ROUNDS)}---:|---:|---:|`,
    );
    for (const [name, m] of Object.entries(mem)) {
      const g = (m.after.at(-1) - m.after.at(-3)) / 2;
      L.push(
        `| ${name === 'govuk-exit-this-page' ? 'GOV.UK ExitThisPage (new ExitThisPage(root), root removed)' : name} | ${kb(m.before)} | ${m.after.map(kb).join(' | ')} | ${kb(g)} | ${(g / MEMORY_CYCLES).toFixed(0)} B | ${kb(m.noise)} |`,
      );
    }
    L.push('');
  }
  if (errors?.length) L.push('## Not measured in this run', '', ...errors.map((e) => `- ${e}`), '');
  return L.join('\n');
}

// ---------------------------------------------------------------- main
let browser;
let server;
try {
  ensureBuilt();
  snapshotCdn();
  const result = { errors: [] };
  if (part('weight') || part('quick-exit') || part('memory')) {
    log('bundling GOV.UK ExitThisPage and our quick exit alone (rollup + terser, same settings)');
    result.bench = await buildBenchBundles();
    GOVUK_CSS = readFileSync('bench/.tmp/govuk-exit-this-page.css', 'utf8');
  }
  if (part('weight') || part('quick-exit')) result.weights = weighCdn('bench/.tmp/cdn');

  const executablePath = process.env.CHROMIUM_PATH || findEngines().chromium || '/usr/bin/chromium';
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 600000 });
  result.version = await browser.version();
  server = await startServers({
    ...Object.fromEntries(Object.entries(VARIANTS).map(([k, v]) => [`/qe/${k}`, (q) => v.html(q.get('to'))])),
    ...Object.fromEntries(TAGS.map((t) => [`/el/${t}`, () => elementPage(t)])),
    '/blank': (q) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="${q.get('src')}"></script></head><body></body></html>`,
  });

  const attemptPart = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      result.errors.push(`${name}: ${e.message.split('\n')[0]}`);
      log(`  ${name} could not be measured: ${e.message.split('\n')[0]}`);
    }
  };
  if (part('quick-exit')) {
    log(
      `quick exit: ${EXIT_RUNS} runs x ${Object.keys(VARIANTS).length} variants x 2 triggers (cold loads on Slow 4G, CPU 4x)`,
    );
    await attemptPart('quick exit', async () => (result.qe = await quickExitPart(browser, server)));
  }
  if (part('elements')) await attemptPart('elements', async () => (result.els = await elementsPart(browser, server)));
  if (part('elements') || part('helpline')) {
    await attemptPart(
      `helpline directory ${CPU_RATE}x`,
      async () => (result.hl = await helplinePart(browser, server, CPU_RATE)),
    );
    await attemptPart('helpline directory 1x', async () => (result.hl1 = await helplinePart(browser, server, 1)));
    await attemptPart(
      'helpline directory 10,000 entries',
      async () => (result.hlBig = await helplineBigPart(browser, server)),
    );
  }
  if (part('memory')) await attemptPart('memory', async () => (result.mem = await memoryPart(browser, server)));

  const table = report(result);
  console.log(table);
  if (!ONLY) {
    writeFileSync('bench/results.md', table + '\n');
    log('written to bench/results.md');
  }
} catch (e) {
  console.error(`bench could not run: ${e.stack ?? e.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
}
