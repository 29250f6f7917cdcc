import { navigation, resetExit } from '../../src/components/quick-exit/leave.js';

/** Replaces the real navigation (proved by test/e2e) with a recorder; `restore()` undoes it and the page hiding. */
export function recordExits() {
  const original = navigation.leave;
  const originalWalk = navigation.walkBack;
  const title = document.title;
  const icons = [...document.querySelectorAll('link[rel~="icon" i]')];
  const left: string[] = [];
  const walked: number[] = [];
  navigation.leave = (url: string) => {
    left.push(url);
  };
  navigation.walkBack = (n: number) => {
    walked.push(n);
  };
  return {
    left,
    walked,
    restore() {
      navigation.leave = original;
      navigation.walkBack = originalWalk;
      resetExit();
      document.title = title;
      document.querySelectorAll('link[rel~="icon" i]').forEach((l) => l.remove());
      document.head.append(...icons);
      // The quick exit's own <meta> stays (placed at arm time, its content removed by resetExit); every other goes.
      document.querySelectorAll('meta[name="referrer"][content]').forEach((m) => m.remove());
      // A removed meta does not undo the policy it set: set the browsers' default back explicitly.
      const reset = document.createElement('meta');
      reset.name = 'referrer';
      reset.content = 'strict-origin-when-cross-origin';
      document.head.append(reset);
      reset.remove();
      document.querySelectorAll('safety-quick-exit').forEach((el) => el.remove());
    },
  };
}

export const isHidden = () => getComputedStyle(document.body).visibility === 'hidden';
