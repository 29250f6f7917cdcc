import { withDebug } from '../../internal/debug.js';
import { define } from '../../internal/define.js';
import { SafetyClaresLaw } from './clares-law.component.js';
import { COLOR_TOKENS } from './clares-law.styles.js';

export { SafetyClaresLaw };

define('safety-clares-law', withDebug(SafetyClaresLaw), COLOR_TOKENS);

declare global {
  interface HTMLElementTagNameMap {
    'safety-clares-law': SafetyClaresLaw;
  }
}
