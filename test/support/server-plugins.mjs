// Server-side helpers for the browser tests, reached with `executeServerCommand` from
// '@web/test-runner-commands'. They let a test ask the test server what the browser requested,
// which works the same in every engine (DevTools-protocol interception is Chromium-only).
import { mkdirSync, writeFileSync } from 'node:fs';

const requestLog = [];

export function testServerPlugin() {
  return {
    name: 'safety-test-server',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        requestLog.push({ url: ctx.url, referer: ctx.get('referer') || null, cookie: ctx.get('cookie') || null });
        await next();
      });
    },
    async executeCommand({ command, payload }) {
      if (command === 'request-log-mark') return requestLog.length;
      if (command === 'request-log-since') return requestLog.slice(payload?.mark ?? 0);
      return undefined;
    },
  };
}

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

/** Writes the run's totals (from the runner's own session results) for `scripts/test.mjs` to print. */
export function countsReporter({ file = 'test-results/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, byBrowser: {} };
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        countTests(session.testResults, own);
        // A file that failed to load or threw outside a test has no failing test to count: count it once.
        if (!session.passed && own.failed === 0) own.failed += 1;
        const name = session.browser.name;
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
