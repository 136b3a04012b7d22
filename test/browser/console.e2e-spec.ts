import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { DEMO_PASSWORD } from '#linli/contracts';
import { TestSystem } from '../e2e/support/system.js';
import { launchChromium, serveConsole, signIn as signInAs, waitForHash as waitForHashIn } from './support/browser.js';

/**
 * The station head's web console (gateway/web) in a real Chromium against the whole system:
 * logging in, growth, the tier tree, the organisation directory, registering an organisation (with a
 * refused submit first), changing its status and editing the tree.
 */
// Functions passed to page.evaluate run in the browser; the repo's TypeScript has no DOM types.
declare const document: {
  documentElement: { scrollWidth: number };
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

/**
 * What ECharts' SVG renderer draws (gateway/web/charts.js): a line's points are unit circles
 * scaled into place, a bar is a closed rectangle path in its series' colour (legend icons are
 * rounded, not closed).
 */
const POINT = 'svg path[d="M1 0A1 1 0 1 1 1 -0.0001"]';
const SAVE_AS_IMAGE = 'svg path[d^="M-6.4526 -1.5776"]';
const barsOf = (color: string) => `svg path[fill="${color}"][d$="Z"]`;

const SCREENSHOT_DIR = process.env.LINLI_SCREENSHOT_DIR ?? '/tmp';

interface TreeNode {
  id: string;
  level: string;
  name: string;
  organisationCount: number;
  children: TreeNode[];
}

describe('station head console in a browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'browser' });
    await system.as('head'); // for the checks made straight against the API
    baseUrl = await serveConsole(system);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Logs in as the demo station head through the login page; lands on the growth view. */
  const signIn = () => signInAs(page, baseUrl, 'zhanzhang', 'growth');

  /** Opens a console route and waits for its heading. */
  async function open(hash: string, heading: string) {
    await page.goto(`${baseUrl}/${hash}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor();
  }

  /** Waits until exactly `count` elements match (a chart redraws as it animates). */
  async function waitForCount(selector: string, count: number) {
    await page
      .waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [selector, count] as const)
      .catch(async (error: Error) => {
        const found = await page.evaluate((s) => document.querySelectorAll(s).length, selector);
        throw new Error(`${selector}: ${found} found, ${count} expected (${error.message})`);
      });
  }

  /** Waits until the hash holds every given parameter. */
  const waitForHash = (route: string, params: Record<string, string> = {}) => waitForHashIn(page, route, params);

  /** Picks an option of the select labelled `label` (Element Plus: a combobox and a listbox). */
  async function choose(scope: Page | Locator, label: RegExp, option: string | RegExp) {
    await scope.locator('.el-select__wrapper', { has: page.getByLabel(label) }).click();
    await page.getByRole('option', { name: option }).click();
  }

  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  async function tree(): Promise<TreeNode> {
    const res = await system.http().get('/api/v1/tiers/tree').expect(200);
    return res.body[0];
  }

  it('asks for a login, goes back to the page asked for, renews an expired token and logs out', async () => {
    const authorizations: string[] = [];
    page.on('request', (request: Request) => {
      if (new URL(request.url()).pathname === '/api/v1/organisations')
        authorizations.push(request.headers().authorization ?? '');
    });
    await page.goto(`${baseUrl}/#/organisations?type=culture_sports`);
    await waitForHash('login', { next: '#/organisations?type=culture_sports' });
    expect(await page.locator('.app-nav').isVisible()).toBe(false);

    await page.getByLabel(/手机号或用户名/).fill('13800000001');
    await page.getByLabel(/^密码/).fill('not-the-password-1');
    await page.getByRole('button', { name: /^登录/ }).click();
    await page.locator('.form-alert', { hasText: '手机号/用户名或密码错误' }).waitFor();
    expect(await page.getByLabel(/^密码/).inputValue()).toBe('');

    await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^登录/ }).click();
    await waitForHash('organisations', { type: 'culture_sports' });
    await page.locator('#list-total').waitFor();
    await page.locator('#user-box', { hasText: '李站长' }).waitFor();
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((value) => /^Bearer \S+$/.test(value))).toBe(true);

    // An access token the server no longer takes is renewed with the refresh token, unseen.
    await page.evaluate(
      `(() => { const k = 'linli.console.session'; const s = JSON.parse(sessionStorage.getItem(k)); s.accessToken = 'expired.token.value'; sessionStorage.setItem(k, JSON.stringify(s)); })()`,
    );
    await page.reload();
    await page.locator('#list-total').waitFor();
    expect(new URL(page.url()).hash).toContain('#/organisations');

    await page.getByRole('button', { name: /^退出/ }).click();
    await waitForHash('login');
    await page.goto(`${baseUrl}/#/growth`);
    await waitForHash('login', { next: '#/growth' });
    expect(pageErrors).toEqual([]);
  });

  it('shows every village’s coverage, filters the villages not reached, downloads the export and the bureau report', async () => {
    const period = 'from=2021-01-01&to=2021-12-31';
    const expected = (await system.http().get(`/api/v1/reports/coverage?${period}`).expect(200)).body as {
      villages: { tierNodeId: string; name: string; communityName: string; reached: boolean; approvedHours: number }[];
      unreached: number;
    };
    await signIn();
    await page.getByRole('link', { name: /村级覆盖/ }).click();
    await waitForHash('coverage');
    await page.getByRole('heading', { level: 1, name: /村级覆盖/ }).waitFor();
    await page.getByRole('button', { name: /九龙 2021 演示区间/ }).click();
    await waitForHash('coverage', { from: '2021-01-01', to: '2021-12-31' });
    await page.locator('#coverage-table').getByRole('table', { name: '2021-01-01 – 2021-12-31' }).waitFor();
    expect(await page.locator('#coverage-table tbody tr').count()).toBe(expected.villages.length);
    expect(await page.locator('#coverage-grid .coverage-tile').count()).toBe(expected.villages.length);
    expect(await page.locator('[data-card="unreached"] .card-value').textContent()).toBe(String(expected.unreached));
    expect(await page.locator('#coverage-grid .coverage-tile.unreached').count()).toBe(expected.unreached);
    // The bar chart: one bar per village, green when reached and red when not, in bands named by community.
    await waitForCount(`#coverage-chart ${barsOf('#16a34a')}`, expected.villages.length - expected.unreached);
    await waitForCount(`#coverage-chart ${barsOf('#dc2626')}`, expected.unreached);
    for (const name of new Set(expected.villages.map((v) => v.communityName)))
      await page.locator('#coverage-chart svg text', { hasText: name }).first().waitFor();
    const busiest = [...expected.villages].sort((a, b) => b.approvedHours - a.approvedHours)[0];
    const bars = page.locator(`#coverage-chart ${barsOf('#16a34a')}`);
    const heights = await bars.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().height));
    await bars.nth(heights.indexOf(Math.max(...heights))).hover();
    await page
      .locator('#coverage-chart .chart-tooltip', { hasText: busiest.name })
      .filter({ hasText: busiest.approvedHours.toLocaleString('zh-CN') })
      .waitFor();

    await page.getByRole('button', { name: /只看未覆盖/ }).click();
    await waitForHash('coverage', { only: 'unreached' });
    expect(await page.locator('#coverage-table tbody tr').count()).toBe(expected.unreached);
    const shown = await page
      .locator('#coverage-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('[data-village]')?.getAttribute('data-village')));
    const unreached = expected.villages.filter((v) => !v.reached).map((v) => v.tierNodeId);
    expect(shown.sort()).toEqual(unreached.sort());

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('village-coverage-2021-01-01-2021-12-31.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(
      csv
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(expected.villages.length + 1);
    const [national] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出全国志愿服务信息系统格式/ }).click(),
    ]);
    expect(national.suggestedFilename()).toBe('national-volunteer-records-2021-01-01-2021-12-31.xlsx');
    expect((await readFile((await national.path())!)).subarray(0, 2).toString()).toBe('PK');

    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-coverage-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: /^全部/ }).click();
    await page
      .locator('#coverage-table tbody tr')
      .nth(expected.villages.length - 1)
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-coverage-390.png`, fullPage: true });

    // The month's report for the civil affairs bureau: its figures on the page, then the PDF.
    await page.setViewportSize({ width: 1280, height: 900 });
    const bureau = (await system.http().get('/api/v1/reports/bureau?month=2021-11').expect(200)).body;
    await page
      .locator('#bureau-form')
      .getByLabel(/报表月份/)
      .fill('2021-11');
    await page.locator('#bureau-form').getByRole('button', { name: /^生成/ }).click();
    await page.locator('#bureau-summary h3', { hasText: '2021年11月' }).waitFor();
    await page
      .locator('#bureau-summary li', { hasText: '在册组织' })
      .locator('strong', { hasText: new RegExp(`^${bureau.organisations.total}$`) })
      .waitFor();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-bureau-export="pdf"]').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('bureau-report-2021-11.pdf');
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

    // A reversed period is refused by the server and said so on the page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('#/coverage?from=2021-12-01&to=2021-01-01', '村级覆盖');
    await page.locator('.alert-error', { hasText: /COVERAGE\./ }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows growth to 254 organisations in November 2021 on the demo range, on a desktop and a phone', async () => {
    await signIn();
    await page.getByRole('heading', { level: 1, name: /组织发展/ }).waitFor();

    // Defaults: the twelve months up to this one.
    const thisMonth = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    });
    expect(await page.getByLabel(/结束月份/).inputValue()).toBe(thisMonth);

    // A slow answer shows the loading bar until it arrives (the request is held, then let go).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/organisations/growth?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: /九龙 2021 演示区间/ }).click();
    await waitForHash('growth', { from: '2021-05', to: '2021-11' });
    await page.locator('#loading-bar').waitFor({ state: 'visible' });
    release();
    await page
      .locator('#growth-table tr:has([data-period="2021-11"]) [data-col="count"]', { hasText: /^254$/ })
      .waitFor();
    await page.locator('#loading-bar').waitFor({ state: 'hidden' });
    await page.unrouteAll();
    expect(await page.getByLabel(/起始月份/).inputValue()).toBe('2021-05');
    expect(await page.locator('[data-card="total"] .card-value').textContent()).toBe('254');
    expect(await page.locator('#growth-table tr:has([data-period="2021-05"]) [data-col="count"]').textContent()).toBe(
      '0',
    );
    expect(await page.locator('#growth-table tbody tr').count()).toBe(7);
    // One line, one point per month; hovering the last shows November's count.
    await waitForCount(`#growth-chart ${POINT}`, 7);
    await page.locator(`#growth-chart ${POINT}`).last().hover();
    await page.locator('#growth-chart .chart-tooltip', { hasText: '2021-11' }).filter({ hasText: '254' }).waitFor();

    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-growth-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#growth-table tr:has([data-period="2021-11"])').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-growth-390.png`, fullPage: true });

    // Broken down by type: a line per type, a legend with the types' Chinese names, parts adding up.
    const byType = (await system.http().get('/api/v1/organisations/growth?from=2021-05&to=2021-11&by=type').expect(200))
      .body as { labels: Record<string, string>; series: { key: string }[] };
    const types = [...new Set(byType.series.map((point) => byType.labels[point.key] ?? point.key))];
    expect(types).toHaveLength(7);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Element Plus draws the chosen option over its combobox: the click lands on the select as a person's would.
    await page.getByRole('combobox', { name: /分组/ }).click({ force: true });
    await page.getByRole('option', { name: /^按类型/ }).click();
    await waitForHash('growth', { from: '2021-05', to: '2021-11', by: 'type' });
    await page.locator('#growth-breakdown').waitFor();
    await waitForCount(`#growth-chart ${POINT}`, 7 * 7);
    for (const type of types)
      expect(await page.locator('#growth-chart svg text', { hasText: new RegExp(`^${type} [\\d,]+$`) }).count()).toBe(
        1,
      );
    // A click on a legend entry hides that type's line, a second click brings it back.
    const volunteerTeams = page.locator('#growth-chart svg text', { hasText: /^志愿服务队 / });
    await volunteerTeams.click();
    await waitForCount(`#growth-chart ${POINT}`, 6 * 7);
    await volunteerTeams.click();
    await waitForCount(`#growth-chart ${POINT}`, 7 * 7);
    const parts = await page.locator('#growth-breakdown tbody [data-col="count"]').allTextContents();
    expect(parts.reduce((n, text) => n + Number(text.replace(/,/g, '')), 0)).toBe(254);
    await page.getByRole('button', { name: /堆叠/ }).click();
    await waitForHash('growth', { by: 'type', mode: 'stacked' });
    // Stacked areas: no points, the tooltip gives each type's count and the total.
    await waitForCount(`#growth-chart ${POINT}`, 0);
    const box = (await page.locator('#growth-chart').boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await page
      .locator('#growth-chart .chart-tooltip', { hasText: '2021-11' })
      .filter({ hasText: /合计 Total\s*254/ })
      .waitFor();
    // Save as image (ECharts' toolbox, top right) downloads the chart as drawn, an SVG here.
    const [image] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#growth-chart ${SAVE_AS_IMAGE}`).click(),
    ]);
    expect(image.suggestedFilename()).toBe('linli-growth-type-2021-05-2021-11.svg');
    expect(await readFile((await image.path())!, 'utf8')).toContain('志愿服务队');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-growth-type-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-console-growth-type-390.png`, fullPage: true });

    // A reversed range is refused by the server and said so on the page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('#/growth?from=2021-11&to=2021-05', '组织发展');
    await page.locator('.alert-error', { hasText: /GROWTH\./ }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows the tree with 6 communities and opens one to its organisations', async () => {
    const root = await tree();
    const community = root.children[0];
    await signIn();
    await open('#/tiers', '三级架构');
    await page.locator('#tier-summary', { hasText: '6 个社区社工服务队' }).waitFor();
    expect(await page.locator('.tier-node[data-level="community"]').count()).toBe(6);
    expect(await page.locator('.tier-node[data-level="station"] .count').first().textContent()).toContain(
      String(root.organisationCount),
    );

    await page.locator('.tier-select', { hasText: community.name }).click();
    await waitForHash('tiers', { node: community.id });
    await page.locator('#node-title', { hasText: community.name }).waitFor();
    expect(await page.locator('#node-org-count').textContent()).toBe(String(community.organisationCount));
    // Its villages open beneath it, and its organisations are listed.
    const villages = page.locator(`.el-tree-node[data-key="${community.id}"] .tier-node[data-level="village"]`);
    await villages.first().waitFor();
    expect(await villages.count()).toBe(community.children.length);
    await page.locator('.node-orgs .compact-list li').first().waitFor();

    await page.getByRole('link', { name: /在组织名录中查看/ }).click();
    await waitForHash('organisations', { tierNodeId: community.id });
    await page.locator('#list-total', { hasText: `共 ${community.organisationCount} 个组织` }).waitFor();
    // The filter names the community once the tree for the tier selector has arrived.
    await page.locator('#list-status', { hasText: `${community.name}：` }).waitFor();
    const tierFilter = page.getByRole('search').locator('.el-select', { has: page.getByLabel(/^范围/) });
    expect(await tierFilter.textContent()).toContain(community.name);
    expect(pageErrors).toEqual([]);
  });

  it('pages through the directory and filters it by type', async () => {
    await signIn();
    await open('#/organisations', '组织名录');
    await page.locator('#list-total', { hasText: '共 254 个组织' }).waitFor();
    const rows = page.locator('#org-table tbody tr');
    expect(await rows.count()).toBe(20);
    await page.locator('.pager-info', { hasText: '1 / 13' }).waitFor();
    const firstOnPage1 = await rows.first().locator('[data-col="name"]').textContent();

    await page.getByRole('button', { name: /下一页/ }).click();
    await waitForHash('organisations', { page: '2' });
    await page.locator('.pager-info', { hasText: '2 / 13' }).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('#org-table tbody tr [data-col="name"]')?.textContent !== first,
      firstOnPage1,
    );
    expect(await rows.count()).toBe(20);

    const expected = await system.http().get('/api/v1/organisations?type=elderly_association').expect(200);
    await choose(page, /^类型/, '老年协会 Elderly association');
    await waitForHash('organisations', { type: 'elderly_association', page: '1' });
    await page.locator('#list-total', { hasText: `共 ${expected.body.total} 个组织` }).waitFor();
    const types = await page.locator('#org-table tbody [data-col="type"]').allTextContents();
    expect(types.length).toBe(Math.min(20, expected.body.total));
    expect(new Set(types)).toEqual(new Set(['老年协会']));
    expect(pageErrors).toEqual([]);
  });

  it('registers an organisation after a refused submit, finds it, and changes its status with history', async () => {
    const root = await tree();
    const village = root.children[1].children[0];
    const name = '浏览器测试孝善敬老协会';
    const keys: string[] = [];
    page.on('request', (request: Request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/organisations') {
        keys.push(request.headers()['idempotency-key'] ?? '');
      }
    });

    await signIn();
    await open('#/organisations', '组织名录');
    await page.getByRole('button', { name: /登记组织/ }).click();
    await waitForHash('organisations', { new: '1' });
    const form = page.locator('#create-form');
    await form.waitFor();
    await form.getByLabel(/^名称/).fill(name);
    await choose(form, /^类型/, '老年协会 Elderly association');
    await choose(form, /^所属节点/, new RegExp(`└ ${escapeRegExp(village.name)}$`));
    const nextYear = `${new Date().getFullYear() + 1}-03-01`;
    await form.getByLabel(/^成立日期/).fill(nextYear);
    await form.getByLabel(/^负责人/).fill('李桂兰');
    await form.getByLabel(/^成员人数/).fill('18');

    // The server refuses a founding date in the future; the page says why, beside the field.
    const submit = form.getByRole('button', { name: /^登记/ });
    await submit.click();
    await form.locator('.form-alert', { hasText: '成立日期不能晚于今天' }).waitFor();
    await form.locator('[data-field="foundedOn"] .field-error', { hasText: '成立日期不能晚于今天' }).waitFor();
    expect(await form.getByLabel(/^成立日期/).getAttribute('aria-invalid')).toBe('true');
    // Retrying the same submission reuses its Idempotency-Key.
    await submit.click();
    await page.waitForFunction(() => !document.querySelector('#create-form[aria-busy]'));
    await form.locator('.form-alert', { hasText: '成立日期不能晚于今天' }).waitFor();
    const none = await system
      .http()
      .get(`/api/v1/organisations?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(none.body.total).toBe(0);

    await form.getByLabel(/^成立日期/).fill('2021-10-01');
    await form.getByLabel(/^纳入名录日期/).fill('2021-10-20');
    await submit.click();
    const drawer = page.locator('#org-drawer');
    await drawer.getByRole('heading', { level: 2, name }).waitFor();
    await drawer.locator('#detail-status', { hasText: '培育中' }).waitFor();
    expect(await drawer.locator('#status-history li').count()).toBe(1);
    expect(keys).toHaveLength(3);
    expect(keys.every((key) => /^[0-9a-f-]{36}$/.test(key))).toBe(true);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);

    // Edit it: more members.
    await drawer.locator('summary', { hasText: '编辑信息' }).click();
    const editForm = drawer.getByRole('form', { name: /编辑组织/ });
    await editForm.getByLabel(/^成员人数/).fill('25');
    await editForm.getByRole('button', { name: /保存修改/ }).click();
    await drawer.locator('.detail-list dd', { hasText: /^25$/ }).waitFor();

    // It is in the directory.
    await page.getByLabel(/^搜索/).fill('浏览器测试');
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.locator('#list-total', { hasText: '共 1 个组织' }).waitFor();
    await page.locator('#org-table tbody tr [data-col="name"]', { hasText: name }).waitFor();

    // Change its status: a future effective date is refused, then a real one is kept in the history.
    await drawer.locator('summary', { hasText: '变更状态' }).click();
    const statusForm = drawer.getByRole('form', { name: /变更状态/ });
    await choose(statusForm, /^新状态/, '活跃 Active');
    await statusForm.getByLabel(/^原因/).fill('开展首次敬老活动');
    await statusForm.getByLabel(/^生效日期/).fill(nextYear);
    await statusForm.getByRole('button', { name: /确认变更/ }).click();
    await statusForm.locator('.form-alert', { hasText: '生效日期不能晚于今天' }).waitFor();
    await statusForm.getByLabel(/^生效日期/).fill('2021-11-05');
    await statusForm.getByRole('button', { name: /确认变更/ }).click();
    await drawer.locator('#detail-status', { hasText: '活跃' }).waitFor();
    const history = drawer.locator('#status-history li');
    expect(await history.count()).toBe(2);
    expect(await history.nth(1).textContent()).toMatch(/2021-11-05.*培育中.*活跃.*开展首次敬老活动/s);
    await page.locator('#org-table tbody tr', { hasText: name }).locator('.badge', { hasText: '活跃' }).waitFor();

    // Escape closes the panel and the route forgets the selection; the close button does the same.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('#org-table tbody tr', { hasText: name }).getByRole('link', { name }).click();
    await drawer.getByRole('heading', { level: 2, name }).waitFor();
    await drawer.getByRole('button', { name: /关闭/ }).click();
    await drawer.waitFor({ state: 'hidden' });

    const stored = await system
      .http()
      .get(`/api/v1/organisations?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(stored.body.items[0]).toMatchObject({
      name,
      status: 'active',
      tierNodeId: village.id,
      leader: '李桂兰',
      memberCount: 25,
    });
    expect(pageErrors).toEqual([]);
  });

  it('adds a village under a community and renames it from the tree', async () => {
    const root = await tree();
    const community = root.children[2];
    await signIn();
    await open(`#/tiers?node=${community.id}`, '三级架构');
    await page.locator('#node-title', { hasText: community.name }).waitFor();

    const add = page.getByRole('form', { name: /新增村级社工服务点/ });
    await add.getByLabel(/^名称/).fill(community.children[0].name);
    await add.getByRole('button', { name: /新增/ }).click();
    // A sibling of that name exists: the server's message sits beside the name.
    await add.locator('[data-field="name"] .field-error', { hasText: community.children[0].name }).waitFor();

    await add.getByLabel(/^名称/).fill('浏览器测试村');
    await add.getByLabel(/^编码/).fill('JL-B-01');
    await add.getByRole('button', { name: /新增/ }).click();
    await page.locator('#node-title', { hasText: '浏览器测试村' }).waitFor();
    await page.locator('.tier-select', { hasText: '浏览器测试村' }).waitFor();

    const rename = page.getByRole('form', { name: /重命名/ });
    await rename.getByLabel(/^名称/).fill('浏览器测试村（改）');
    await rename.getByRole('button', { name: /保存/ }).click();
    await page.locator('.tier-select', { hasText: '浏览器测试村（改）' }).waitFor();
    const after = await tree();
    const added = after.children[2].children.find((v) => v.name === '浏览器测试村（改）');
    expect(added).toBeDefined();
    expect(pageErrors).toEqual([]);
  });
});
