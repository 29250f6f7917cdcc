import { LitElement, html } from 'lit';
import { baseStyles } from '../../internal/tokens.js';
import { VERSION } from '../../internal/version.js';
import { styles } from './checklist.styles.js';

/**
 * Placeholder: being built (see the issue for <safety-checklist>).
 *
 * @summary Placeholder.
 * @customElement safety-checklist
 */
export class SafetyChecklist extends LitElement {
  static readonly safetyVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
