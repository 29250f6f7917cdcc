import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyOnlineSafety } from './online-safety.component.js';
import { COLOR_TOKENS } from './online-safety.styles.js';

export { SafetyOnlineSafety };

define('safety-online-safety', withDebug(SafetyOnlineSafety), COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-online-safety': SafetyOnlineSafety;
  }
}
