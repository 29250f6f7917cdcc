import { warn, warnOnce } from './warn.js';

/** Protocols any element may link to. Everything else (`javascript:`, `data:`, `blob:`, `file:`...) is refused. */
const ALLOWED_PROTOCOLS = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;
export type AllowedProtocol = (typeof ALLOWED_PROTOCOLS)[number];

export interface SafeUrlOptions {
  /** Narrower list for this use, e.g. only `https:`/`http:` for a destination page. */
  allow?: readonly AllowedProtocol[];
  /** Names the element and entry in the warning, e.g. `<safety-quick-exit> href`. */
  source: string;
}

/**
 * A value with no scheme whose first segment is a host name (`www.force.police.uk/form`,
 * `force.police.uk`): written as a link it would resolve against the page and 404 on the host. A file
 * name (`clares-law.html`) or a path (`/form`, `form/`) does not match.
 */
const HOST_LIKE =
  /^(?:www\.[a-z\d-]+(?:\.[a-z\d-]+)+|(?:[a-z\d-]+\.)+(?:uk|com|org|net|gov|scot|wales|cymru|police|nhs|info|io|eu|ie))(?::\d+)?(?:[/?#]|$)/i;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** `www.force.police.uk/form` → `https://www.force.police.uk/form`; anything else as it is (safeUrl's reading, without its warning). */
export const withScheme = (raw: string): string =>
  !HAS_SCHEME.test(raw) && HOST_LIKE.test(raw) ? `https://${raw}` : raw;

/**
 * Returns the absolute URL if its protocol is allowed, otherwise warns (naming `source`) and returns
 * `undefined`. Relative URLs resolve against the document, as a link would, except a host name with
 * no scheme (`www.force.police.uk/form`), which is read as `https://…` with one warning
 * (docs/conventions.md). Empty input returns `undefined` without a warning: "not given" is not an error.
 */
export function safeUrl(
  value: string | null | undefined,
  { allow = ALLOWED_PROTOCOLS, source }: SafeUrlOptions,
): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  const text = withScheme(raw);
  if (text !== raw) {
    warnOnce(
      source,
      `"${raw}" has no scheme; it is read as "${text}". Write the full address to silence this warning.`,
    );
  }
  try {
    url = new URL(text, document.baseURI);
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
