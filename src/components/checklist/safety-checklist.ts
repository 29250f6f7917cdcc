import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyChecklist } from './checklist.component.js';
import { COLOR_TOKENS } from './checklist.styles.js';

export { SafetyChecklist };

define('safety-checklist', withDebug(SafetyChecklist), COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-checklist': SafetyChecklist;
  }
}
