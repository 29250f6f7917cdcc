// Prints "N passed, N failed[, N skipped]" from the JSON the runners' reporters wrote in test-results/.
// CI reads that line; it must come from the runners' own results, never from a fixed count.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function printTotals() {
  const totals = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  const parts = [];
  for (const [label, file] of [
    ['browser', 'test-results/wtr.json'],
    ['end-to-end', 'test-results/e2e.json'],
  ]) {
    if (!existsSync(file)) continue;
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    for (const k of ['passed', 'failed', 'skipped']) totals[k] += counts[k] ?? 0;
    totals.flaky += counts.flaky?.length ?? 0;
    const byBrowser = counts.byBrowser
      ? ` (${Object.entries(counts.byBrowser)
          .map(([b, c]) => `${b} ${c.passed}/${c.passed + c.failed}`)
          .join(', ')})`
      : '';
    parts.push(`${label}: ${counts.passed} passed, ${counts.failed} failed${byBrowser}`);
    // CI keeps only the end of the log: name each failure (and each flaky pass) here, next to the totals.
    const line = (f) => (typeof f === 'string' ? f : `${f.browser} · ${f.file} · ${f.text}`).slice(0, 400);
    for (const failure of counts.failures ?? []) parts.push(`  FAILED ${line(failure)}`);
    for (const flaky of counts.flaky ?? [])
      parts.push(`  FLAKY (failed, then passed when its file ran again alone) ${line(flaky)}`);
    if (counts.coverageFailed) parts.push('  FAILED coverage thresholds (web-test-runner.config.mjs)');
  }
  // The browser runner stopping without results (scripts/test.mjs runs it once more): why, in its own words.
  const stops = existsSync('test-results/runner-stops.json')
    ? JSON.parse(readFileSync('test-results/runner-stops.json', 'utf8'))
    : [];
  stops.forEach((stop, i) => {
    const got = stop.lastFinished?.length
      ? `, after ${stop.finishedFiles} test files finished in every engine (last: ${stop.lastFinished.map((f) => `${f.file} at ${f.seconds} s`).join(', ')})`
      : '';
    parts.push(
      `  RUNNER STOPPED without results (try ${i + 1}, exit ${stop.signal ?? stop.status}${got}); its last lines:`,
    );
    for (const l of stop.lastLines) parts.push(`    ${l.slice(0, 300)}`);
  });
  if (stops.length === 1 && existsSync('test-results/wtr.json'))
    parts.push('  (the second try finished; the stop above is still a defect to find)');
  if (stops.length === 2) totals.failed += 1;
  if (!parts.length) {
    console.log('0 passed, 1 failed');
    console.error('No test results were written: the runners did not finish.');
    return { ...totals, failed: 1 };
  }
  if (totals.flaky) parts.push(`${totals.flaky} flaky (counted as passed, named above: each is a defect to fix)`);
  console.log(`\n${parts.join('\n')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const totals = printTotals();
  process.exit(totals.failed > 0 ? 1 : 0);
}
