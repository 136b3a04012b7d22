import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { DEMO_STATION } from '#linli/contracts';
import { TestSystem } from '../e2e/support/system.js';
import { launchChromium, serveConsole, signIn, waitForHash } from './support/browser.js';

// Functions passed to page.evaluate run in the browser; the repo's TypeScript has no DOM types.
declare const document: {
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): { length: number };
};

/** A bar in ECharts' SVG output: a closed rectangle path in its series' colour (legend icons are rounded). */
const barsOf = (color: string) => `#rollup-chart svg path[fill="${color}"][d$="Z"]`;

const SCREENSHOT_DIR = process.env.LINLI_SCREENSHOT_DIR ?? '/tmp';

/** The bureau officer's console: the roll-up of the stations they supervise, one station's report and its PDF. */
describe('bureau officer console in a browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'browser_bureau' });
    baseUrl = await serveConsole(system);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('shows the supervised stations for a month, opens a station’s report and downloads it', async () => {
    const officer = await system.as('bureau');
    const expected = (await officer.get('/api/v1/bureau/stations?month=2021-11').expect(200)).body;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page: Page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signIn(page, baseUrl, 'minzhengju', 'bureau');
    await page.getByRole('heading', { level: 1, name: /督导汇总/ }).waitFor();
    // Only the roll-up: no station screen is offered to an officer.
    expect(await page.locator('.app-nav a').allTextContents()).toEqual([expect.stringMatching(/督导汇总/)]);
    await page.getByRole('button', { name: /九龙 2021年11月 演示/ }).click();
    await waitForHash(page, 'bureau', { month: '2021-11' });
    await page
      .locator('#rollup-table')
      .getByRole('table', { name: /2021年11月/ })
      .waitFor();
    const row = page.locator(`#rollup-table tbody tr:has([data-station="${DEMO_STATION.tenantId}"])`);
    expect(await row.locator('[data-col="organisations"]').textContent()).toBe(
      expected.stations[0].organisations.toLocaleString('zh-CN'),
    );
    expect(await page.locator('[data-card="stations"] .card-value').textContent()).toBe(
      String(expected.stations.length),
    );
    // The chart: a bar of organisations and one of approved hours per station, the station named below.
    const stations = expected.stations as { name: string; organisations: number; approvedHours: number }[];
    for (const color of ['#0f766e', '#2563eb'])
      await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [
        barsOf(color),
        stations.length,
      ] as const);
    await page.locator('#rollup-chart svg text', { hasText: stations[0].name }).first().waitFor();
    await page.locator(barsOf('#0f766e')).first().hover();
    await page
      .locator('#rollup-chart .chart-tooltip', { hasText: stations[0].name })
      .filter({ hasText: stations[0].approvedHours.toLocaleString('zh-CN') })
      .filter({ hasText: stations[0].organisations.toLocaleString('zh-CN') })
      .waitFor();

    await row.getByRole('button', { name: /查看/ }).click();
    await waitForHash(page, 'bureau', { month: '2021-11', station: DEMO_STATION.tenantId });
    await page.locator('#station-report h3', { hasText: `${DEMO_STATION.name} 2021年11月` }).waitFor();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-station-export="pdf"]').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('bureau-report-2021-11.pdf');
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-bureau-desktop.png`, fullPage: true });

    // On a phone the table folds into cards, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#rollup-table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-bureau-390.png`, fullPage: true });

    // A month still to come is refused by the server and said so next to the field.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/bureau?month=2999-01`);
    await page.locator('#rollup-form', { hasText: /BUREAU_REPORT|将来|not begun/ }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
