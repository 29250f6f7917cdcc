import { define } from '../../internal/define.js';
import { SafetyQuickExit } from './quick-exit.component.js';

export { SafetyQuickExit };

define('safety-quick-exit', SafetyQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'safety-quick-exit': SafetyQuickExit;
  }
}
