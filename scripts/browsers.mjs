// Finds the browser engines installed on this machine (from Debian's packages; nothing is ever
// downloaded) and builds web-test-runner launchers for them. Shared by the test config and the
// end-to-end tests so both agree on what "installed" means.
import { existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import net from 'node:net';

const first = (paths) => paths.find((p) => p && existsSync(p));

function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(dir)) continue;
    for (const arch of readdirSync(dir)) {
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = `${dir}/${arch}/${version}/MiniBrowser`;
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

export const INSTALL_HINT =
  'Install a browser: `sudo apt-get install -y chromium` (and firefox-esr, webkit2gtk-driver xvfb for the other engines), ' +
  'or set CHROME_PATH / FIREFOX_PATH to an installed binary.';

/** The three engines, with the path of each one's binary or undefined when it is not installed. */
export function findEngines() {
  return {
    chromium: first([
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]),
    firefox: first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkit:
      first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']) &&
      miniBrowserPath() &&
      first(['/usr/bin/Xvfb'])
        ? miniBrowserPath()
        : undefined,
  };
}

/** Engines this run asks for: `BROWSERS=chromium,firefox` narrows it (for quick local runs). */
export function requestedEngines() {
  const all = ['chromium', 'firefox', 'webkit'];
  const asked = process.env.BROWSERS?.split(/[\s,]+/).filter(Boolean);
  return asked?.length ? all.filter((e) => asked.includes(e)) : all;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listened on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * WebDriver capabilities for WebKitGTK's MiniBrowser (toolchain notes: `browserName: 'MiniBrowser'` and
 * classic WebDriver; 'WebKitGTK' or webdriverio's default BiDi session fail to match).
 */
export function webKitCapabilities(binary) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
}

/**
 * MiniBrowser (WebKitGTK) has no headless mode: start a private Xvfb display and WebKitWebDriver,
 * and stop both when this process exits.
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stop(), process.exit(130)));

  let display = process.env.DISPLAY;
  if (!display || process.env.CI) {
    const number = 90 + Math.floor(Math.random() * 400);
    display = `:${number}`;
    const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(xvfb);
    await new Promise((r) => setTimeout(r, 400));
  }
  const port = await freePort();
  const driverPath = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  children.push(driver);
  await waitForPort(port);
  return { port, display, stop };
}
