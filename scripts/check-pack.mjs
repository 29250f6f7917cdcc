// npm run check:pack (CI, after the build): what `npm pack` would publish, and that a consumer can use it.
// 1. The tarball holds dist/, the custom-elements manifest, the data schema, README, LICENSE, CHANGELOG
//    (and package.json, which npm always adds), and nothing else.
// 2. Every `exports` target is in the tarball.
// 3. test/consumer/main.js, installed against the packed tarball in a temporary folder, type-checks and
//    bundles with esbuild, resolving `safety-elements/quick-exit` only through the `exports` map.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const problems = [];
const fail = (msg) => problems.push(msg);

if (!existsSync('dist/index.js')) {
  console.error('check:pack: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// 1. The file list, from npm itself.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = pack.files.map((f) => f.path);
const TOP_LEVEL = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json'];
for (const f of files)
  if (!f.startsWith('dist/') && !TOP_LEVEL.includes(f)) fail(`unexpected file in the package: ${f}`);
for (const f of TOP_LEVEL) if (!files.includes(f)) fail(`missing from the package: ${f}`);
const schemas = files.filter((f) => f.endsWith('.schema.json'));
if (schemas.length === 0) fail('missing from the package: the data schema (dist/**/*.schema.json)');
for (const f of ['dist/cdn/safety-elements.js', 'dist/cdn/safety-elements.iife.js', 'dist/cdn/integrity.json'])
  if (!files.includes(f)) fail(`missing from the package: ${f}`);
for (const f of files)
  if (/(^|\/)(src|test|stories|node_modules|coverage|\.storybook)\//.test(f.replace(/^dist\//, 'x/')))
    fail(`source or test file in the package: ${f}`);

// 2. Every exports target (wildcards checked for at least one match).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = [];
const collect = (v) =>
  typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' && Object.values(v).forEach(collect);
collect(pkg.exports);
for (const t of targets) {
  const path = t.replace(/^\.\//, '');
  if (path.includes('*')) {
    const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`);
    if (!files.some((f) => re.test(f))) fail(`exports target matches nothing in the package: ${t}`);
  } else if (!files.includes(path)) fail(`exports target missing from the package: ${t}`);
}

// 3. The consumer project against the real tarball.
const work = mkdtempSync(join(tmpdir(), 'safety-consumer-'));
try {
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { stdio: 'pipe' });
  const tarball = join(work, `${pack.filename}`);
  const modules = join(work, 'node_modules');
  const installed = join(modules, 'safety-elements');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  // Only the dependencies it declares, from this checkout (no registry access needed), as a strict install
  // (pnpm, npm's linked strategy) gives it: an import of a package it does not declare fails to resolve here.
  // Each linked package resolves its own imports from this checkout (symlinks followed below).
  const declared = JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {};
  for (const dep of Object.keys(declared)) {
    const from = join(root, 'node_modules', dep);
    if (!existsSync(from)) continue;
    mkdirSync(join(modules, dep, '..'), { recursive: true });
    symlinkSync(from, join(modules, dep), 'dir');
  }
  cpSync('test/consumer/main.js', join(work, 'main.js'));
  cpSync('test/consumer/tsconfig.json', join(work, 'tsconfig.json'));

  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(work, 'tsconfig.json')], {
      stdio: 'pipe',
      cwd: work,
    });
  } catch (e) {
    fail(`consumer type-check failed:\n${e.stdout}${e.stderr}`);
  }

  const esbuild = await import('esbuild');
  const out = join(work, 'out.js');
  try {
    const result = await esbuild.build({
      absWorkingDir: work,
      entryPoints: ['main.js'],
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: out,
      metafile: true,
      logLevel: 'silent',
      preserveSymlinks: false,
    });
    const inputs = Object.keys(result.metafile.inputs);
    const code = readFileSync(out, 'utf8');
    if (!inputs.some((i) => i.includes('node_modules/safety-elements/dist/components/quick-exit/')))
      fail(`the consumer bundle did not resolve safety-elements/quick-exit through dist/: ${inputs.join(', ')}`);
    if (inputs.some((i) => /safety-elements\/(src|test)\//.test(i)))
      fail('the consumer bundle reached into src/ or test/');
    if (!code.includes('safety-quick-exit')) fail('the consumer bundle does not register safety-quick-exit');
    const gz = execFileSync('gzip', ['-9c', out]).length;
    console.log(
      `check:pack: consumer bundle ${(code.length / 1024).toFixed(1)} KB (${(gz / 1024).toFixed(1)} KB gzip) from ${inputs.length} modules`,
    );
  } catch (e) {
    fail(`the consumer bundle failed to build: ${e.message}`);
  }
  writeFileSync(join(work, '.done'), '');
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`check:pack: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check:pack: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed; exports and consumer build OK`,
);
