// The quick exit's defaults and values, in a module of their own: online safety reads a quick exit on its
// page as the quick exit reads itself, without importing the element (an npm bundle with online safety
// alone would otherwise carry the quick exit).

/** The neutral page used when no safe destination is given (GOV.UK's choice too). */
export const DEFAULT_DESTINATION = 'https://www.bbc.co.uk/weather';
export const SHORTCUTS = ['shift', 'escape', 'none'] as const;
/** `shortcut`: Shift 3 times, Escape twice, or no shortcut. */
export type QuickExitShortcut = (typeof SHORTCUTS)[number];
