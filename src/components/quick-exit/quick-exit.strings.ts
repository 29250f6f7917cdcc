import type { StringTable, Translations } from '../../internal/strings.js';

/**
 * Every string the quick exit shows or announces; any of them is overridden by the `strings` attribute or
 * property (docs/conventions.md). `label` also has a plain attribute, and a child link's text is the label.
 */
export type QuickExitStringKey =
  | 'label'
  | 'emergencyPrefix'
  | 'hint'
  | 'hintEscape'
  | 'remainingMessage'
  | 'remainingOneMessage'
  | 'expiredMessage'
  | 'overlayText'
  | 'exitTitle'
  | 'noShortcut';

export const en: StringTable<QuickExitStringKey> = {
  label: 'Leave this site',
  // Empty by default: GOV.UK's hidden "Emergency" before the label broke voice control (WCAG 2.5.3).
  // When a site sets it, it is read after the label, so the accessible name still starts with it.
  emergencyPrefix: '',
  hint: 'or press Shift 3 times',
  hintEscape: 'or press Escape twice',
  remainingMessage: '{key}, press {count} more times to leave this site.',
  remainingOneMessage: '{key}, press 1 more time to leave this site.',
  expiredMessage: 'Leave this site shortcut expired.',
  overlayText: 'Loading.',
  exitTitle: 'Loading',
  // Only in the static HTML (npx safety-elements html), in place of the hint: without script there is no shortcut.
  noShortcut: 'This link has no keyboard shortcut.',
};

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const translations: Translations = {
  cy: () => import('./quick-exit.strings.cy.js'),
};
