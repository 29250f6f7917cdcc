// Issue 13: the quick exit's first press must not wait for V8 to compile its handler chain. The two files
// that carry the quick exit open with V8's explicit compile hint (rollup.config.ts compileHint); a terser
// or banner change that drops it would slow the first exit without failing anything else. Content
// elements' files and the classic file go without (most of their code may never run).
import { expect } from '@open-wc/testing';

const HINT = '//# allFunctionsCalledOnLoad\n';
const text = async (file: string) => (await fetch(`/dist/cdn/${file}`, { cache: 'no-store' })).text();

describe('V8 compile hint on the quick exit files', () => {
  for (const file of ['safety-quick-exit.js', 'safety-elements.js']) {
    it(`${file} opens with it`, async () => {
      expect((await text(file)).startsWith(HINT)).to.equal(true);
    });
  }

  it('content element files and the classic file do not carry it', async () => {
    for (const file of ['safety-helpline-directory.js', 'safety-checklist.js', 'safety-elements.iife.js']) {
      expect((await text(file)).includes('allFunctionsCalledOnLoad'), file).to.equal(false);
    }
  });
});
