import type { StalkerType } from './four.js';

/**
 * The common types of stalker, for the FOUR explainer's `types` section: a module of its own because that
 * section is off by default and loaded only when turned on (issue 18). Every entry carries its source and
 * the day it was checked, as in `four.ts`.
 */
const VERIFIED = '2026-11-23';
const MULLEN = 'https://doi.org/10.1176/ajp.156.8.1244';

/** Mullen and others (American Journal of Psychiatry, 1999): reference section 4. */
export const STALKER_TYPES: readonly StalkerType[] = [
  { id: 'rejected', name: 'Rejected', text: 'Starts after a relationship ends.', source: MULLEN, verifiedOn: VERIFIED },
  {
    id: 'intimacy-seeker',
    name: 'Intimacy seeker',
    text: 'Believes a relationship exists, or will.',
    source: MULLEN,
    verifiedOn: VERIFIED,
  },
  {
    id: 'incompetent-suitor',
    name: 'Incompetent suitor',
    text: 'Wants a relationship but lacks social skills. This stalking is often shorter.',
    source: MULLEN,
    verifiedOn: VERIFIED,
  },
  {
    id: 'resentful',
    name: 'Resentful',
    text: 'Feels wronged and acts on the grudge, to frighten.',
    source: MULLEN,
    verifiedOn: VERIFIED,
  },
  {
    id: 'predatory',
    name: 'Predatory',
    text: 'Watches in secret while preparing a sexual attack.',
    source: MULLEN,
    verifiedOn: VERIFIED,
  },
];
