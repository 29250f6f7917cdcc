// @ts-check
// A consumer project outside src/: imports the quick exit through the package's `exports` map, exactly
// as an app would after `npm install safety-elements`. scripts/check-pack.mjs installs the packed
// tarball next to a copy of this file, type-checks it (checkJs) and bundles it with esbuild.
// (Plain JS with JSDoc types, so the library's own `tsc -p tsconfig.json` does not pick it up.)
import 'safety-elements/quick-exit';
// The README's path to a component class, with its `.js` (the exports map's `./components/*.js`).
import { SafetyQuickExit } from 'safety-elements/components/quick-exit/quick-exit.component.js';

/** @type {import('safety-elements/quick-exit').SafetyQuickExit} */
const exit = document.createElement('safety-quick-exit');
exit.href = 'https://www.bbc.co.uk/weather';
exit.position = 'top';
document.body.prepend(exit);
document.addEventListener('safety-exit', () => {
  // Clear the app's own state here.
});
if (!(exit instanceof SafetyQuickExit)) throw new Error('not the registered class');
export { exit };
