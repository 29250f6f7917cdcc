import { define } from '../../internal/define.js';
import { SafetyOnlineSafety } from './online-safety.component.js';

export { SafetyOnlineSafety };

define('safety-online-safety', SafetyOnlineSafety);

declare global {
  interface HTMLElementTagNameMap {
    'safety-online-safety': SafetyOnlineSafety;
  }
}
