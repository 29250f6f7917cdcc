/**
 * Why a sticky quick exit may not stick. `position: sticky` sticks within the nearest scroll container, and
 * any box whose `overflow` is other than `visible` or `clip` is one, whether or not it scrolls. Host themes
 * often have such a box that never scrolls: a page wrapper with `overflow: hidden` (to contain floats), or
 * `overflow-x: hidden` on both `<html>` and `<body>` (to stop sideways scrolling on phones). The page then
 * scrolls and the quick exit scrolls away with it, in every engine. The component then pins its bar
 * itself (quick-exit.component.ts).
 */

const CLIPS_NOTHING = /^(visible|clip)$/;

const clips = (style: CSSStyleDeclaration) =>
  !CLIPS_NOTHING.test(style.overflowX) || !CLIPS_NOTHING.test(style.overflowY);

/** The parent in the flattened tree: the slot an element is shown in, or a shadow root's host. */
function flatParent(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
}

/**
 * The box that stops `el` sticking as the page scrolls: its nearest scroll container, when that is not the
 * page itself and does not scroll either. `undefined` when `el` can stick (nothing clips, or the box that
 * does is one the reader scrolls, as in an app shell whose main pane scrolls).
 */
export function clippingAncestor(el: Element): Element | undefined {
  const html = document.documentElement;
  for (let box = flatParent(el); box && box !== html; box = flatParent(box)) {
    const style = getComputedStyle(box);
    if (!clips(style)) continue;
    // The body's overflow applies to the page's own scrolling unless <html> has an overflow of its own.
    if (box === document.body && !clips(getComputedStyle(html))) continue;
    const scrolls = /auto|scroll/.test(style.overflowY) && box.scrollHeight > box.clientHeight;
    return scrolls ? undefined : box;
  }
  return undefined;
}
