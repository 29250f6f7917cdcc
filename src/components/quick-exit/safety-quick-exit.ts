import { define } from '../../internal/define.js';
import { SafetyQuickExit, type SafetyExitDetail } from './quick-exit.component.js';

export { SafetyQuickExit };
export type { SafetyExitDetail };

define('safety-quick-exit', SafetyQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'safety-quick-exit': SafetyQuickExit;
  }
  interface HTMLElementEventMap {
    /** Fired by `<safety-quick-exit>` once the navigation has started and the page is hidden. */
    'safety-exit': CustomEvent<SafetyExitDetail>;
  }
}
