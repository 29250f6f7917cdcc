import { LitElement, html } from 'lit';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { styles } from './four-explainer.styles.js';

/**
 * Placeholder: being built (see the issue for <safety-four-explainer>).
 *
 * @summary Placeholder.
 * @customElement safety-four-explainer
 */
export class SafetyFourExplainer extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
