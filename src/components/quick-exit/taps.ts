/**
 * Every click on a quick exit's button, and every Enter or Space pressed on it, taken at the first place an
 * event reaches: capture listeners on `window`. A host's listener further down the page (on `document`,
 * `<body>` or a header around the quick exit) that stops clicks, or stops and cancels them (a script that
 * blocks clicks until a cookie choice, "click outside" code), must not stop the exit: the button's own
 * listener would never run, and the tap did nothing, or the link's plain navigation kept the page in Back and
 * visible while the next one loaded. Enter is taken on `keydown` (as Space always was) because a script that
 * cancels Enter everywhere, to stop forms submitting, cancels the click a link makes of it.
 *
 * It also takes a tap on a quick exit that the host page has made unreachable. A host's modal dialog (a
 * cookie banner opened with `showModal()`) makes the rest of the page inert, the quick exit included, and so
 * does an `inert` attribute a host sets around it (an open menu). The reader still sees the button, but a tap
 * on it lands on the dialog's backdrop, or on whatever lies under the inert part. Such a tap, where a quick
 * exit's button is drawn and not on the dialog's own box, leaves as a tap on the button does. (A popover
 * shown over the dialog would be inert too: only the dialog's own content is not.)
 *
 * One listener serves every quick exit, added when the first connects. It reads no layout for an ordinary
 * click: only a click on a modal dialog itself (its backdrop), or with a quick exit under `inert`, is measured.
 * Known limit: a host's own capture listener on `window` added before the quick exit armed, which calls
 * `stopImmediatePropagation()`, still runs first; a click then follows the link as a plain link does.
 */
export interface TapTarget extends HTMLElement {
  /** @internal The button drawn on the page (undefined before it is built). */
  readonly tapControl: Element | undefined;
  /** @internal Leaves from a click, Enter or Space on the button, or from a tap where the button is drawn. */
  tapExit(event: MouseEvent | KeyboardEvent): void;
}

const targets = new Set<TapTarget>();

const within = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Whether `el` is under an `inert` attribute and inside `origin`, both across shadow roots. */
function inertInside(el: Element, origin: Node): boolean {
  let inert = false;
  let inside = false;
  for (let at: Element | null = el; at;) {
    inert ||= !!at.closest('[inert]');
    inside ||= origin.contains(at);
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return inert && inside;
}

function onClickCapture(event: MouseEvent) {
  const path = event.composedPath();
  for (const target of targets) {
    // A click on the button (a tap, Enter, a script's click()), inside a site's own component too.
    if (target.tapControl && path.includes(target.tapControl)) return target.tapExit(event);
    // Anything else in a quick exit (its own cover while leaving) is not a tap on the page.
    if (path.includes(target)) return;
  }
  // A click from the keyboard (Enter on a focused control) has no place on the page: detail is 0.
  if (!event.isTrusted || event.detail === 0) return;
  const origin = path[0] as Node;
  const { clientX: x, clientY: y } = event;
  let onBackdrop = false;
  if (origin instanceof HTMLDialogElement) {
    try {
      onBackdrop = origin.matches(':modal');
    } catch {
      onBackdrop = origin.open; // a browser without :modal (before 2022)
    }
    onBackdrop &&= !within(origin.getBoundingClientRect(), x, y);
  }
  for (const target of targets) {
    const control = target.tapControl;
    // Under `inert`, a tap that nothing else took falls through to a box the quick exit sits in (the page's
    // body at least); one that lands on something drawn over the quick exit (the open menu) is that thing's.
    if (!control || !(onBackdrop || inertInside(target, origin))) continue;
    if (!within(control.getBoundingClientRect(), x, y)) continue;
    if (control.checkVisibility && !control.checkVisibility({ visibilityProperty: true })) continue;
    target.tapExit(event);
    return;
  }
}

function onKeyDownCapture(event: KeyboardEvent) {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const path = event.composedPath();
  for (const target of targets) if (target.tapControl && path.includes(target.tapControl)) return target.tapExit(event);
}

export function watchTaps(target: TapTarget): void {
  if (targets.size === 0) {
    window.addEventListener('click', onClickCapture, true);
    window.addEventListener('keydown', onKeyDownCapture, true);
  }
  targets.add(target);
}

export function unwatchTaps(target: TapTarget): void {
  targets.delete(target);
  if (targets.size > 0) return;
  window.removeEventListener('click', onClickCapture, true);
  window.removeEventListener('keydown', onKeyDownCapture, true);
}
