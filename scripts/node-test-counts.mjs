// A node:test reporter that writes {passed, failed, skipped} as JSON, from the runner's own events.
export default async function* countsReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites report too; count only leaf tests.
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(
        `${event.data.file ?? ''} · ${event.data.name}: ${String(event.data.details?.error?.cause ?? event.data.details?.error?.message ?? '').split('\n')[0]}`,
      );
    }
  }
  yield JSON.stringify(totals);
}
