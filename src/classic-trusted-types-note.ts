/**
 * Part of the complete classic file, run after the quick exit is defined and before the content elements'
 * code: Lit's templating (which the quick exit does not use) creates the Trusted Types policy "lit-html"; if
 * the page's policy refuses that name, only the content elements fail, and this says why.
 */
import { warn } from './internal/warn.js';

const explain = (event: ErrorEvent) => {
  if (/lit-html|trusted ?types|policy/i.test(String(event.message))) {
    warn(
      'safety-elements.iife.js',
      'the content elements could not load: the Trusted Types policy "lit-html" is taken (another copy of Lit) or not allowed. ' +
        "Add 'allow-duplicates' and lit-html to the trusted-types directive. The quick exit is not affected.",
    );
  }
};
try {
  addEventListener('error', explain, {});
  setTimeout(() => removeEventListener('error', explain, {}), 0);
} catch {
  // Only the explanation is lost.
}
