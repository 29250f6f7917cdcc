/**
 * ALL of `<safety-checklist>`'s storage access, in one place. Nothing here runs unless the site set
 * `persist` and the reader confirmed. Stored values are a JSON array of item ids, under a namespaced key,
 * and nothing else. Storage can throw (private modes, blocked cookies, a full quota): every access is
 * wrapped, and a failure reads as "nothing stored".
 */
import { STORAGE_NAMESPACE } from '../../internal/storage.js';

export type PersistMode = 'session' | 'device';

const PREFIX = `${STORAGE_NAMESPACE}checklist:`;

export const storageKey = (planId: string) => PREFIX + planId;

function area(mode: PersistMode): Storage {
  return mode === 'device' ? localStorage : sessionStorage;
}

/** The saved item ids, or `undefined` when nothing (or nothing readable) is stored. */
export function loadTicks(mode: PersistMode, planId: string): string[] | undefined {
  try {
    const raw = area(mode).getItem(storageKey(planId));
    if (raw === null) return undefined;
    let ids: unknown = JSON.parse(raw);
    // Written by an older copy under a legacy `Array.prototype.toJSON` (Prototype.js): a JSON string of the array.
    if (typeof ids === 'string') ids = JSON.parse(ids);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JSON array of strings, written by hand: `JSON.stringify` calls a page's `Array.prototype.toJSON` or
 * `String.prototype.toJSON` (Prototype.js defines both), which would store something else.
 */
function encodeIds(ids: readonly string[]): string {
  const quote = (id: string) =>
    `"${String(id).replace(/[\p{Cc}"\\\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  return `[${ids.map(quote).join(',')}]`;
}

/** Saves the ticked ids; returns false when the browser refused. */
export function saveTicks(mode: PersistMode, planId: string, ids: readonly string[]): boolean {
  try {
    area(mode).setItem(storageKey(planId), encodeIds(ids));
    return true;
  } catch {
    return false;
  }
}

/** Removes the plan from session and device storage, or from `modes` only (never writes anything). */
export function clearTicks(planId: string, modes: readonly PersistMode[] = ['session', 'device']): void {
  for (const mode of modes) {
    try {
      area(mode).removeItem(storageKey(planId));
    } catch {
      // Unavailable storage holds nothing of ours.
    }
  }
}
