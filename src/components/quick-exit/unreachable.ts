/**
 * A tap on a quick exit that the host page has made unreachable. A host's modal dialog (a cookie banner
 * opened with `showModal()`) makes the rest of the page inert, the quick exit included, and so does an
 * `inert` attribute a host sets around it (an open menu). The reader still sees the button, but a tap on
 * it lands on the dialog's backdrop, or on whatever lies under the inert part. Such a tap, where a quick
 * exit's button is drawn and not on the dialog's own box, leaves as a tap on the button does. (A popover
 * shown over the dialog would be inert too: only the dialog's own content is not.)
 *
 * One capture listener on `window` serves every quick exit. It reads no layout for an ordinary click:
 * only a click on a modal dialog itself (its backdrop), or with a quick exit under `inert`, is measured.
 */
export interface UnreachableTarget extends HTMLElement {
  /** @internal The button drawn on the page (undefined before it is built). */
  readonly tapControl: Element | undefined;
  /** @internal Leaves, as a click on the button would. */
  tapExit(event: MouseEvent): void;
}

const targets = new Set<UnreachableTarget>();

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
  // A click in a quick exit (its button, its own cover while leaving) is the element's own to handle: at
  // `window` its target is the quick exit itself, so the exit's own click pays one lookup here, no more.
  // A click from the keyboard (Enter on a focused control) has no place on the page: detail is 0.
  if (targets.has(event.target as UnreachableTarget) || !event.isTrusted || event.detail === 0) return;
  const path = event.composedPath();
  // A quick exit inside a site's own component: the target is that component.
  for (const target of targets) if (path.includes(target)) return;
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

export function watchUnreachable(target: UnreachableTarget): void {
  if (targets.size === 0) window.addEventListener('click', onClickCapture, true);
  targets.add(target);
}

export function unwatchUnreachable(target: UnreachableTarget): void {
  targets.delete(target);
  if (targets.size === 0) window.removeEventListener('click', onClickCapture, true);
}
