// npm test (after `npm run build`): the browser suites (web-test-runner, every installed engine), then
// the end-to-end suites (real navigation, history and Referer, driven from Node), then one totals line.
//
// A browser test file that fails is run once more, alone, in the engine it failed in. If it passes then,
// its failures are reported by name as FLAKY (failed, then passed alone) and do not fail the run; a test
// that fails again fails the run. A flaky test is still a defect to fix: the line names it for that.
//
// If the browser runner itself stops without writing any results (an uncaught exception in a browser
// driver, a browser that did not start), its last error lines are kept and it is run once more; the
// totals then name that stop, since CI keeps only the end of the log.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { printTotals } from './test-totals.mjs';

rmSync('test-results', { recursive: true, force: true });

const WTR = 'node_modules/.bin/web-test-runner';
const RESULTS = 'test-results/wtr.json';
const RUNNER_STOPS = 'test-results/runner-stops.json';

/** Runs web-test-runner, passing its output through, and resolves to its exit status and last stderr lines. */
function runBrowserSuites(args) {
  return new Promise((resolve) => {
    const child = spawn(WTR, args, { stdio: ['inherit', 'inherit', 'pipe'] });
    let tail = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (status, signal) => resolve({ status: status ?? 1, signal, tail }));
  });
}

let wtr = await runBrowserSuites(process.argv.slice(2));
if (!existsSync(RESULTS)) {
  const stop = { status: wtr.status, signal: wtr.signal, lastLines: lastLines(wtr.tail), ...progressSoFar() };
  console.error(
    `\nThe browser runner stopped without results (exit ${wtr.signal ?? wtr.status}); running it once more.`,
  );
  wtr = await runBrowserSuites(process.argv.slice(2));
  const stops = [stop];
  if (!existsSync(RESULTS))
    stops.push({ status: wtr.status, signal: wtr.signal, lastLines: lastLines(wtr.tail), ...progressSoFar() });
  mkdirSync('test-results', { recursive: true });
  writeFileSync(RUNNER_STOPS, JSON.stringify(stops, null, 2));
}
let wtrFailed = wtr.status !== 0;

/** How far a run that stopped had got: the test files finished in every engine (countsReporter's progress). */
function progressSoFar() {
  const file = RESULTS.replace(/\.json$/, '-progress.json');
  const finished = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  return { finishedFiles: finished.length, lastFinished: finished.slice(-3) };
}

function lastLines(text) {
  // Terminal control sequences from the runner's progress display are noise in a CI log.
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  return plain
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-12);
}

const first = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
if (wtrFailed && first?.failures?.length && !first.coverageFailed) wtrFailed = !rerunFailedFiles(first);

function rerunFailedFiles(results) {
  const byEngine = new Map();
  for (const f of results.failures)
    (byEngine.get(f.engine) ?? byEngine.set(f.engine, new Set()).get(f.engine)).add(f.file);
  const stillFailing = [];
  for (const [engine, files] of byEngine) {
    const out = `test-results/wtr-rerun-${engine}.json`;
    console.log(`\nRunning again, alone, in ${engine}: ${[...files].join(', ')}`);
    spawnSync(WTR, [...files], {
      stdio: 'inherit',
      env: { ...process.env, BROWSERS: engine, COVERAGE: '0', WTR_RESULTS: out },
    });
    const again = existsSync(out)
      ? JSON.parse(readFileSync(out, 'utf8'))
      : { failures: [{ engine, file: [...files].join(', '), text: 'did not finish' }] };
    const failedAgain = new Set(again.failures.map((f) => f.file));
    if (again.failed === 0 && again.passed === 0) for (const file of files) failedAgain.add(file);
    for (const failure of results.failures.filter((f) => f.engine === engine)) {
      if (failedAgain.has(failure.file)) stillFailing.push(failure);
      else {
        results.flaky = [...(results.flaky ?? []), failure];
        results.failed -= 1;
        results.passed += 1;
        results.byBrowser[failure.browser].failed -= 1;
        results.byBrowser[failure.browser].passed += 1;
      }
    }
  }
  results.failures = stillFailing;
  writeFileSync(RESULTS, JSON.stringify(results, null, 2));
  return stillFailing.length === 0;
}

let e2eStatus = 0;
const e2eFiles = existsSync('test/e2e')
  ? readdirSync('test/e2e')
      .filter((f) => f.endsWith('.e2e.mjs'))
      .map((f) => `test/e2e/${f}`)
  : [];
if (e2eFiles.length && process.argv.length <= 2) {
  mkdirSync('test-results', { recursive: true }); // the browser runner may have ended before writing there
  const e2e = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-counts.mjs',
      '--test-reporter-destination=test-results/e2e.json',
      ...e2eFiles,
    ],
    { stdio: 'inherit' },
  );
  e2eStatus = e2e.status ?? 1;
}

const totals = printTotals();
process.exit(wtrFailed || e2eStatus !== 0 || totals.failed > 0 ? 1 : 0);
