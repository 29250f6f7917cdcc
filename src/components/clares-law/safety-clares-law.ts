import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyClaresLaw } from './clares-law.component.js';

export { SafetyClaresLaw };

define('safety-clares-law', withDebug(SafetyClaresLaw));

declare global {
  interface HTMLElementTagNameMap {
    'safety-clares-law': SafetyClaresLaw;
  }
}
