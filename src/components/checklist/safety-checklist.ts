import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyChecklist } from './checklist.component.js';

export { SafetyChecklist };

define('safety-checklist', withDebug(SafetyChecklist));

declare global {
  interface HTMLElementTagNameMap {
    'safety-checklist': SafetyChecklist;
  }
}
