import type { StringTable, Translations } from '../../internal/strings.js';

/** Every string the quick exit shows or announces; each has an attribute of the same meaning. */
export type QuickExitStringKey = 'label' | 'prefix' | 'hintShift' | 'hintEscape' | 'remaining' | 'remainingOne' | 'expired' | 'overlay' | 'title';

export const quickExitStrings: { en: StringTable<QuickExitStringKey> } = {
  en: {
    label: 'Leave this site',
    prefix: 'Emergency',
    hintShift: 'or press Shift 3 times',
    hintEscape: 'or press Escape twice',
    remaining: '{key}, press {count} more times to leave this site.',
    remainingOne: '{key}, press 1 more time to leave this site.',
    expired: 'Leave this site shortcut expired.',
    overlay: 'Loading.',
    title: 'Loading',
  },
};

/** Other languages, each loaded only when an element's `lang` asks for it (README, "Adding a language"). */
export const quickExitTranslations: Translations = {
  cy: () => import('./quick-exit.strings.cy.js'),
};

/**
 * The attribute that overrides each string. A child link's text, when there is one, is the label.
 */
export const STRING_ATTRIBUTES: Record<string, QuickExitStringKey> = {
  label: 'label',
  'emergency-prefix': 'prefix',
  hint: 'hintShift',
  'remaining-message': 'remaining',
  'remaining-one-message': 'remainingOne',
  'expired-message': 'expired',
  'overlay-text': 'overlay',
  'exit-title': 'title',
};
