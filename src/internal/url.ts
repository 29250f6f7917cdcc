import { warn } from './warn.js';

/** Protocols any element may link to. Everything else (`javascript:`, `data:`, `blob:`, `file:`...) is refused. */
export const ALLOWED_PROTOCOLS = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;
export type AllowedProtocol = (typeof ALLOWED_PROTOCOLS)[number];

export interface SafeUrlOptions {
  /** Narrower list for this use, e.g. only `https:`/`http:` for a destination page. */
  allow?: readonly AllowedProtocol[];
  /** Names the element and entry in the warning, e.g. `<safety-quick-exit> href`. */
  source: string;
}

/**
 * Returns the absolute URL if its protocol is allowed, otherwise warns (naming `source`) and returns
 * `undefined`. Relative URLs resolve against the document, as a link would. Empty input returns
 * `undefined` without a warning: "not given" is not an error.
 */
export function safeUrl(value: string | null | undefined, { allow = ALLOWED_PROTOCOLS, source }: SafeUrlOptions): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    warn(source, `refused URL "${raw}": it is not a valid URL.`);
    return undefined;
  }
  if (!(allow as readonly string[]).includes(url.protocol)) {
    warn(source, `refused URL "${raw}": only ${allow.join(' ')} links are allowed.`);
    return undefined;
  }
  return url.href;
}
