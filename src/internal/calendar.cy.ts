import type { Calendar } from './strings.js';

/**
 * Cymraeg names for dates and lists (src/internal/intl.ts), the same in every engine (Chromium's own ICU
 * build has no Welsh). Shared by every element's Welsh module, so a bundler puts it in one chunk. CLDR's
 * forms: "23 Tachwedd 2026", "dydd Llun", "A, B a C".
 */
export const CALENDAR_CY: Calendar = {
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  weekdays: ['dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn', 'dydd Sul'],
  and: 'a',
};
