import { LitElement, html } from 'lit';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { styles } from './helpline-directory.styles.js';

/**
 * Placeholder: being built (see the issue for <safety-helpline-directory>).
 *
 * @summary Placeholder.
 * @customElement safety-helpline-directory
 */
export class SafetyHelplineDirectory extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
