// One small page interface over the two ways the end-to-end suites drive real browsers, so that every case
// runs in all three engines: puppeteer-core for Chromium (CDP) and Firefox (WebDriver BiDi), and
// webdriverio for WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb; puppeteer cannot
// drive it). Each page is a new tab with a history of its own. Input is real input: pointer and key
// actions that the browser dispatches as trusted events.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, findEngines, startWebKitDriver, webKitCapabilities } from '../../scripts/browsers.mjs';

const SHIFT = '\uE008';
/** WebDriver's code points for the named keys the suites press. */
const WEBDRIVER_KEYS = { Enter: '\uE007' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `engine` and returns `{ newPage(), close() }`; see the page methods below. */
export async function openBrowser(engine) {
  const path = findEngines()[engine];
  if (engine === 'webkit') return openWebKit(path);
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS })
      : await puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true });
  return {
    async newPage() {
      return puppeteerPage(browser, await browser.newPage());
    },
    close: () => browser.close(),
  };
}

function puppeteerPage(browser, page) {
  const prompts = [];
  const consoleProblems = [];
  // Errors and warnings on the console, the browser's own included (a script cannot see those).
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') consoleProblems.push(m.text());
  });
  // A prompt is answered (so the run goes on) and recorded (so a test can say whether one held the exit).
  page.on('dialog', (d) => {
    prompts.push(d.type());
    d.accept().catch(() => {});
  });
  return {
    /** The prompts ("beforeunload", "alert", ...) the page showed; undefined where the driver cannot see them. */
    prompts,
    /** Errors and warnings the console showed; undefined where the driver cannot see them. */
    consoleProblems,
    goto: (url) => page.goto(url),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    waitFor: (fn, arg, timeout = 30000) => page.waitForFunction(fn, { timeout }, arg),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    async typeInto(selector, text) {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    pressShift: () => page.keyboard.press('Shift'),
    /** Presses one key (a name such as 'Enter', or ' ') on whatever has the focus. */
    pressKey: (key) => page.keyboard.press(key),
    url: () => page.url(),
    async closeOthers() {
      for (const p of await browser.pages()) if (p !== page && p.url() !== 'about:blank') await p.close();
    },
    close: () => page.close(),
    /** The puppeteer page, for what only it can do (turning JavaScript off). */
    raw: page,
  };
}

async function openWebKit(binary) {
  const driver = await startWebKitDriver();
  const b = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    path: '/',
    logLevel: 'error',
    capabilities: webKitCapabilities(binary),
  });
  const first = await b.getWindowHandle();
  return {
    async newPage() {
      // WebDriver's New Window (webdriverio's newWindow opens one with window.open in the same handle).
      const { handle } = await b.createWindow('window');
      await b.switchToWindow(handle);
      return webDriverPage(b, handle, first);
    },
    async close() {
      await b.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

function webDriverPage(b, handle, first) {
  // A script run while the page is being replaced (the exit under way) fails: that is the navigation.
  const run = async (fn, args) => {
    await b.switchToWindow(handle);
    return b.execute(fn, ...args);
  };
  const actions = async (list) => {
    await b.switchToWindow(handle);
    await b.performActions(list).catch(() => {}); // the exit may replace the page mid-action
    await b.releaseActions().catch(() => {});
  };
  return {
    prompts: undefined,
    consoleProblems: undefined,
    async goto(url) {
      await b.switchToWindow(handle);
      await b.url(url);
    },
    evaluate: (fn, ...args) => run(fn, args),
    async waitFor(fn, arg, timeout = 30000) {
      const end = Date.now() + timeout;
      for (;;) {
        const ok = await run(fn, [arg]).catch(() => false);
        if (ok) return ok;
        if (Date.now() > end) throw new Error(`waitFor timed out after ${timeout} ms: ${fn}`);
        await sleep(100);
      }
    },
    async click(selector) {
      await b.switchToWindow(handle);
      await (await b.$(selector)).click();
    },
    clickAt: (x, y) =>
      actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]),
    async typeInto(selector, text) {
      await this.click(selector);
      await b.keys([...text]);
    },
    pressShift: () =>
      actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: SHIFT },
            { type: 'keyUp', value: SHIFT },
          ],
        },
      ]),
    pressKey: (key) =>
      actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: WEBDRIVER_KEYS[key] ?? key },
            { type: 'keyUp', value: WEBDRIVER_KEYS[key] ?? key },
          ],
        },
      ]),
    async url() {
      await b.switchToWindow(handle);
      return b.getUrl();
    },
    async closeOthers() {
      for (const h of await b.getWindowHandles()) {
        if (h === handle || h === first) continue;
        await b.switchToWindow(h);
        await b.closeWindow().catch(() => {});
      }
      await b.switchToWindow(handle);
    },
    async close() {
      await b.switchToWindow(handle).catch(() => {});
      await b.closeWindow().catch(() => {});
      await b.switchToWindow(first);
    },
    raw: undefined,
  };
}
