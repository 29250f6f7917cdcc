import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** A position in the test server's request log (see test/support/server-plugins.mjs). */
export const requestMark = () => executeServerCommand('request-log-mark') as Promise<number>;

/**
 * Asserts that this page requested nothing from the test server since `mark`, then proves the log can
 * see this page's requests at all (a probe fetch must show up), so the first check cannot pass vacuously.
 */
export async function expectNoRequestsSince(mark: number): Promise<void> {
  const seen = (await executeServerCommand('request-log-since', { mark })) as { url: string }[];
  expect(
    seen.map((r) => r.url),
    'requests made by the element',
  ).to.deep.equal([]);
  const probe = `/test/fixtures/neutral.html?probe=${Math.random()}`;
  await fetch(probe, { referrerPolicy: 'unsafe-url' });
  const after = (await executeServerCommand('request-log-since', { mark, match: probe })) as { url: string }[];
  expect(
    after.map((r) => r.url),
    'the request log sees this page',
  ).to.deep.equal([probe]);
}

/**
 * The next `safety-load` from an element whose `src` is `src`. Listen before the element is made: a quick
 * load (a 404 from the test server) can end before `fixture()` has returned, and `oneEvent` on the element
 * would then wait for an event that has already fired.
 */
export function nextLoad(src: string): Promise<CustomEvent<{ ok: boolean; count: number }>> {
  return new Promise((resolve) => {
    const on = (e: Event) => {
      if ((e.target as Element).getAttribute?.('src') !== src) return;
      document.removeEventListener('safety-load', on);
      resolve(e as CustomEvent<{ ok: boolean; count: number }>);
    };
    document.addEventListener('safety-load', on);
  });
}
