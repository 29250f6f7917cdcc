// Two outputs (DESIGN.md "Build outputs"):
//   dist/      npm: one ES module per source file, `lit` left as a bare import, readable.
//   dist/cdn/  script tag: minified, Lit bundled, one entry per element plus the all-in-one, shared
//              chunks; and one classic (non-module) all-in-one for CMSes without `type="module"`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
    transform(code, id) {
      if (!/\b(css|html)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
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
// Content elements' entries share chunks (Lit and the internal helpers load once for several elements).
// The quick exit is one self-contained file: it must be armed as soon as possible, and a second file is
// one more round trip before the shortcut listens (about 0.6 s on a slow 4G connection, npm run bench).
const SELF_CONTAINED = ['quick-exit'];
const cdnEntries = Object.fromEntries(
  components.filter((name) => !SELF_CONTAINED.includes(name)).map((name) => [`safety-${name}`, `src/components/${name}/safety-${name}.ts`]),
);

// Lit's production build: no dev-mode warnings, smaller.
const resolveForBrowser = () => nodeResolve({ browser: true, exportConditions: ['production'] });
const minify = (module: boolean) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

const config: RollupOptions[] = [
  {
    input: sourceFiles('src'),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
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
    plugins: [resolveForBrowser(), esbuild({ target: TARGET, tsconfig: 'tsconfig.json' }), minifyLitTemplates(), minify(true)],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // What every element needs (Lit's ReactiveElement, the define guard, tokens) travels as one file:
      // each extra file costs a request and compresses on its own.
      manualChunks: (id) =>
        /@lit[\\/]reactive-element[\\/](reactive-element|css-tag)\.js$|src[\\/]internal[\\/](define|color-tokens|a11y-styles|version|warn|url|events|strings)\.ts$/.test(id) ? 'core' : undefined,
      sourcemap: true,
    },
  },
  // Self-contained files: the all-in-one module (one Subresource Integrity hash covers it) and the quick exit.
  ...[['safety-elements', 'src/index.ts'], ...SELF_CONTAINED.map((name) => [`safety-${name}`, `src/components/${name}/safety-${name}.ts`])].map(
    ([file, input]): RollupOptions => ({
      input,
      plugins: [resolveForBrowser(), esbuild({ target: TARGET, tsconfig: 'tsconfig.json' }), minifyLitTemplates(), minify(true)],
      // Each translation is a chunk of its own, fetched (same origin) only by a page in that language, so an
      // English page downloads no Welsh. Its integrity hash is in integrity.json with the entry's.
      output: { dir: 'dist/cdn', entryFileNames: `${file}.js`, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
    }),
  ),
  {
    input: 'src/internal/classic-bundle.ts',
    plugins: [resolveForBrowser(), esbuild({ target: TARGET, tsconfig: 'tsconfig.json' }), minifyLitTemplates(), minify(false)],
    output: {
      file: 'dist/cdn/safety-elements.iife.js',
      format: 'iife',
      name: 'SafetyElements',
      // A classic script cannot load module chunks (and must work from file://): the translations travel inside
      // it, which is what npm run size's higher ceiling for this one file allows for.
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
];

export default config;
