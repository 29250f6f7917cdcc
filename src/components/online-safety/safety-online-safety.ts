import { define } from '../../internal/define.js';
import { SafetyOnlineSafety } from './online-safety.component.js';
import { COLOR_TOKENS } from './online-safety.styles.js';

export { SafetyOnlineSafety };

define('safety-online-safety', SafetyOnlineSafety, COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-online-safety': SafetyOnlineSafety;
  }
}
