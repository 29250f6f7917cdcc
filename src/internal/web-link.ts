import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl, type AllowedProtocol } from './url.js';

/**
 * Every content element's links to other sites carry this: the site opened is not told which page (a
 * support page) the reader came from. `noreferrer` implies `noopener` (HTML, "Link types").
 */
export const EXTERNAL_REL = 'noreferrer';

export interface WebLinkOptions {
  /** Names the element and entry in the warning when the address is refused. */
  source: string;
  part?: string;
  /** Narrower than the default `https:`/`http:`, e.g. only `https:` for a form. */
  allow?: readonly AllowedProtocol[];
}

/**
 * The web link every content element renders, as `phoneLink` is the phone link: the address is checked by
 * `safeUrl` (refused: `text` alone, with one warning naming `source`). The directory checks each service's
 * addresses once, when it first prepares the service, and writes its links with `EXTERNAL_REL` itself: a list
 * of thousands re-renders its cards at every key.
 */
export function webLink(
  url: string | undefined,
  text: unknown,
  { source, part, allow = ['https:', 'http:'] }: WebLinkOptions,
): TemplateResult | unknown {
  const href = safeUrl(url, { source, allow });
  return href ? html`<a part=${ifDefined(part)} href=${href} rel=${EXTERNAL_REL}>${text}</a>` : text;
}

/** "https://www.refuge.org.uk/help" → "refuge.org.uk": the site a link goes to, as a reader would say it. */
export const siteName = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** "https://www.gov.uk/guidance/x/" → "gov.uk/guidance/x": an address short enough to show as a link's text. */
export const shortAddress = (url: string): string => (siteName(url) + new URL(url).pathname).replace(/\/$/, '');
