// Host page 5: two different builds of the library on one page (the classic all-in-one, the ES module
// all-in-one, and per-element entries with shared chunks), as when a second widget brings its own copy.
import { expect } from '@open-wc/testing';
import { type Host, HARNESS_SCRIPT, TAGS, expectAllWorking, loadHost, whenUpgraded } from './host.js';

const FILES = ['/dist/cdn/safety-elements.iife.js', '/dist/cdn/safety-quick-exit.js', '/dist/cdn/safety-checklist.js', '/dist/cdn/safety-elements.js'];

async function expectTwoCopiesWork(host: Host) {
  await whenUpgraded(host);
  // Every copy was fetched and run (module scripts have run by `load`).
  const loaded = host.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  for (const f of FILES) expect(loaded, f).to.include(f);
  // One definition per tag, and every instance is of it.
  for (const tag of TAGS) {
    const ctor = host.win.customElements.get(tag)!;
    expect(ctor, tag).to.be.a('function');
    for (const el of host.doc.querySelectorAll(tag)) expect(el instanceof ctor, `${tag} instance of the one definition`).to.equal(true);
  }
  // The later copies' define calls were skipped by the guard, not thrown.
  expect(host.record.errors).to.deep.equal([]);
  expect(host.record.consoleErrors).to.deep.equal([]);
  // Same version twice: no version warning either.
  expect(host.record.warnings).to.deep.equal([]);
  await expectAllWorking(host);
}

describe('host page 5: two copies of the library on one page', () => {
  let host: Host;
  afterEach(() => host?.remove());

  it('no error, one definition per tag, everything works', async () => {
    host = await loadHost('/test/fixtures/host-two-copies.html');
    await expectTwoCopiesWork(host);
  });

  it('under the strict CSP with Trusted Types, with the one line a site adds (`lit-html` \'allow-duplicates\')', async () => {
    const res = await fetch('/test/fixtures/host-two-copies-csp.html', { cache: 'no-store' });
    expect(res.headers.get('content-security-policy')).to.contain("trusted-types lit-html 'allow-duplicates'");
    host = await loadHost('/test/fixtures/host-two-copies-csp.html');
    await expectTwoCopiesWork(host);
    expect(host.record.violations.filter((v) => !v.source.includes(HARNESS_SCRIPT))).to.deep.equal([]);
  });
});
