// Server-side helpers for the browser tests, reached with `executeServerCommand` from
// '@web/test-runner-commands'. They let a test ask the test server what the browser requested,
// which works the same in every engine (DevTools-protocol interception is Chromium-only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const requestLog = [];

/**
 * Records every request the browsers make to the test server. Registered through the config's
 * `middleware` option: middleware added in a plugin's `serverStart` runs after the static file server,
 * which answers most requests without passing them on, so it would record almost nothing.
 */
function logRequests() {
  return async (ctx, next) => {
    requestLog.push({ url: ctx.url, referer: ctx.get('referer') || null, cookie: ctx.get('cookie') || null });
    await next();
  };
}

/**
 * Middleware for `web-test-runner.config.mjs`, in order: the request log, the host pages' headers, a CDN
 * copy with files missing, `dist/cdn/` byte for byte, and `/frame-src/`.
 */
export function testMiddleware() {
  return [logRequests(), hostPageHeaders(), brokenCdn(), exactCdn(), frameSource()];
}

/**
 * `/frame-src/…` serves `/src/…`. A test that loads an element in a same-origin frame (the 320 px reflow
 * frame) takes its modules from there: Chromium's coverage of a page keeps one copy of each script URL, so
 * a frame that loaded `/src/…` itself replaced the test page's copy, and the file's other tests counted for
 * nothing in the coverage report. Under `/frame-src/` the frame's copy has its own URLs, outside the report.
 */
export function frameSource() {
  return (ctx, next) => {
    if (ctx.path.startsWith('/frame-src/')) ctx.url = `/src/${ctx.url.slice('/frame-src/'.length)}`;
    return next();
  };
}

/**
 * dist/cdn/ is served byte for byte, as a CMS or CDN serves it: the dev server's plugins (esbuild's
 * lowering to its target, node-resolve's import rewriting) would otherwise change the files, and their
 * Subresource Integrity hashes with them.
 */
export function exactCdn() {
  const TYPES = {
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/dist/cdn/')) return next();
    const file = join(
      'dist/cdn',
      normalize(decodeURIComponent(ctx.path.slice('/dist/cdn/'.length))).replace(/^(\.\.[/\\])+/, ''),
    );
    try {
      ctx.body = await readFile(file);
      ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
      ctx.set('cache-control', 'no-cache');
    } catch {
      ctx.status = 404;
      ctx.body = 'not found';
    }
  };
}

/**
 * `/test/broken-cdn/<file>` serves `dist/cdn/<file>`, except that `safety-checklist.js` and the FOUR
 * explainer's on-demand law chunk answer 404: a CDN copy with files missing, for the loader's failed-chunk
 * tests (test/dist/loader.test.ts).
 */
export const BROKEN_CDN = '/test/broken-cdn/';
export const BROKEN_FILE = 'safety-checklist.js';
const BROKEN_CHUNK = /^chunks\/four-explainer\.law-[\w-]+\.js$/;
export function brokenCdn() {
  return async (ctx, next) => {
    if (ctx.path.startsWith(BROKEN_CDN)) {
      const file = ctx.path.slice(BROKEN_CDN.length);
      ctx.set('cache-control', 'no-store');
      if (file === BROKEN_FILE || BROKEN_CHUNK.test(file)) {
        ctx.status = 404;
        ctx.body = 'not found';
        return;
      }
      ctx.path = `/dist/cdn/${file}`;
    }
    await next();
  };
}

/**
 * `request-log-mark` returns a position in the log; `request-log-since` the requests after it. The three
 * engines run at once and share the log, so by default only requests whose URL or Referer carries the
 * calling page's `wtr-session-id` are returned; pass `match` to use another token (for example a marker
 * in a host page's URL, which its subresources carry in their Referer), or `match: ''` for everything.
 */
export function testServerPlugin() {
  return {
    name: 'safety-test-server',
    async executeCommand({ command, payload, session }) {
      if (command === 'request-log-mark') return requestLog.length;
      if (command === 'request-log-since') {
        const match = payload?.match ?? session.id;
        return requestLog
          .slice(payload?.mark ?? 0)
          .filter((r) => !match || r.url.includes(match) || r.referer?.includes(match));
      }
      if (command === 'safety-emulate-media-features') {
        // Media features that '@web/test-runner-commands' cannot emulate (forced-colors), through the
        // DevTools protocol: Chromium only. The CDP session is kept so the emulation lasts.
        if (!session.browser.name?.toLowerCase().includes('chrom')) return false;
        const page = session.browser.getPage(session.id);
        cdpSessions[session.id] ??= await page.createCDPSession();
        await cdpSessions[session.id].send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        return true;
      }
      if (command === 'safety-screenshot') {
        // A PNG (base64) of one element of the test page (`payload.selector`, in its light DOM), or false
        // where the launcher cannot take one (Puppeteer, Chromium and Firefox, can).
        const selector = String(payload?.selector ?? '');
        try {
          if (session.browser.type === 'puppeteer') {
            const page = session.browser.getPage(session.id);
            const handle = await page.$(selector);
            if (!handle) throw new Error(`no element ${selector}`);
            return await handle.screenshot({ encoding: 'base64' });
          }
          // WebKit (WebDriver): takeElementScreenshot of a frame hung the run past the runner's timeout, so
          // WebKit answers null and the tests that use this fall back to comparing layout boxes.
        } catch (e) {
          console.warn(`safety-screenshot (${session.browser.name}): ${e.message}`);
        }
        return false; // not null: the runner reads null as no plugin having handled the command
      }
      return undefined;
    },
  };
}
const cdpSessions = {};

function countTests(suite, totals, failures, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push(
        [...path, test.name].join(' > ') + (test.error?.message ? `: ${test.error.message.split('\n')[0]}` : ''),
      );
    }
  }
  for (const child of suite?.suites ?? []) countTests(child, totals, failures, [...path, child.name]);
}

const ENGINE_OF = {
  Chrome: 'chromium',
  Chromium: 'chromium',
  Firefox: 'firefox',
  MiniBrowser: 'webkit',
  WebKit: 'webkit',
};

/**
 * Writes the run's totals (from the runner's own session results) for `scripts/test.mjs` to print, with
 * each failure's engine and file so that a failure can be named and its file run once more.
 */
export function countsReporter({ file = process.env.WTR_RESULTS || 'test-results/wtr.json' } = {}) {
  // Each test file as it finishes in every engine, written at once: if the runner stops before its end,
  // scripts/test.mjs can say how far it got.
  const progress = file.replace(/\.json$/, '-progress.json');
  const started = Date.now();
  const finished = [];
  return {
    reportTestFileResults({ testFile }) {
      finished.push({
        file: testFile.replace(process.cwd() + '/', ''),
        seconds: Math.round((Date.now() - started) / 1000),
      });
      mkdirSync('test-results', { recursive: true });
      writeFileSync(progress, JSON.stringify(finished, null, 2));
    },
    onTestRunFinished({ sessions, testCoverage }) {
      const totals = {
        passed: 0,
        failed: 0,
        skipped: 0,
        byBrowser: {},
        failures: [],
        coverageFailed: Boolean(testCoverage && !testCoverage.passed),
      };
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        const name = session.browser.name;
        const failures = [];
        countTests(session.testResults, own, failures);
        // A file that failed to load or threw outside a test has no failing test to count: count it once.
        if (!session.passed && own.failed === 0) {
          own.failed += 1;
          failures.push(`(whole file) ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not finish'}`);
        }
        const testFile = session.testFile.replace(process.cwd() + '/', '');
        for (const text of failures)
          totals.failures.push({ browser: name, engine: ENGINE_OF[name] ?? name.toLowerCase(), file: testFile, text });
        const b = (totals.byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const k of ['passed', 'failed', 'skipped']) {
          b[k] += own[k];
          totals[k] += own[k];
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}

// ---- Host pages (issue 7, test/dist/): real response headers for the hostile host pages. ----------
// Kept apart from the request log above. Each host page under test/fixtures/host-* that needs a header
// gets it here, as a CMS's web server would send it; everything else is served as the dev server does.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
export const HOST_PAGE_HEADERS = {
  '/test/fixtures/host-csp.html': { 'content-security-policy': STRICT_CSP },
  // Two copies of Lit create the `lit-html` policy twice: the one line a site adds for that case.
  '/test/fixtures/host-two-copies-csp.html': { 'content-security-policy': `${STRICT_CSP} 'allow-duplicates'` },
};

/** Koa middleware: sets the host pages' headers (and no caching, so every run sees the real response). */
export function hostPageHeaders() {
  return async (ctx, next) => {
    await next();
    const headers = HOST_PAGE_HEADERS[ctx.path];
    if (ctx.path.startsWith('/test/fixtures/host-')) ctx.set('cache-control', 'no-store');
    if (headers) for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  };
}
