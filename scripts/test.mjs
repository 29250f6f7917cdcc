// npm test (after `npm run build`): the browser suites (web-test-runner, every installed engine), then
// the end-to-end suites (real navigation, history and Referer, driven from Node), then one totals line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { printTotals } from './test-totals.mjs';

rmSync('test-results', { recursive: true, force: true });

const wtr = spawnSync('node_modules/.bin/web-test-runner', process.argv.slice(2), { stdio: 'inherit' });

let e2eStatus = 0;
const e2eFiles = existsSync('test/e2e') ? readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.mjs')).map((f) => `test/e2e/${f}`) : [];
if (e2eFiles.length && process.argv.length <= 2) {
  const e2e = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/node-test-counts.mjs', '--test-reporter-destination=test-results/e2e.json', ...e2eFiles],
    { stdio: 'inherit' },
  );
  e2eStatus = e2e.status ?? 1;
}

const totals = printTotals();
process.exit(wtr.status !== 0 || e2eStatus !== 0 || totals.failed > 0 ? 1 : 0);
