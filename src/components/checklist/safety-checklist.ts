import { define } from '../../internal/define.js';
import { SafetyChecklist } from './checklist.component.js';
import { COLOR_TOKENS } from './checklist.styles.js';

export { SafetyChecklist };

define('safety-checklist', SafetyChecklist, COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-checklist': SafetyChecklist;
  }
}
