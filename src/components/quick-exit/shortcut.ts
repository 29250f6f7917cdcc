/**
 * One set of window listeners serves every quick exit on the page (a header and a footer copy share
 * them); the listeners go when the last instance disconnects.
 *
 * Shift x3 (GOV.UK's shortcut, with the gaps its users reported fixed): counted on `keyup` in the
 * capture phase on `window`, so a page handler that stops propagation cannot hide it and a held key's
 * auto-repeat counts once; left and right Shift both count; any other key ends the count ("expired"), and a
 * Shift that was used as a modifier (typing a capital) does not count. Presses must come within 5 s.
 *
 * Escape x2 within 1 s on `keydown`, in the bubble phase so that a handler that already used the key
 * (`defaultPrevented`) wins; it stands down in text fields, selects, contenteditable and dialogs.
 */
export type ShortcutMode = 'shift' | 'escape';

export interface ShortcutTarget {
  readonly shortcutMode: ShortcutMode | 'none';
  /** `speak`: this copy may announce the message (one copy on the page speaks); returns whether it did. */
  shortcutProgress(count: number, needed: number, expired: boolean, speak: boolean): boolean;
  shortcutExit(event: KeyboardEvent): void;
}

const RULES = {
  shift: { key: 'Shift', needed: 3, windowMs: 5000 },
  escape: { key: 'Escape', needed: 2, windowMs: 1000 },
} as const;

/** The time source and timer of the shortcut; tests inject a manual clock so timing needs no real sleeps. */
export interface ShortcutClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const realClock: ShortcutClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
let clock: ShortcutClock = realClock;

/** @internal Replaces the clock (tests); no argument restores the real one. */
export function setShortcutClock(next: ShortcutClock = realClock): void {
  clock.clearTimeout(expiry);
  clock = next;
}

const targets = new Set<ShortcutTarget>();
let count = 0;
let last = 0;
let shiftAsModifier = false;
let expiry: unknown;
let counting: ShortcutMode | undefined;

// Where Escape already means something to the reader: editing, choosing, or closing a dialog.
const STAND_DOWN =
  'input,textarea,select,dialog,[role=dialog],[role=alertdialog],[role=combobox],[role=listbox],[role=menu],[role=textbox]';

function progress(expired: boolean) {
  let spoken = false;
  for (const t of targets)
    if (t.shortcutMode === counting)
      spoken = t.shortcutProgress(count, counting ? RULES[counting].needed : 0, expired, !spoken) || spoken;
}

/** Says "expired" and, as GOV.UK's does, takes it away after as long again, so it is not read out later. */
function sayExpired() {
  progress(true);
  if (counting) expiry = clock.setTimeout(() => progress(false), RULES[counting].windowMs);
}

/**
 * Ends a count under way (with none, the timer is the one that takes "expired" away again). From a key,
 * "expired" is said a task later: that key may be the Enter on the button that leaves, and nothing may
 * come before leaving (no layout read, no message a reader would take for a failed exit).
 */
function reset(expired = false) {
  if (count === 0) return;
  clock.clearTimeout(expiry);
  count = 0;
  if (expired) expiry = clock.setTimeout(sayExpired, 0);
  else progress(false);
}

function press(mode: ShortcutMode, event: KeyboardEvent) {
  const rule = RULES[mode];
  const target = [...targets].find((t) => t.shortcutMode === mode);
  if (!target) return;
  const now = clock.now();
  count = counting === mode && count > 0 && now - last <= rule.windowMs ? count + 1 : 1;
  counting = mode;
  last = now;
  clock.clearTimeout(expiry);
  if (count >= rule.needed) {
    // Straight to the exit: no progress update (no element work before leaving, and the last message
    // announced stays in place rather than being replaced while the page goes).
    count = 0;
    target.shortcutExit(event);
    return;
  }
  progress(false);
  expiry = clock.setTimeout(() => {
    count = 0;
    sayExpired();
  }, rule.windowMs);
}

function onKeyDownCapture(event: KeyboardEvent) {
  if (event.key === 'Shift') return;
  if (event.shiftKey) shiftAsModifier = true;
  // Another key ends a count under way, and says so (GOV.UK's Exit this page does the same).
  if (counting === 'shift' || event.key !== 'Escape') reset(true);
}

function onKeyUpCapture(event: KeyboardEvent) {
  if (event.key !== 'Shift') return;
  if (shiftAsModifier) {
    shiftAsModifier = event.shiftKey; // the other Shift may still be held
    return;
  }
  press('shift', event);
}

function onKeyDownBubble(event: KeyboardEvent) {
  if (event.key !== 'Escape' || event.repeat) return;
  const origin = event.composedPath()[0];
  const standDown =
    event.defaultPrevented ||
    (origin instanceof HTMLElement && (origin.isContentEditable || origin.closest(STAND_DOWN))) ||
    document.querySelector('dialog[open],[aria-modal="true"]');
  if (standDown) return reset();
  press('escape', event);
}

const listeners: [string, EventListener, boolean][] = [
  ['keydown', onKeyDownCapture as EventListener, true],
  ['keyup', onKeyUpCapture as EventListener, true],
  ['keydown', onKeyDownBubble as EventListener, false],
];

export function watchShortcut(target: ShortcutTarget): void {
  if (targets.size === 0) for (const [type, fn, capture] of listeners) window.addEventListener(type, fn, capture);
  targets.add(target);
}

export function unwatchShortcut(target: ShortcutTarget): void {
  targets.delete(target);
  if (targets.size === 0) {
    for (const [type, fn, capture] of listeners) window.removeEventListener(type, fn, capture);
    reset();
  }
}
