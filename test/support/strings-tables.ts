// The English strings table of every element, by tag: docs/api.md lists every key a site can override with
// `strings`, with its text and placeholders (scripts/api-table.mjs; test/dist/api-table.test.ts).
import { en as checklist } from '../../src/components/checklist/checklist.strings.js';
import { en as claresLaw } from '../../src/components/clares-law/clares-law.strings.js';
import { en as four } from '../../src/components/four-explainer/four-explainer.strings.js';
import { en as directory } from '../../src/components/helpline-directory/helpline-directory.strings.js';
import { en as onlineSafety } from '../../src/components/online-safety/online-safety.strings.js';
import { en as quickExitEn } from '../../src/components/quick-exit/quick-exit.strings.js';

export const STRINGS_BY_TAG: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'safety-checklist': checklist,
  'safety-clares-law': claresLaw,
  'safety-four-explainer': four,
  'safety-helpline-directory': directory,
  'safety-online-safety': onlineSafety,
  'safety-quick-exit': quickExitEn,
};
