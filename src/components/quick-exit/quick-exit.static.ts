import { a11yStyles } from '../../internal/a11y-styles.js';
import { attributesHtml, escapeHtml as escape } from '../../internal/html-text.js';
import { mergeStrings, type Translation } from '../../internal/strings.js';
import { safeUrl } from '../../internal/url.js';
import { DEFAULT_DESTINATION } from './quick-exit.component.js';
import { en } from './quick-exit.strings.js';
import { styles } from './quick-exit.styles.js';

/**
 * The quick exit's static form (it builds its shadow DOM imperatively, so Lit's server renderer cannot
 * render it): the same styles and parts as the element, with a plain link to the destination
 * (`rel="noreferrer"`) and, instead of the shortcut hint, a line saying there is no shortcut. Returns the
 * element's markup with a declarative shadow root, and its child link, which is the destination when the
 * script does load.
 */
export function quickExitStatic(
  attributes: Record<string, string>,
  translation?: Translation,
  { withScript = false } = {},
): string {
  // The element's own order: the language's table (`translation`, loaded by the caller), then the
  // `strings` attribute, then `label`.
  let given: Record<string, unknown> | undefined;
  try {
    given = JSON.parse(attributes.strings ?? 'null') ?? undefined;
  } catch {
    // Broken JSON: the defaults stay, as on the element (which also warns).
  }
  const hintGiven = typeof given?.hint === 'string';
  const s = mergeStrings(en, translation, given);
  if (attributes.label !== undefined) s.label = attributes.label;
  // A blank button is never what a site wants: the element also falls back (with a warning), to the
  // language's own label, not the strings attribute's.
  if (!s.label.trim()) s.label = mergeStrings(en, translation).label;
  const suffix = s.emergencyPrefix!.trim();
  const href =
    safeUrl(attributes.href, { source: '<safety-quick-exit> href', allow: ['https:', 'http:'] }) ?? DEFAULT_DESTINATION;
  const css = [a11yStyles, styles].map((sheet) => sheet.cssText).join('\n');
  // With the script on the page the element upgrades in place: its hint is the live one from the start, so
  // nothing moves when the shortcut arrives. Without script there is no shortcut, and the hint says so.
  const shortcut = attributes.shortcut?.trim().toLowerCase();
  const hint = !withScript ? s.noShortcut! : shortcut === 'escape' && !hintGiven ? s.hintEscape! : s.hint!;
  const hintHidden = withScript && shortcut === 'none' ? ' hidden' : '';
  return (
    `<safety-quick-exit${attributesHtml(attributes)}><template shadowrootmode="open"><style>${css}</style>` +
    `<div part="base" class="base"><a part="button" class="button" href="${escape(href)}" rel="nofollow noreferrer" draggable="false">` +
    // Read after the label, as on the element: "Leave this site, Emergency".
    `${escape(s.label!)}${suffix ? `<span class="visually-hidden">, ${escape(suffix)}</span>` : ''}</a>` +
    `<span part="hint" class="hint" id="hint"${hintHidden}>${escape(hint)}</span></div>` +
    `<slot hidden></slot></template><a href="${escape(href)}" rel="nofollow noreferrer">${escape(s.label!)}</a></safety-quick-exit>`
  );
}
