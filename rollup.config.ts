// Two outputs (DESIGN.md "Build outputs"):
//   dist/      npm: one ES module per source file, `lit` left as a bare import, readable.
//   dist/cdn/  script tag: minified, Lit bundled, one entry per element plus the all-in-one, shared
//              chunks; and one classic (non-module) all-in-one for CMSes without `type="module"`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const TARGET = 'es2021';

/** Terser leaves template literals alone: minify Lit's css`` and html`` for the CDN build (after esbuild has removed comments). */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    transform(code) {
      if (!/\b(css|html)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}

/**
 * Facts' notes for maintainers (`recheck`, `preReleaseCheck`, `sourceNote`: what a person must re-read
 * before a release, read by `npm run check:data` from src/) are never shown to readers: the CDN files
 * leave them out. String-valued properties only; `at(SOURCE, 'PRE-RELEASE CHECK …')` (disclosure-schemes.ts)
 * loses its second argument (written on one line or, as Prettier writes a long one, on its own with a trailing comma). The npm build keeps the modules whole.
 */
export const READER_INVISIBLE = ['recheck', 'preReleaseCheck', 'sourceNote'];
const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\`)(?:\s*\+\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))*`;
function stripReaderInvisible(): Plugin {
  // A string (a template literal too, `${NOTE}; also …`), or a constant holding one (`sourceNote: HOME_PAGE_ONLY`),
  // which is then unused and left out too.
  const property = new RegExp(
    String.raw`\b(?:${READER_INVISIBLE.join('|')})\s*:\s*(?:${STRING}|[A-Z][A-Z0-9_]*\b)\s*,?`,
    'g',
  );
  const atArgument = new RegExp(String.raw`(\bat\(\s*[\w.]+)\s*,\s*${STRING}\s*,?\s*\)`, 'g');
  return {
    name: 'strip-reader-invisible',
    transform(code, id) {
      if (!/[\\/]src[\\/]data[\\/][^\\/]+\.ts$/.test(id)) return null;
      return { code: code.replace(property, '').replace(atArgument, '$1)'), map: null };
    },
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const components = readdirSync('src/components').filter((name) => statSync(join('src/components', name)).isDirectory());

// The CDN module build (DESIGN.md "Build outputs"; issue 18):
// - `safety-elements.js` (src/loader.ts) is the quick exit, Lit and the shared internals in ONE file, plus
//   a loader that imports each content element from its own folder when its tag appears. One file, so the
//   quick exit is armed after one round trip, as with `safety-quick-exit.js` alone.
// - `safety-<name>.js` for each content element imports the loader file (so Lit and the helpers load once,
//   from it, whichever file the page names) and adds only its own code; modules that several content
//   elements share go to `chunks/`. A content element's file works alone with one script tag.
// - `safety-quick-exit.js` is a separate self-contained file (a page that wants nothing else).
// Adding an element: one line in LAZY_ELEMENTS (src/loader.ts) and one budget line in scripts/size.mjs.
const LOADER = 'src/loader.ts';
const SELF_CONTAINED = ['quick-exit'];
const lazyElements = [
  ...readFileSync(LOADER, 'utf8')
    .match(/LAZY_ELEMENTS = \[([^\]]*)\]/)![1]!
    .matchAll(/'([\w-]+)'/g),
].map((m) => m[1]!);
const unlisted = components.filter((name) => !SELF_CONTAINED.includes(name) && !lazyElements.includes(name));
const unknown = lazyElements.filter((name) => !components.includes(name));
if (unlisted.length || unknown.length) {
  throw new Error(
    `src/loader.ts LAZY_ELEMENTS and src/components/ differ: ${[...unlisted.map((n) => `${n} is not listed`), ...unknown.map((n) => `${n} has no folder`)].join('; ')}`,
  );
}

/** `safety-<name>.js` = the loader (shared, already loaded on a page that uses it) + the element's define file. */
const ENTRY = '\0cdn-entry:';
function cdnEntryModules(): Plugin {
  return {
    name: 'cdn-entry-modules',
    resolveId: (id) => (id.startsWith(ENTRY) ? id : null),
    load(id) {
      if (!id.startsWith(ENTRY)) return null;
      const name = id.slice(ENTRY.length);
      return `import ${JSON.stringify(resolve(LOADER))};\nexport * from ${JSON.stringify(resolve(`src/components/${name}/safety-${name}.ts`))};\n`;
    },
  };
}
const cdnEntries = {
  'safety-elements': LOADER,
  ...Object.fromEntries(lazyElements.map((name) => [`safety-${name}`, `${ENTRY}${name}`])),
};

// Lit's production build: no dev-mode warnings, smaller.
const resolveForBrowser = () => nodeResolve({ browser: true, exportConditions: ['production'] });
const minify = (module: boolean) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: /^# allFunctionsCalledOnLoad$/ } });

/**
 * V8's explicit compile hint, on every module file a page runs as soon as it loads it: each entry (the quick
 * exit, the loader, each content element) and the chunks they import statically (Lit, shared code, the key
 * helplines). Every function in them is compiled with the file, off the main thread while it streams, rather
 * than on its first call, where it was measured:
 * - the quick exit's first press compiled its handler chain inside the input event, before the navigation
 *   started (issue 13: about 3 ms of 8 at 4x CPU, Chromium);
 * - a content element's first render compiled its templates and helpers as it went (issue 18: Clare's Law
 *   71-103 ms without, 51-56 with; the directory 135-141 without, 102-122 with; cold loads at 4x CPU).
 * Chunks loaded on demand (Welsh tables, content off by default, site-data validation) go without: a page may
 * never run them. So does the classic file (every element in one file, most of it unused on a page). Other
 * engines read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compileHint = (chunk: { isDynamicEntry: boolean }) => (chunk.isDynamicEntry ? '' : COMPILE_HINT);
/** Every CDN build's plugins, in order: readers' files without maintainers' notes, Lit's production build, minified. */
const cdnPlugins = ({ module }: { module: boolean }) => [
  stripReaderInvisible(),
  resolveForBrowser(),
  esbuild({ target: TARGET, tsconfig: 'tsconfig.json' }),
  minifyLitTemplates(),
  minify(module),
];

// CDN-only entries (src/*.ts but index.ts): they resolve files by the CDN's layout or are parts of the classic
// file only, so npm's dist/ leaves them out.
const CDN_ONLY = [
  'src/loader.ts',
  'src/classic-bundle.ts',
  'src/classic-trusted-types-note.ts',
  'src/script-tag.ts',
].map((p) => join(p));

const config: RollupOptions[] = [
  {
    input: sourceFiles('src').filter((p) => !CDN_ONLY.includes(p)),
    external: (id) =>
      id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/') || id === 'parse5',
    plugins: [esbuild({ target: TARGET, tsconfig: 'tsconfig.json' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      entryFileNames: '[name].js',
    },
  },
  {
    input: cdnEntries,
    // The loader's own file may export more than src/loader.ts does (what content elements import from
    // it): without this, rollup would move its code to a chunk behind a facade, one more round trip.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cdnEntryModules(), ...cdnPlugins({ module: true })],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      banner: compileHint,
      // Shared content and dynamically imported modules (Welsh tables, content off by default) sit in
      // chunks/ under the same folder: the same origin as the loader, and pinned by integrity.json.
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  // The quick exit alone: one self-contained file (Lit inside). Anything it imports dynamically (a
  // translation table) becomes a chunk of its own in chunks/, so English pages do not carry it.
  ...SELF_CONTAINED.map((name): RollupOptions => ({
    input: { [`safety-${name}`]: `src/components/${name}/safety-${name}.ts` },
    plugins: cdnPlugins({ module: true }),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      banner: compileHint,
      chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    },
  })),
  // The quick exit alone as a classic file: armed first on a page that loads the complete classic file
  // with `defer` (README, "Quick exit first"). Its Welsh table travels inside, as in the complete file.
  {
    input: 'src/classic-quick-exit.ts',
    plugins: cdnPlugins({ module: false }),
    output: { file: 'dist/cdn/safety-quick-exit.iife.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
  },
  // The classic file: every element, complete in one file (dynamic imports inlined), for CMSes without
  // `type="module"`, for file://, and the one file a single Subresource Integrity hash covers.
  {
    input: 'src/classic-bundle.ts',
    plugins: cdnPlugins({ module: false }),
    output: {
      file: 'dist/cdn/safety-elements.iife.js',
      format: 'iife',
      name: 'SafetyElements',
      sourcemap: true,
      // A classic script cannot load module chunks (and must work from file://): the validator and the
      // translations travel inside it.
      inlineDynamicImports: true,
    },
  },
];

export default config;
