import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyFourExplainer } from './four-explainer.component.js';

export { SafetyFourExplainer };

define('safety-four-explainer', withDebug(SafetyFourExplainer));

declare global {
  interface HTMLElementTagNameMap {
    'safety-four-explainer': SafetyFourExplainer;
  }
}
