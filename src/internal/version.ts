/** The library's version; `scripts/build.mjs` fails the build if it differs from package.json. */
export const VERSION = '0.1.0';
