import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyOnlineSafety } from './online-safety.component.js';

export { SafetyOnlineSafety };

define('safety-online-safety', withDebug(SafetyOnlineSafety));

declare global {
  interface HTMLElementTagNameMap {
    'safety-online-safety': SafetyOnlineSafety;
  }
}
