import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoId } from '#linli/contracts';
import { TestSystem, type Client } from '../e2e/support/system.js';
import { launchChromium, serveConsole, signIn as signInAs, waitForHash as waitForHashIn } from './support/browser.js';

/**
 * The volunteer's and the leader's screens (gateway/web) on a phone, against the whole system:
 * the volunteer signs up for a shift the head published and sees it with their hours and star
 * level; the team leader checks them in and out from the roster and approves the hours that
 * arrive a moment later through the event pipeline.
 */
// Functions passed to page.evaluate run in the browser; the repo's TypeScript has no DOM types.
declare const document: { documentElement: { scrollWidth: number } };

const SCREENSHOT_DIR = process.env.LINLI_SCREENSHOT_DIR ?? '/tmp';
const VILLAGE = demoId('tier', 'JL-01-01');
const VOLUNTEER = demoId('volunteer', 'persona');
const TITLE = '浏览器测试便民服务大厅值守';
const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
/** The first Saturday of a month, as YYYY-MM-DD (month 0-based; it may run past December). */
const firstSaturday = (year: number, month: number) => {
  const d = new Date(Date.UTC(year, month, 1));
  d.setUTCDate(1 + ((6 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
};

describe('volunteer and leader screens in a browser', () => {
  let system: TestSystem;
  let head: Client;
  let browser: Browser;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let shiftId: string;
  let clashId: string;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'browser_personas' });
    head = await system.as('head');
    baseUrl = await serveConsole(system);
    // A shift in three hours at the volunteer's village, published by the head, so dates are known.
    const activity = await head
      .post('/api/v1/activities')
      .send({
        title: TITLE,
        tierNodeId: VILLAGE,
        location: '九龙街道便民服务大厅',
        startsAt: fromNow(170),
        endsAt: fromNow(60 * 24),
        riskLevel: 'low',
      })
      .expect(201);
    const shifts = await head
      .post(`/api/v1/activities/${activity.body.id}/shifts`)
      .send({ startsAt: fromNow(180), endsAt: fromNow(300), capacity: 3, role: '轮值志愿者' })
      .expect(201);
    shiftId = shifts.body.items[0].id;
    // A second shift at the same time: once the volunteer holds the first, this one clashes.
    const clash = await head
      .post(`/api/v1/activities/${activity.body.id}/shifts`)
      .send({ startsAt: fromNow(200), endsAt: fromNow(260), capacity: 3, role: '引导员' })
      .expect(201);
    clashId = clash.body.items[0].id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  beforeEach(async () => {
    // Volunteers and village point leads are on phones.
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
  });

  const waitForHash = (route: string) => waitForHashIn(page, route);

  const signIn = (phone: string, home: string) => signInAs(page, baseUrl, phone, home);

  async function fitsThePhone() {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }

  it('the volunteer signs up for an open shift, sees it under My shifts, and sees their hours and star level', async () => {
    await signIn('13800000005', 'my');
    const tabs = await page.locator('.app-nav a').allTextContents();
    expect(tabs.map((t) => t.split(' ')[0])).toEqual(['我的班次', '我的时长', '消息']);

    const open = page.locator(`#open-shifts .shift-card[data-shift-id="${shiftId}"]`);
    await open.locator('.shift-title', { hasText: TITLE }).waitFor();
    await open.getByRole('button', { name: /^报名/ }).click();
    await open.locator('.signup-result', { hasText: '已确认' }).waitFor();
    const mine = page.locator(`#my-shifts .shift-card[data-shift-id="${shiftId}"]`);
    await mine.locator('.badge[data-status="confirmed"]').waitFor();
    // A shift at the same time is refused, and the card says why.
    const clash = page.locator(`#open-shifts .shift-card[data-shift-id="${clashId}"]`);
    await clash.getByRole('button', { name: /^报名/ }).click();
    await clash.locator('.alert-error', { hasText: 'SIGNUP.CLASH' }).waitFor();

    // Scanning the leader's check-in QR opens My shifts with that shift's code filled in.
    await page.goto(`${baseUrl}/#/my?checkin=${shiftId}&code=482913`);
    await mine.getByText('已填入扫码得到的签到码').waitFor();
    expect(await mine.locator('input[name="code"]').inputValue()).toBe('482913');

    // A volunteer sent to the head's screens lands back on their own.
    await page.goto(`${baseUrl}/#/growth`);
    await waitForHash('my');
    await mine.waitFor();
    await fitsThePhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteer-home-390.png`, fullPage: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteer-home-390-top.png` });

    await page.locator('.app-nav a', { hasText: '我的时长' }).click();
    await waitForHash('my-hours');
    const star = page.locator('#star-level');
    await star.waitFor();
    expect(Number(await star.getAttribute('data-level'))).toBeGreaterThanOrEqual(1);
    await star.locator('progress.star-progress').waitFor();
    await star.locator('.star-line', { hasText: '星' }).waitFor();
    expect(await page.locator('[data-card="approved"] .card-value').textContent()).toMatch(/\d/);
    expect(await page.locator('#hours-entries .entry').count()).toBeGreaterThan(0);
    await fitsThePhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteer-hours-390.png`, fullPage: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-volunteer-hours-390-top.png` });
    expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined)\b/);

    // A correction request starts from the minutes the entry recorded.
    const correctable = page.locator('#hours-entries .entry:has(details.entry-correct)').first();
    await correctable.locator('summary').click();
    expect(await correctable.getByLabel(/^应为分钟数/).inputValue()).toMatch(/^\d+$/);
    await correctable.getByLabel(/^理由/).waitFor();
    // Sent without a reason, it is refused, and the refusal is shown beside the field and tied to it.
    await correctable.getByRole('button', { name: /^提交更正/ }).click();
    const reason = correctable.locator('textarea[name="reason"][aria-invalid="true"]');
    await reason.waitFor();
    const describedBy = (await reason.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    expect((await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent())?.trim()).not.toBe('');

    // Messages: the unread count heads the list.
    await page.locator('.app-nav a', { hasText: '消息' }).click();
    await waitForHash('inbox');
    await page.locator('#inbox-unread', { hasText: /未读 \d+ 条/ }).waitFor();
    await fitsThePhone();
    expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined)\b/);
    expect(pageErrors).toEqual([]);
  });

  it('the team leader checks the volunteer in and out from the roster and approves the hours', async () => {
    await signIn('13800000004', 'shifts');
    const tabs = await page.locator('.app-nav a').allTextContents();
    // The demo team leader volunteers too: the leader's tabs first, then their own.
    expect(tabs.map((t) => t.split(' ')[0]).slice(0, 2)).toEqual(['班次', '待审核时长']);
    expect(tabs.map((t) => t.split(' ')[0])).not.toContain('组织发展');
    const card = page.locator(`#shift-list .shift-card[data-shift-id="${shiftId}"]`);
    await card.locator('.shift-title', { hasText: TITLE }).waitFor();
    await fitsThePhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-leader-home-390.png`, fullPage: true });

    await card.getByRole('link', { name: /名单/ }).click();
    await waitForHash('roster');
    const row = page.locator(`#roster-confirmed li[data-volunteer-id="${VOLUNTEER}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /^签到/ }).click();
    await row.locator('[data-state="in"]').waitFor();
    await page.locator('[data-card="checked-in"] .card-value', { hasText: /^1$/ }).waitFor();
    await page.getByRole('button', { name: /显示签到码/ }).click();
    expect(await page.locator('#checkin-code .big-code').textContent()).toMatch(/^\d{6}$/);
    // The QR image a leader shows on the phone or prints for the village point's door.
    const qr = page.locator('#checkin-code img.checkin-qr');
    await qr.waitFor();
    expect(
      await qr.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth > 0),
    ).toBe(true);
    // The A4 sheet to print for the village point: a PDF holding the same 6-digit code.
    const code = (await page.locator('#checkin-code .big-code').textContent())!;
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /打印签到单/ }).click(),
    ]);
    expect(sheet.suggestedFilename()).toBe(`check-in-sheet-${shiftId}.pdf`);
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile((await sheet.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(code).toMatch(/^\d{6}$/);
    await fitsThePhone();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/linli-leader-roster-390.png`, fullPage: true });
    // Nothing on the page is a placeholder leaking through (an absent section rendered as "null").
    expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined)\b/);
    await row.getByRole('button', { name: /^签退/ }).click();
    await row.locator('[data-state="out"]').waitFor();

    // The check-out reaches the hours ledger asynchronously: refresh the queue until it shows.
    await page.locator('.app-nav a', { hasText: '待审核时长' }).click();
    await waitForHash('approvals');
    const entry = page.locator(`.queue-row[data-volunteer-id="${VOLUNTEER}"]`, { hasText: TITLE });
    const deadline = Date.now() + 20_000;
    while (!(await entry.count())) {
      if (Date.now() > deadline) throw new Error('the pending entry did not reach the queue within 20 s');
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: /^刷新/ }).click();
    }
    const entryId = await entry.getAttribute('data-entry-id');
    await entry.locator('input.pick').check();
    await page.locator('#selected-count', { hasText: '1' }).waitFor();
    await page.getByRole('button', { name: /核准所选/ }).click();
    await entry.waitFor({ state: 'detached' });

    const hours = await head.get(`/api/v1/volunteers/${VOLUNTEER}/hours`).expect(200);
    const approved = hours.body.entries.find((e: { id: string }) => e.id === entryId);
    expect(approved).toMatchObject({ status: 'approved', shiftId });
    expect(pageErrors).toEqual([]);
  });

  it('the team leader plans a volunteer day on the first Saturday of every month, skipping one', async () => {
    await signIn('13800000004', 'shifts');
    await page.goto(`${baseUrl}/#/plan`);
    await waitForHash('plan');
    const now = new Date();
    const dates = [1, 2, 3, 4].map((k) => firstSaturday(now.getUTCFullYear(), now.getUTCMonth() + k));
    const form = page.locator('#plan-form');
    await form.locator('select[name="tierNodeId"] option').first().waitFor({ state: 'attached' });
    await form.locator('input[name="title"]').fill('每月志愿服务日');
    await form.locator('input[name="location"]').fill('东王村文化广场');
    await form.locator('input[name="date"]').fill(dates[0]);
    await form.locator('input[name="date"]').dispatchEvent('change');
    await form.locator('select[name="repeat"]').selectOption('monthly-nth');
    expect(await form.locator('select[name="repeat"] option:checked').textContent()).toContain('每月第一个周六');
    expect(await page.locator('fieldset.weekdays').isHidden()).toBe(true);
    await form.locator('input[name="weeks"]').fill('4');
    await form.locator('input[name="exceptDates"]').fill(dates[1]);
    await form.getByRole('button', { name: /^创建/ }).click();
    await page.locator('#plan-result', { hasText: '已创建 3 个班次' }).waitFor();
    expect(await page.locator('#plan-result').innerText()).toContain('FREQ=MONTHLY;COUNT=4;BYDAY=1SA');

    const list = await head.get(`/api/v1/shifts?from=${dates[0]}T00:00:00Z&pageSize=100`).expect(200);
    const mine = list.body.items.filter((s: { activityTitle?: string }) => s.activityTitle === '每月志愿服务日');
    const days = mine.map((s: { startsAt: string }) => s.startsAt.slice(0, 10)).sort();
    expect(days).toEqual([dates[0], dates[2], dates[3]]);
    expect(pageErrors).toEqual([]);
  });
});
