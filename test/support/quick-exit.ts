import { navigation } from '../../src/components/quick-exit/leave.js';

/** Replaces the real navigation (proved by test/e2e) with a recorder; `restore()` undoes it and the page hiding. */
export function recordExits() {
  const original = navigation.leave;
  const title = document.title;
  const sheets = [...document.adoptedStyleSheets];
  const left: string[] = [];
  navigation.leave = (url: string) => {
    left.push(url);
  };
  return {
    left,
    restore() {
      navigation.leave = original;
      navigation.pending = undefined;
      document.adoptedStyleSheets = sheets;
      document.title = title;
      document.querySelectorAll('meta[name="referrer"]').forEach((m) => m.remove());
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
