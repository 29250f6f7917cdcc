/**
 * The first part of the classic all-in-one file: the quick exit is defined, and inserted from the
 * `<script data-quick-exit>` attributes, before any other element's code runs. Lit's templating (which
 * the quick exit does not use) creates the Trusted Types policy "lit-html" later; if the page's policy
 * refuses that name, only the content elements fail, and a warning says why.
 */
import './components/quick-exit/safety-quick-exit.js';
import { insertQuickExitFromScript } from './script-tag.js';
import { warn } from './internal/warn.js';

const script = document.currentScript;
insertQuickExitFromScript(script);

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
