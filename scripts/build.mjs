// npm run build: declarations, both rollup outputs, the custom-elements manifest, published JSON
// schemas, and Subresource Integrity hashes for the single-file CDN bundles (the all-in-one files and the quick exit).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
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

const integrity = {};
// Translation chunks (dist/cdn/chunks/*.cy-*.js) load from the all-in-one module and the quick exit: their hashes too.
const chunks = existsSync('dist/cdn/chunks') ? readdirSync('dist/cdn/chunks').filter((f) => /\.cy-[\w-]+\.js$/.test(f)).map((f) => `chunks/${f}`) : [];
for (const file of ['safety-elements.js', 'safety-elements.iife.js', 'safety-quick-exit.js', ...chunks]) {
  const path = join('dist/cdn', file);
  if (!existsSync(path)) continue;
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
writeFileSync('dist/cdn/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log('Built dist/ and dist/cdn/; SRI hashes in dist/cdn/integrity.json');
