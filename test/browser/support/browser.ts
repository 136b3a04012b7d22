import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#linli/contracts';
import { listenEphemeral } from '#linli/testing';
import type { TestSystem } from '../../e2e/support/system.js';

// Functions passed to page.waitForFunction run in the browser; the repo's TypeScript has no DOM types.
declare const location: { hash: string };

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Serves the system's gateway (console and API) on an ephemeral port; returns its base URL. */
export function serveConsole(system: TestSystem): Promise<string> {
  return listenEphemeral(system.gateway);
}

/** Waits until the console's hash route is `route` and holds every given query parameter. */
export async function waitForHash(page: Page, route: string, params: Record<string, string> = {}): Promise<void> {
  await page.waitForFunction(
    ([r, p]) => {
      const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
      const q = new URLSearchParams(search);
      return path === r && Object.entries(p).every(([k, v]) => q.get(k) === v);
    },
    [route, params] as const,
  );
}

/** Logs in through the console's login page with a demo account, landing on `home`. */
export async function signIn(page: Page, baseUrl: string, login: string, home: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await waitForHash(page, 'login');
  await page.getByLabel(/手机号或用户名/).fill(login);
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^登录/ }).click();
  await waitForHash(page, home);
}
