import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyHelplineDirectory } from './helpline-directory.component.js';
import { COLOR_TOKENS } from './helpline-directory.styles.js';

export { SafetyHelplineDirectory };

define('safety-helpline-directory', withDebug(SafetyHelplineDirectory), COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-helpline-directory': SafetyHelplineDirectory;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** `<safety-helpline-directory>` read its `src` (or failed to). */
    'safety-load': CustomEvent<{ ok: boolean; count: number }>;
  }
}
