/**
 * One prefix for every console message, so a site's developer can filter on it.
 * `warnOnce` keeps a message from repeating on every render of every instance.
 */
const PREFIX = '[safety-elements]';
const seen = new Set<string>();

export function warn(source: string, message: string): void {
  console.warn(`${PREFIX} ${source}: ${message}`);
}

export function warnOnce(source: string, message: string): void {
  const key = `${source}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  warn(source, message);
}
