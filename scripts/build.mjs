// npm run build: declarations, both rollup outputs, the custom-elements manifest, published JSON
// schemas, and Subresource Integrity hashes for every file in dist/cdn/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => join('node_modules', '.bin', name);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/internal/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/internal/version.ts does not hold package.json's version ${pkg.version}.`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', 'rollup.config.ts', '--configPlugin', 'esbuild', '--silent']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.component.ts', '--outdir', '.', '--quiet']);

// JSON files under src/ (data schemas) are published beside the modules.
function copyJson(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyJson(path);
    else if (name.endsWith('.json')) {
      const target = join('dist', path.slice('src/'.length));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
copyJson('src');

// The `safety-elements` command (package.json "bin") and the pre-rendered static HTML.
const cli = 'dist/static/cli.js';
const cliSource = readFileSync(cli, 'utf8');
if (!cliSource.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${cliSource}`);
chmodSync(cli, 0o755);
run(process.execPath, ['scripts/prerender.mjs']);

// Subresource Integrity for every file in dist/cdn/ (entries, chunks, source maps), keyed by its path
// under dist/cdn/: a page pins a single file with `integrity` on its tag, and a file that loads others
// with an import map's `integrity` section (README, "Subresource Integrity").
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const integrity = {};
for (const path of filesUnder('dist/cdn').sort()) {
  const file = path.slice('dist/cdn/'.length).split('\\').join('/');
  if (file === 'integrity.json') continue;
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
writeFileSync('dist/cdn/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log(
  `Built dist/ and dist/cdn/; SRI hashes of ${Object.keys(integrity).length} files in dist/cdn/integrity.json`,
);
