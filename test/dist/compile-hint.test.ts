// Issues 13 and 18: V8's explicit compile hint (rollup.config.ts compileHint). Every module file a page runs
// as soon as it loads it (each entry, and the chunks entries import statically) opens with it, so the quick
// exit's first press and a content element's first render do not wait for V8 to compile their functions;
// files loaded only on demand (dynamic imports: Welsh tables, content off by default) and the classic file
// do not. A terser or banner change that dropped it would slow both without failing anything else.
import { expect } from '@open-wc/testing';

const CDN = '/dist/cdn/';
const HINT = '//# allFunctionsCalledOnLoad\n';
const text = async (file: string) => (await fetch(CDN + file, { cache: 'no-store' })).text();
const ENTRIES = [
  'safety-quick-exit.js',
  'safety-elements.js',
  'safety-checklist.js',
  'safety-clares-law.js',
  'safety-four-explainer.js',
  'safety-helpline-directory.js',
  'safety-online-safety.js',
];

/** The files imported statically from `file` and those it imports with `import()`, as dist/cdn paths. */
function importsOf(file: string, code: string) {
  const path = (spec: string) => new URL(spec, `http://x/${file}`).pathname.slice(1);
  const all = [...code.matchAll(/(?:\bfrom|\bimport)\s*(\(?)\s*["'](\.{1,2}\/[^"']+)["']/g)];
  return {
    static: all.filter((m) => !m[1]).map((m) => path(m[2]!)),
    dynamic: all.filter((m) => m[1]).map((m) => path(m[2]!)),
  };
}

describe('V8 compile hint on the CDN files', () => {
  let files: Map<string, string>;
  let loadedAtOnce: Set<string>;
  let onDemandOnly: string[];
  before(async () => {
    files = new Map();
    loadedAtOnce = new Set();
    const onDemand = new Set<string>();
    const visit = async (file: string, atOnce: boolean) => {
      if (!files.has(file)) files.set(file, await text(file));
      if (atOnce) {
        if (loadedAtOnce.has(file)) return;
        loadedAtOnce.add(file);
      } else if (onDemand.has(file)) return;
      else onDemand.add(file);
      const { static: s, dynamic } = importsOf(file, files.get(file)!);
      for (const f of s) await visit(f, atOnce);
      for (const f of dynamic) await visit(f, false);
    };
    for (const e of ENTRIES) await visit(e, true);
    // A chunk imported statically by an on-demand module is itself on demand, unless an entry also loads it.
    onDemandOnly = [...onDemand].filter((f) => !loadedAtOnce.has(f));
  });

  it('every entry, and every chunk an entry imports statically, opens with it', () => {
    expect(loadedAtOnce.size).to.be.greaterThan(ENTRIES.length); // the shared chunks (Lit) are in there
    const without = [...loadedAtOnce].filter((f) => !files.get(f)!.startsWith(HINT));
    expect(without, 'files without the hint').to.deep.equal([]);
  });

  it('files loaded only on demand (Welsh tables, content off by default) do not carry it', () => {
    const dynamicTargets = onDemandOnly.filter((f) => /strings\.cy|four-explainer\.(law|types|check)|validate/.test(f));
    expect(dynamicTargets.length).to.be.greaterThan(5);
    for (const f of dynamicTargets) expect(files.get(f)!.includes('allFunctionsCalledOnLoad'), f).to.equal(false);
  });

  it('the classic file does not carry it (every element in one file, most of it unused on a page)', async () => {
    expect((await text('safety-elements.iife.js')).includes('allFunctionsCalledOnLoad')).to.equal(false);
  });
});
