// Imports TypeScript source modules into a Node script: `entry` is module text (re-exports from ./src/...),
// bundled by esbuild in memory and imported from a data: URL. Used by check:data and its strings check.
import { build } from 'esbuild';

export async function importTs(entry) {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
