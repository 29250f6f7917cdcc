import { LitElement, html } from 'lit';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { styles } from './quick-exit.styles.js';

/**
 * Placeholder: being built (see the issue for <safety-quick-exit>).
 *
 * @summary Placeholder.
 * @customElement safety-quick-exit
 */
export class SafetyQuickExit extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
