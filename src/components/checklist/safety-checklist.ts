import { define } from '../../internal/define.js';
import { SafetyChecklist } from './checklist.component.js';

export { SafetyChecklist };

define('safety-checklist', SafetyChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'safety-checklist': SafetyChecklist;
  }
}
