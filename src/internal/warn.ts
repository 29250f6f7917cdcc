/**
 * One prefix for every console message, so a site's developer can filter on it.
 * `warnOnce` keeps a message from repeating on every render of every instance.
 *
 * Every message is also kept, once, under the tag it names (`<safety-checklist> …`), so that an element
 * with the `debug` attribute can show its tag's configuration warnings to the editor inside the page
 * (`src/internal/debug.ts`). Nothing is kept for a message that names no element; nothing is stored
 * outside this module's memory.
 */
const PREFIX = '[safety-elements]';
const seen = new Set<string>();
const byTag = new Map<string, string[]>();
const listeners = new Set<() => void>();

function collect(source: string, message: string): void {
  const tag = /safety-[a-z-]+/.exec(source)?.[0];
  if (!tag) return;
  const list = byTag.get(tag) ?? [];
  const text = `${source}: ${message}`;
  if (list.includes(text)) return;
  byTag.set(tag, [...list, text]);
  for (const listener of listeners) listener();
}

/** A failure the element works around (a part of it that did not load): on the console as an error, and kept for the `debug` box as a warning is. */
export function error(source: string, message: string): void {
  try {
    console.error(`${PREFIX} ${source}: ${message}`);
  } catch {
    // A page that broke console.error must not break the element.
  }
  collect(source, message);
}

export function warn(source: string, message: string): void {
  try {
    console.warn(`${PREFIX} ${source}: ${message}`);
  } catch {
    // A page that broke console.warn must not break the element that warns.
  }
  collect(source, message);
}

export function warnOnce(source: string, message: string): void {
  const key = `${source}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  warn(source, message);
}

/** The configuration warnings given so far by elements of this tag (`safety-checklist`), oldest first. */
export function warningsFor(tag: string): readonly string[] {
  return byTag.get(tag) ?? [];
}

/** Calls `listener` after every new warning; returns the function that stops it. */
export function onWarning(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
