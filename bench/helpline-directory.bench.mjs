// Bench: <safety-helpline-directory> with 500 entries in Chromium, now part of `npm run bench`
// (bench/run.mjs, section 4, same data and method: render from append to first update laid out; filter
// from a real keystroke's keydown to the updated list laid out; at CPU 4x and 1x). This file runs that
// part alone and prints it: node bench/helpline-directory.bench.mjs
process.argv.push('--only', 'helpline');
await import('./run.mjs');
