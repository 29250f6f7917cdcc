import { expect } from '@open-wc/testing';
import { HARNESS_SCRIPT, crossOriginExit, SANDBOX, TAGS, clickQuickExitAndLand, expectAllWorking, isWebKit, loadHost, part, whenUpgraded } from './host.js';

describe('host page 1: plain page, classic script (dist/cdn/safety-elements.iife.js)', () => {
  it('the file is a classic script: no module syntax, and the page does not use type="module"', async () => {
    const source = await (await fetch('/dist/cdn/safety-elements.iife.js')).text();
    expect(source).to.not.match(/^\s*(import|export)\s/m);
    const host = await loadHost('/test/fixtures/host-classic.html');
    try {
      // The test server appends its own module (HARNESS_SCRIPT) to every HTML page it serves; it is not the page's.
      const scripts = [...host.doc.scripts].filter((s) => !s.src.endsWith(HARNESS_SCRIPT));
      expect(scripts.length).to.be.greaterThan(1);
      for (const script of scripts) expect(script.type, script.src).to.equal('');
      expect(scripts.some((s) => s.src.endsWith('/dist/cdn/safety-elements.iife.js'))).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('every element upgrades and works, with no error', async function () {
    this.timeout(30000); // every element, upgraded and used: slow on a loaded machine
    const host = await loadHost('/test/fixtures/host-classic.html');
    try {
      // A classic script in <head> defines the elements before <body> is parsed: upgraded by `load`.
      for (const tag of TAGS) expect(host.win.customElements.get(tag), tag).to.be.a('function');
      await whenUpgraded(host);
      await expectAllWorking(host);
      expect(host.record.errors).to.deep.equal([]);
      expect(host.record.consoleErrors).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('the quick exit hides the page and leaves, framed from another origin (every engine)', async () => {
    const before = location.pathname;
    const { exit, runnerPath } = await crossOriginExit('/test/fixtures/host-classic.html', 'click');
    expect(exit, 'safety-exit seen in the page').to.exist;
    expect(exit!.visibility).to.equal('hidden');
    expect(exit!.title).to.equal('Loading');
    expect(runnerPath, 'only the frame left').to.equal(before);
  });

  it('the quick exit hides the page and the frame leaves for the neutral page', async function () {
    // WebKitGTK: a click in a sandboxed frame ends the runner's own page (see test/quick-exit.test.ts).
    if (isWebKit) this.skip();
    const host = await loadHost('/test/fixtures/host-classic.html', { sandbox: SANDBOX });
    try {
      await whenUpgraded(host, ['safety-quick-exit']);
      const qe = host.doc.querySelector('safety-quick-exit')!;
      const doc = host.doc;
      let hiddenAtExit = '';
      qe.addEventListener('safety-exit', () => queueMicrotask(() => (hiddenAtExit = host.win.getComputedStyle(doc.body).visibility)));
      expect(part(qe, 'button')).to.exist;
      await clickQuickExitAndLand(host);
      expect(hiddenAtExit).to.equal('hidden');
      expect(host.frame.contentDocument!.querySelector('#neutral')).to.exist;
      expect(host.frame.contentWindow!.location.pathname).to.equal('/test/fixtures/host-neutral.html');
    } finally {
      host.remove();
    }
  });

  it('no element renders inside the exit, so nothing holds back the frame that hides the page', async function () {
    if (isWebKit) this.skip(); // as above: a click in a sandboxed frame
    const host = await loadHost('/test/fixtures/host-classic.html', { sandbox: SANDBOX });
    try {
      const els = await whenUpgraded(host);
      // A reader's tick: the checklist and the FOUR explainer clear theirs on exit.
      const checklist = host.doc.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('safety-checklist')!;
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await checklist.updateComplete;
      let pending: string[] | undefined;
      // On window, so after every element's own listener on document.
      host.win.addEventListener('safety-exit', () => {
        pending = els.filter((el) => (el as unknown as { isUpdatePending: boolean }).isUpdatePending).map((el) => el.localName);
      });
      await clickQuickExitAndLand(host);
      expect(pending, 'elements with an update asked for inside the exit').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});

describe('host page 1b: quick exit first (safety-quick-exit.iife.js in <head>, the complete file deferred)', () => {
  it('the quick exit is upgraded while the page is still parsed, before the complete file runs', async () => {
    const host = await loadHost('/test/fixtures/host-classic-quick-exit-first.html');
    try {
      const atParse = (host.win as unknown as { __atParse: { quickExitUpgraded: boolean; contentDefined: string[] } }).__atParse;
      expect(atParse.quickExitUpgraded, 'upgraded when the parser reached it').to.equal(true);
      expect(atParse.contentDefined, 'content elements defined by then').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('then every element upgrades and works, with no error and no warning (the second copy leaves the quick exit as it is)', async function () {
    this.timeout(30000);
    const host = await loadHost('/test/fixtures/host-classic-quick-exit-first.html');
    try {
      await whenUpgraded(host);
      await expectAllWorking(host);
      expect(host.doc.querySelectorAll('safety-quick-exit')).to.have.length(1);
      expect(host.record.errors).to.deep.equal([]);
      expect(host.record.consoleErrors).to.deep.equal([]);
      expect(host.record.warnings).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('the quick exit hides the page and leaves, framed from another origin (every engine)', async () => {
    const { exit } = await crossOriginExit('/test/fixtures/host-classic-quick-exit-first.html', 'click');
    expect(exit, 'safety-exit seen in the page').to.exist;
    expect(exit!.visibility).to.equal('hidden');
  });

  it('with data-quick-exit in <head>, it inserts the quick exit as soon as <body> is made, not after the deferred file', async () => {
    const host = await loadHost('/test/fixtures/host-classic-insert-first.html');
    try {
      const atParse = (host.win as unknown as { __atParse: Record<string, boolean> }).__atParse;
      expect(atParse, 'while the page is parsed').to.deep.equal({ inserted: true, upgraded: true, checklistDefined: false });
      await whenUpgraded(host, ['safety-quick-exit', 'safety-checklist']);
      expect(host.doc.querySelectorAll('safety-quick-exit'), 'inserted once').to.have.length(1);
      expect(host.record.warnings).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('is a classic script, and alone it inserts the quick exit from its data-quick-exit attributes', async () => {
    const source = await (await fetch('/dist/cdn/safety-quick-exit.iife.js')).text();
    expect(source).to.not.match(/^\s*(import|export)\s/m);
    const host = await loadHost('/test/fixtures/host-classic-insert.html');
    try {
      await whenUpgraded(host, ['safety-quick-exit']);
      const inserted = host.doc.querySelectorAll('safety-quick-exit');
      expect(inserted).to.have.length(1);
      expect(inserted[0]!.getAttribute('href')).to.equal('/test/fixtures/host-neutral.html');
      expect(part(inserted[0]!, 'button')!.textContent).to.contain('Hide this page');
      expect(host.win.customElements.get('safety-checklist'), 'no content element in this file').to.equal(undefined);
      const library = host.win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/'));
      expect(library, 'one file, nothing else loaded').to.deep.equal(['/dist/cdn/safety-quick-exit.iife.js']);
      expect(host.record.errors).to.deep.equal([]);
      expect(host.record.warnings).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});
