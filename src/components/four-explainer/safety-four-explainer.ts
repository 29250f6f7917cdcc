import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyFourExplainer } from './four-explainer.component.js';
import { COLOR_TOKENS } from './four-explainer.styles.js';

export { SafetyFourExplainer };

define('safety-four-explainer', withDebug(SafetyFourExplainer), COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-four-explainer': SafetyFourExplainer;
  }
}
