import { CALENDAR_CY } from '../../internal/calendar.cy.js';
import type { Translation } from '../../internal/strings.js';
import type { QuickExitStringKey } from './quick-exit.strings.js';

/**
 * Cymraeg: the quick exit's strings. Loaded only on a page (or element) with `lang="cy"`, after the
 * control is already armed in English. `reviewed: false` until a Welsh speaker has read every string;
 * `npm run check:data` lists the ones not in `sourced`.
 */
const cy: Translation<QuickExitStringKey> = {
  lang: 'cy',
  reviewed: false,
  calendar: CALENDAR_CY,
  sourced: {
    label: 'Reference §9: "Gadael y dudalen hon" (Exit this page), HMRC play-frontend-hmrc messages.cy',
  },
  strings: {
    label: 'Gadael y dudalen hon',
    // Empty like the English (a hidden prefix broke voice control); a site that wants one sets "Argyfwng"
    // (reference §9, HMRC play-frontend-hmrc messages.cy) through `strings`.
    emergencyPrefix: '',
    hint: 'neu pwyswch Shift 3 gwaith',
    hintEscape: 'neu pwyswch Escape ddwywaith',
    remainingMessage: '{key}, pwyswch {count} gwaith eto i adael y dudalen hon.',
    remainingOneMessage: '{key}, pwyswch 1 waith eto i adael y dudalen hon.',
    expiredMessage: 'Daeth y llwybr byr i adael y dudalen hon i ben.',
    overlayText: 'Yn llwytho.',
    exitTitle: 'Yn llwytho',
    noShortcut: 'Does dim llwybr byr bysellfwrdd i’r ddolen hon.',
  },
  content: {},
};

export default cy;
