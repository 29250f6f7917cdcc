import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/quick-exit/safety-quick-exit.js';
import type { SafetyQuickExit } from '../src/components/quick-exit/quick-exit.component.js';
import { expectNoRequestsSince } from './support/requests.js';

// In a file of its own: an exit in another test adds <meta name="referrer" content="no-referrer">, which
// changes this page's referrer policy for good, and the request log attributes requests to a page by
// the session id in their Referer.
const press = (key: string) => sendKeys({ press: key });

describe('<safety-quick-exit>: privacy', () => {
  it('makes no request and writes no storage or cookie while rendered and counting', async () => {
    const mark = (await executeServerCommand('request-log-mark')) as number;
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const storage = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await fixture<SafetyQuickExit>(
      html`<safety-quick-exit position="top"><a href="https://www.bbc.co.uk/weather">Leave</a></safety-quick-exit>`,
    );
    await press('Shift');
    await el.updateComplete;
    await aTimeout(100);
    expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    await expectNoRequestsSince(mark);
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storage);
  });
});
