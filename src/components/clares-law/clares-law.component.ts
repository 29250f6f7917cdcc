import { LitElement, html } from 'lit';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { styles } from './clares-law.styles.js';

/**
 * Placeholder: being built (see the issue for <safety-clares-law>).
 *
 * @summary Placeholder.
 * @customElement safety-clares-law
 */
export class SafetyClaresLaw extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
