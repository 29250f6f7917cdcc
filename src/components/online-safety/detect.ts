import type { BrowserId } from '../../data/online-safety.js';

/** What `navigator.userAgentData` (User-Agent Client Hints) gives a page without asking: no request. */
export interface ClientHints {
  brands?: readonly { brand: string; version?: string }[];
  mobile?: boolean;
  platform?: string;
}

export type InAppBrowser = 'facebook' | 'instagram';

export interface Detection {
  /** The browser this looks like, or undefined when unsure (the element then gives the general advice). */
  browser?: BrowserId;
  /** The page was opened inside an app's own browser (no private mode of its own). */
  inApp?: InAppBrowser;
}

/**
 * Guesses the reader's browser from the user-agent string and client hints, on the device only. Never
 * certain (a browser can send any string), so the element says "It looks like…" and offers a choice.
 * In-app browsers first (they carry Chrome's or Safari's tokens too), then browsers that build on
 * Chromium before Chrome itself. Anything unrecognised (Opera, Brave without hints, Firefox on a phone,
 * bots) is `{}`: the general advice is right for every browser, a wrong browser's steps are not.
 */
export function detectBrowser(ua: string, hints?: ClientHints | null): Detection {
  const s = ua ?? '';
  if (/\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b/.test(s)) return { inApp: 'facebook' };
  if (/\bInstagram\b/.test(s)) return { inApp: 'instagram' };

  // Client hints name the brand plainly where the browser sends them (Chromium-based browsers).
  const brands = (hints?.brands ?? []).map((b) => b.brand);
  if (brands.includes('Microsoft Edge')) return hints?.mobile ? {} : { browser: 'edge' };
  if (brands.includes('Samsung Internet')) return { browser: 'samsung' };
  if (brands.some((b) => /Opera|Brave|Yandex|Vivaldi/.test(b))) return {};
  if (brands.includes('Google Chrome')) return { browser: hints?.mobile ? 'chrome-android' : 'chrome' };

  if (/\bSamsungBrowser\//.test(s)) return { browser: 'samsung' };
  if (/\bEdg\//.test(s)) return { browser: 'edge' };
  if (/\b(EdgA|EdgiOS|OPR|OPiOS|Opera|YaBrowser|Vivaldi|UCBrowser|Silk|DuckDuckGo|FxiOS)\//.test(s)) return {};
  if (/\bCriOS\//.test(s)) return { browser: 'chrome-android' };
  const mobile = /\b(Android|iPhone|iPad|iPod|Mobile)\b/.test(s);
  if (/\bFirefox\//.test(s)) return mobile ? {} : { browser: 'firefox' };
  if (/\b(Chrome|HeadlessChrome|Chromium)\//.test(s)) {
    if (/\bAndroid\b/.test(s)) return /; wv\)/.test(s) ? {} : { browser: 'chrome-android' };
    return { browser: 'chrome' };
  }
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(s)) {
    if (/\b(iPhone|iPad|iPod)\b/.test(s)) return { browser: 'safari-iphone' };
    if (/\bMacintosh\b/.test(s)) return { browser: 'safari-mac' };
  }
  return {};
}

/** Reads this device's own user agent and client hints (both already in the page: no request). */
export function detectThisBrowser(): Detection {
  if (typeof navigator === 'undefined') return {};
  const hints = (navigator as Navigator & { userAgentData?: ClientHints }).userAgentData;
  return detectBrowser(navigator.userAgent, hints);
}
