// Weight: gzip (level 9) and brotli (quality 11) bytes of each CDN entry, alone and with the chunks it
// imports (each file compressed on its own, as a server sends it); and the bundles the bench builds
// itself with the same tool and settings as our CDN build (rollup.config.ts): node-resolve with the
// browser/production conditions, rollup-plugin-esbuild (target es2021), Lit template minifier, terser
// (ecma 2020, module, compress passes 2, no comments). GOV.UK's ExitThisPage and our quick exit are
// each bundled into ONE file here, so the comparison is like for like.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

export const TMP = resolve('bench/.tmp');

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

export function weigh(buf) {
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
}

/** Static imports of a built module (relative specifiers only), followed recursively. */
function importsOf(file, seen = new Set()) {
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const dep = join(dirname(file), m[1]);
    if (!seen.has(dep)) {
      seen.add(dep);
      importsOf(dep, seen);
    }
  }
  return seen;
}

/** Every CDN entry in dist/cdn: its own weight and with its imported chunks. */
export function weighCdn(dir = 'dist/cdn') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const own = weigh(readFileSync(file));
      const deps = [...importsOf(file)];
      const total = { raw: own.raw, gzip: own.gzip, brotli: own.brotli };
      for (const dep of deps) {
        const w = weigh(readFileSync(dep));
        total.raw += w.raw;
        total.gzip += w.gzip;
        total.brotli += w.brotli;
      }
      return { name, own, total, files: 1 + deps.length };
    });
}

function litTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code) {
      if (!/\b(css|html)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}

/** One self-contained minified ES module, built exactly as rollup.config.ts builds our CDN files. */
export async function bundleOne(input, outFile) {
  const bundle = await rollup({
    input,
    onwarn: () => {},
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', include: /\.[cm]?[jt]sx?$/ }),
      litTemplates(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  await bundle.write({ file: outFile, format: 'es', inlineDynamicImports: true, sourcemap: false });
  await bundle.close();
  return readFileSync(outFile);
}

const GOVUK_ETP = 'govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs';

/**
 * Builds the bench's own bundles into bench/.tmp:
 * - govuk-exit-this-page.js: ExitThisPage alone, started on the page's control the way GOV.UK documents
 *   for one component (`new ExitThisPage($root)`; `createAll` would add bytes, so this favours GOV.UK).
 * - govuk-exit-this-page.module.js: the class exported, for the memory test.
 * - safety-quick-exit.one.js: our quick exit, Lit included, as one file (no shared chunk).
 */
export async function buildBenchBundles() {
  mkdirSync(TMP, { recursive: true });
  const entry = (name, code) => {
    const path = join(TMP, name);
    writeFileSync(path, code);
    return path;
  };
  const govuk = await bundleOne(
    entry(
      'govuk.entry.mjs',
      `import { ExitThisPage } from '${GOVUK_ETP}';\nnew ExitThisPage(document.querySelector('[data-module="govuk-exit-this-page"]'));\n`,
    ),
    join(TMP, 'govuk-exit-this-page.js'),
  );
  await bundleOne(
    entry('govuk-module.entry.mjs', `export { ExitThisPage } from '${GOVUK_ETP}';\n`),
    join(TMP, 'govuk-exit-this-page.module.js'),
  );
  const ours = await bundleOne(
    resolve('src/components/quick-exit/safety-quick-exit.ts'),
    join(TMP, 'safety-quick-exit.one.js'),
  );
  const css = govukExitCss();
  writeFileSync(join(TMP, 'govuk-exit-this-page.css'), css);
  const version = JSON.parse(readFileSync('node_modules/govuk-frontend/package.json', 'utf8')).version;
  return { govuk: weigh(govuk), ours: weigh(ours), govukCss: weigh(Buffer.from(css)), govukVersion: version };
}

/**
 * GOV.UK's Exit this page needs its CSS to hide the page (`.govuk-exit-this-page-hide-content *`) and
 * to look like a button: the rules naming the component, `.govuk-button` and `.govuk-visually-hidden`,
 * taken from the package's compiled stylesheet (top level and inside @media).
 */
export function govukExitCss() {
  const css = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  );
  return pickRules(css, /govuk-exit-this-page|\.govuk-button(?![-\w])|govuk-visually-hidden/);
}

function blockEnd(css, open) {
  let depth = 1;
  let j = open + 1;
  while (depth && j < css.length) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}') depth--;
    j++;
  }
  return j;
}

function pickRules(css, re) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css
      .slice(i, open)
      .replace(/@(charset|import|layer)[^;{]*;/g, '')
      .trim();
    const end = blockEnd(css, open);
    if (/^@(media|supports)/.test(prelude)) {
      const inner = pickRules(css.slice(open + 1, end - 1), re);
      if (inner) out.push(`${prelude}{${inner}}`);
    } else if (!prelude.startsWith('@') && re.test(prelude)) {
      out.push(`${prelude}${css.slice(open, end)}`);
    }
    i = end;
  }
  return out.join('');
}

export const exists = existsSync;
