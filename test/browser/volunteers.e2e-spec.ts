import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestSystem, type Client } from '../e2e/support/system.js';
import { launchChromium, serveConsole, signIn as signInAs, waitForHash as waitForHashIn } from './support/browser.js';

/**
 * The leads' screens (gateway/web) against the whole system: searching the 1,106 demo volunteers
 * with masked ID numbers and revealing one (station head, audited), registering a volunteer (a bad
 * check character refused beside its field, then the one-time activation code), importing a CSV
 * (dry run first, the real run, a second run creating nothing) and founding a team with the new
 * volunteer in it. Looked at on a phone as well.
 */
// Functions passed to page.evaluate run in the browser; the repo's TypeScript has no DOM types.
declare const document: { documentElement: { scrollWidth: number } };

const SCREENSHOT_DIR = process.env.LINLI_SCREENSHOT_DIR ?? '/tmp';
const NEW_NAME = '浏览器测试周晓燕';

/** A valid resident ID number (GB 11643): region, birth date, sequence (odd = male), check character. */
function residentId(region: string, birthDate: string, sequence: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same number with a wrong check character. */
const spoilt = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

interface TreeNode {
  id: string;
  name: string;
  level: string;
  children: TreeNode[];
}

describe('volunteers, imports and teams in a browser', () => {
  let system: TestSystem;
  let head: Client;
  let browser: Browser;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let village: TreeNode;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'browser_volunteers' });
    head = await system.as('head');
    baseUrl = await serveConsole(system);
    const tree = await head.get('/api/v1/tiers/tree').expect(200);
    village = tree.body[0].children[0].children[0];
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

  const waitForHash = (route: string) => waitForHashIn(page, route);

  const signIn = (login: string, home: string) => signInAs(page, baseUrl, login, home);

  async function open(hash: string, heading: RegExp) {
    await page.goto(`${baseUrl}/${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async function onAPhone() {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }

  async function noPlaceholders() {
    expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined|NaN)\b/);
  }

  it('searches the 1,106 demo volunteers, opens one with the ID masked and reveals it in full', async () => {
    await signIn('zhanzhang', 'growth');
    const tabs = (await page.locator('.app-nav a').allTextContents()).map((t) => t.split(' ')[0]);
    expect(tabs).toEqual(expect.arrayContaining(['志愿者', '导入', '志愿服务队']));
    expect(tabs.slice(0, 6)).toEqual(['组织发展', '村级覆盖', '三级架构', '组织名录', '班次', '待审核时长']);

    await page.locator('.app-nav a', { hasText: '志愿者' }).click();
    await waitForHash('volunteers');
    await page.locator('#list-total', { hasText: '共 1,106 名志愿者' }).waitFor();
    const rows = page.locator('#volunteer-table tbody tr');
    expect(await rows.count()).toBe(20);
    const masked = await page.locator('#volunteer-table tbody [data-col="idNumber"]').allTextContents();
    expect(masked.every((id) => /^\d{6}\*+[\dX]{4}$/.test(id) && id.length === 18)).toBe(true);
    await page.locator('.pager-info', { hasText: '1 / 56' }).waitFor();

    // Search by a name the API knows; the list narrows to it.
    const sample = (await head.get('/api/v1/volunteers?pageSize=1&page=7').expect(200)).body.items[0];
    const expected = (await head.get(`/api/v1/volunteers?q=${encodeURIComponent(sample.name)}`).expect(200)).body.total;
    await page.getByLabel(/^姓名/).fill(sample.name);
    await page.getByRole('button', { name: /^查询/ }).click();
    await page.locator('#list-total', { hasText: `共 ${expected} 名志愿者` }).waitFor();
    await page.locator(`#volunteer-table tbody tr:has(a[data-id="${sample.id}"])`).waitFor();
    await onAPhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteers-search-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Open it: the ID number is masked; the station head may read it in full (audited).
    await page.locator(`#volunteer-table tbody tr a[data-id="${sample.id}"]`).click();
    const drawer = page.locator('#volunteer-drawer');
    await drawer.getByRole('heading', { level: 2, name: sample.name }).waitFor();
    const idNumber = drawer.locator('#detail-id-number');
    expect(await idNumber.textContent()).toBe(sample.idNumber);
    expect(await idNumber.textContent()).toContain('*');
    await drawer.locator('.hint', { hasText: '审计' }).waitFor();
    await drawer.getByRole('button', { name: /显示完整证件号/ }).click();
    await drawer.locator('#detail-id-number[data-revealed="true"]').waitFor();
    const full = (await idNumber.textContent()) ?? '';
    expect(full).toMatch(/^\d{17}[\dX]$/);
    expect(full.slice(0, 6)).toBe(sample.idNumber.slice(0, 6));
    expect(full.slice(-4)).toBe(sample.idNumber.slice(-4));
    await drawer.locator('p', { hasText: '已记入审计日志' }).waitFor();
    await noPlaceholders();

    // The whole list at 390 px, unfiltered.
    await page.goto(`${baseUrl}/#/volunteers`);
    await page.locator('#list-total', { hasText: '共 1,106 名志愿者' }).waitFor();
    await page.locator('#recruiter-list li').first().waitFor();
    await onAPhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteers-list-390.png`, fullPage: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteers-list-390-top.png` });
    await noPlaceholders();
    expect(pageErrors).toEqual([]);
  });

  it('registers an adult after a refused check character and shows the activation code; a minor needs a guardian', async () => {
    await signIn('zhanzhang', 'growth');
    await open('#/volunteers?new=1', /志愿者/);
    const form = page.locator('#register-form');
    await form.waitFor();
    // A minor's ID number brings the guardian fields up.
    await form.getByLabel(/^证件号/).fill(residentId('370705', '2012-05-01', 22));
    await form.locator('#guardian-fields').waitFor({ state: 'visible' });
    const id = residentId('370705', '1991-08-17', 41);
    await form.getByLabel(/^证件号/).fill(spoilt(id));
    await form.locator('#guardian-fields').waitFor({ state: 'hidden' });
    await form.getByLabel(/^姓名/).fill(NEW_NAME);
    await form.getByLabel(/^手机号/).fill('15905360417');
    await form.getByLabel(/^所属节点/).selectOption(village.id);
    await form.getByLabel(/^技能/).fill('急救、摄影');

    // Without consent, and with a wrong check character: both said beside their fields.
    await form.getByRole('button', { name: /^登记/ }).click();
    await form.locator('.field[data-field="consent"] .field-error').waitFor();
    await form.getByLabel(/本人已同意/).check();
    await form.getByRole('button', { name: /^登记/ }).click();
    await form.locator('.field[data-field="idNumber"] .field-error', { hasText: '校验位' }).waitFor();
    expect(await form.getByLabel(/^证件号/).getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel(/^证件号/).fill(id);
    await form.getByRole('button', { name: /^登记/ }).click();
    const code = page.locator('#activation-code');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toMatch(/^\S{4,}$/);
    await page.locator('#activation', { hasText: '只显示这一次' }).waitFor();
    await noPlaceholders();
    await onAPhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteers-registered-390.png`, fullPage: true });

    const stored = await head.get(`/api/v1/volunteers?q=${encodeURIComponent(NEW_NAME)}`).expect(200);
    expect(stored.body.items).toHaveLength(1);
    expect(stored.body.items[0]).toMatchObject({ status: 'active', tierNodeId: village.id, skills: ['急救', '摄影'] });
    expect(pageErrors).toEqual([]);
  });

  it('imports a CSV: dry run with one rejected row, the real run, then a second run creates nothing', async () => {
    const rows = [
      ['浏览器导入甲', '男', residentId('370705', '1980-02-03', 11), '15905361001', village.name, '烹饪', ''],
      ['浏览器导入乙', '女', residentId('370705', '1975-11-30', 22), '15905361002', village.name, '理发、维修', ''],
      ['浏览器导入丙', '男', spoilt(residentId('370705', '1988-06-06', 33)), '15905361003', village.name, '', ''],
    ];
    const csv = [['姓名', '性别', '身份证号', '手机号', '所属村/社区', '技能', '志愿服务队'], ...rows]
      .map((r) => r.join(','))
      .join('\r\n');
    await signIn('zhanzhang', 'growth');
    await page.locator('.app-nav a', { hasText: '导入' }).click();
    await waitForHash('import');
    await page.getByRole('heading', { level: 1, name: /导入志愿者/ }).waitFor();
    expect(await page.locator('#run-import').isDisabled()).toBe(true);
    await page.locator('#import-file').setInputFiles({
      name: '九龙志愿者名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    });
    // The real run waits for a dry run of this file.
    expect(await page.locator('#run-import').isDisabled()).toBe(true);

    await page.getByRole('button', { name: /^预检/ }).click();
    const dry = page.locator('#dry-run-result');
    await dry.waitFor();
    expect(await dry.locator('[data-card="created"] .card-value').textContent()).toBe('2');
    expect(await dry.locator('[data-card="rejected"] .card-value').textContent()).toBe('1');
    const rejected = dry.locator('#rejected-table tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('[data-row]').getAttribute('data-row')).toBe('4');
    expect(await rejected.textContent()).toMatch(/第 4 行.*VOLUNTEER\.ID_CHECKSUM.*校验位/s);
    const none = await head.get(`/api/v1/volunteers?q=${encodeURIComponent('浏览器导入')}`).expect(200);
    expect(none.body.total).toBe(0);

    await page.getByRole('button', { name: /^导入/ }).click();
    const run = page.locator('#run-result[data-status="completed"]');
    await run.waitFor();
    expect(await run.locator('[data-card="created"] .card-value').textContent()).toBe('2');
    expect(await run.locator('[data-card="rejected"] .card-value').textContent()).toBe('1');
    await page.locator('#import-progress', { hasText: '已处理 3 / 3 行' }).waitFor();
    await noPlaceholders();
    await onAPhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-import-result-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    const imported = await head.get(`/api/v1/volunteers?q=${encodeURIComponent('浏览器导入')}`).expect(200);
    expect(imported.body.total).toBe(2);

    // The same file again: matched by ID number, nothing new.
    await page.getByRole('button', { name: /^导入/ }).click();
    await run.locator('[data-card="created"] .card-value', { hasText: /^0$/ }).waitFor();
    expect(await run.locator('[data-card="unchanged"] .card-value').textContent()).toBe('2');
    const again = await head.get(`/api/v1/volunteers?q=${encodeURIComponent('浏览器导入')}`).expect(200);
    expect(again.body.total).toBe(2);

    // A file of another kind is refused and said so.
    await page.locator('#import-file').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    });
    await page.getByRole('button', { name: /^预检/ }).click();
    await page.locator('#import-error .alert-error', { hasText: 'IMPORT.UNSUPPORTED_TYPE' }).waitFor();
    await page.locator('#import-error .hint', { hasText: '.xlsx' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('founds a team and adds the newly registered volunteer to it', async () => {
    const teamName = '浏览器测试应急志愿服务队';
    await signIn('zhanzhang', 'growth');
    await page.locator('.app-nav a', { hasText: '志愿服务队' }).click();
    await waitForHash('teams');
    await page.locator('#team-total').waitFor();
    await page.locator('#create-team summary').click();
    const form = page.locator('#create-team-form');
    await form.getByLabel(/^队名/).fill(teamName);
    await form.getByLabel(/^所属节点/).selectOption(village.id);
    await form.getByRole('button', { name: /^成立/ }).click();
    await page.locator('#team-name', { hasText: teamName }).waitFor();
    await page.locator('#member-count', { hasText: '在队 0 人' }).waitFor();

    const search = page.locator('#member-search');
    await search.getByLabel(/^姓名/).fill(NEW_NAME);
    await search.getByRole('button', { name: /^查找/ }).click();
    const candidate = page.locator('#candidate-list li', { hasText: NEW_NAME });
    // The teams service learns of new volunteers through events: until it has, the page says to try again.
    const member = page.locator('#member-list li', { hasText: NEW_NAME });
    const deadline = Date.now() + 20_000;
    for (;;) {
      await candidate.getByRole('button', { name: /^加入/ }).click();
      await member.or(candidate.locator('.alert-error')).first().waitFor();
      if (await member.count()) break;
      expect(await candidate.locator('.alert-error').textContent()).toContain('VOLUNTEER.NOT_FOUND');
      if (Date.now() > deadline) throw new Error('the new volunteer did not reach the teams service within 20 s');
      await page.waitForTimeout(500);
    }
    await page.locator('#member-count', { hasText: '在队 1 人' }).waitFor();
    // The candidate is marked as added.
    await candidate.getByRole('button', { name: /^已加入/ }).waitFor();
    await noPlaceholders();
    await onAPhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-team-390.png`, fullPage: true });

    const teams = await head.get(`/api/v1/teams?q=${encodeURIComponent(teamName)}`).expect(200);
    const members = await head.get(`/api/v1/teams/${teams.body.items[0].id}/members`).expect(200);
    expect(members.body.items).toHaveLength(1);
    expect(members.body.items[0]).toMatchObject({ role: 'member' });

    // Remove: two taps, then the roster is empty again.
    const row = page.locator('#member-list li', { hasText: NEW_NAME });
    await row.getByRole('button', { name: /^移出/ }).click();
    await row.getByRole('button', { name: /确认移出/ }).click();
    await page.locator('#member-count', { hasText: '在队 0 人' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a team leader sees Teams but not the real-name records', async () => {
    await signIn('13800000004', 'shifts');
    const tabs = (await page.locator('.app-nav a').allTextContents()).map((t) => t.split(' ')[0]);
    expect(tabs).toContain('志愿服务队');
    expect(tabs).not.toContain('志愿者');
    expect(tabs).not.toContain('导入');
    await page.goto(`${baseUrl}/#/volunteers`);
    await waitForHash('shifts');
    await open('#/teams', /志愿服务队/);
    await page.locator('#team-total').waitFor();
    await noPlaceholders();
    expect(pageErrors).toEqual([]);
  });
});
