import { jetstreamManager } from '@nats-io/jetstream';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { ActivitiesEvents, DEMO_STATION, demoId, type AttendanceRecordedPayload } from '#linli/contracts';
import { connectNats, type EventEnvelope } from '#linli/platform';
import { demoTierTree, waitFor } from '#linli/testing';
import { ShiftJobs } from '../../services/activities/src/jobs/shift-jobs.job.js';
import { insertVolunteers } from '../../services/activities/src/volunteers/volunteers.repository.js';
import { asBytes, TestSystem, type Client } from './support/system.js';

const { id: village, path: villagePath } = demoTierTree().village;
const persona = demoId('volunteer', 'persona');
const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** The text of a PDF by poppler's `pdftotext`, or null where it is not installed. */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-q', '-', '-'], { input: pdf }).toString();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

describe('activities: a leader’s week and a volunteer’s view', () => {
  let system: TestSystem;
  let leader: Client;
  let volunteer: Client;
  let activityId: string;
  let series: { id: string; startsAt: string; endsAt: string }[];
  const people = Array.from({ length: 4 }, () => randomUUID());
  const data = () => system.data.get('activities')!;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'activities_e2e' });
    leader = await system.as('village');
    volunteer = await system.as('volunteer');
    await insertVolunteers(
      data().manager,
      people.map((id, i) => ({
        id,
        tenantId: DEMO_STATION.tenantId,
        tierNodeId: village,
        tierPath: villagePath,
        name: `周${i}`,
      })),
    );
  });

  afterAll(async () => {
    await system?.close();
  });

  it('plans a weekly series in one request', async () => {
    const project = await leader
      .post('/api/v1/projects')
      .send({ name: '北王村邻里互助', domain: 'community_governance', tierNodeId: village })
      .expect(201);
    const activity = await leader
      .post('/api/v1/activities')
      .send({
        title: '村口便民服务点值守',
        projectId: project.body.id,
        tierNodeId: village,
        location: '北王村便民服务点',
        startsAt: fromNow(-60),
        endsAt: fromNow(60 * 24 * 40),
        riskLevel: 'low',
      })
      .expect(201);
    activityId = activity.body.id;
    expect(activity.body.projectDomain).toBe('community_governance');
    const created = await leader
      .post(`/api/v1/activities/${activityId}/shifts`)
      .send({
        startsAt: fromNow(20),
        endsAt: fromNow(140),
        capacity: 2,
        role: '值守',
        recurrence: 'FREQ=WEEKLY;COUNT=4',
        cancelCutoffMinutes: 10,
      })
      .expect(201);
    series = created.body.items;
    expect(series).toHaveLength(4);
    expect(new Date(series[1].startsAt).getTime() - new Date(series[0].startsAt).getTime()).toBe(7 * 86_400_000); // Shanghai has no DST
    await leader
      .post(`/api/v1/activities/${activityId}/shifts`)
      .send({ startsAt: fromNow(20), endsAt: fromNow(80), capacity: 1, recurrence: 'FREQ=WEEKLY' })
      .expect(400);
  });

  it('puts an activity under a team only when that team exists and is visible to the planner', async () => {
    const body = {
      title: '队伍活动',
      tierNodeId: village,
      location: '北王村',
      startsAt: fromNow(60),
      endsAt: fromNow(120),
      riskLevel: 'low',
    };
    const missing = await leader
      .post('/api/v1/activities')
      .send({ ...body, teamId: randomUUID() })
      .expect(404);
    expect(missing.body.code).toBe('TEAM.NOT_FOUND');
    const team = (await leader.get(`/api/v1/teams?tierNodeId=${village}`).expect(200)).body.items[0];
    const created = await leader
      .post('/api/v1/activities')
      .send({ ...body, teamId: team.id })
      .expect(201);
    expect(created.body.teamId).toBe(team.id);
  });

  it('fills the first shift, waitlists the rest, and promotes on a cancel', async () => {
    const shift = series[0].id;
    const results = [];
    for (const v of people)
      results.push((await leader.post(`/api/v1/shifts/${shift}/signups`).send({ volunteerId: v }).expect(201)).body);
    expect(results.map((r) => [r.status, r.position])).toEqual([
      ['confirmed', undefined],
      ['confirmed', undefined],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    expect(
      (await leader.post(`/api/v1/shifts/${shift}/signups`).send({ volunteerId: people[0] }).expect(409)).body.code,
    ).toBe('SIGNUP.ALREADY');
    const cancelled = await leader.delete(`/api/v1/shifts/${shift}/signups/${people[0]}`).expect(200);
    expect(cancelled.body.promotedVolunteerId).toBe(people[2]);
    const roster = (await leader.get(`/api/v1/shifts/${shift}/roster`).expect(200)).body;
    expect(roster.confirmed.map((e: { volunteerId: string }) => e.volunteerId).sort()).toEqual(
      [people[1], people[2]].sort(),
    );
    expect(
      roster.waitlisted.map((e: { volunteerId: string; position: number }) => [e.volunteerId, e.position]),
    ).toEqual([[people[3], 1]]);
    const [note] = await data().query(`SELECT kind FROM notifications WHERE volunteer_id = $1`, [people[2]]);
    expect(note.kind).toBe('promoted');
  });

  it('checks in and out, publishing the attendance event for the hours ledger', async () => {
    const shift = series[0].id;
    await leader.post(`/api/v1/shifts/${shift}/check-out`).send({ volunteerId: people[1] }).expect(409);
    const checkedIn = await leader
      .post(`/api/v1/shifts/${shift}/check-in`)
      .send({ volunteerId: people[1] })
      .expect(200);
    expect(checkedIn.body.checkedInAt).toBeTruthy();
    expect(
      (await leader.post(`/api/v1/shifts/${shift}/check-in`).send({ volunteerId: people[1] }).expect(409)).body.code,
    ).toBe('CHECKIN.ALREADY');
    const out = await leader.post(`/api/v1/shifts/${shift}/check-out`).send({ volunteerId: people[1] }).expect(200);
    expect(out.body.checkedOutAt).toBeTruthy();

    type OutboxRow = { id: string; payload: unknown; publishedAt: Date | null };
    const [row] = await waitFor<OutboxRow[]>(
      () =>
        data().query(`SELECT id, payload, published_at AS "publishedAt" FROM outbox WHERE subject = $1`, [
          ActivitiesEvents.attendanceRecorded,
        ]),
      (r) => r.length === 1 && r[0].publishedAt !== null,
    );
    const payload = row.payload as AttendanceRecordedPayload;
    expect(payload).toMatchObject({
      attendanceId: out.body.attendanceId,
      volunteerId: people[1],
      shiftId: shift,
      activityId,
      projectDomain: 'community_governance',
      tierNodeId: village,
      tierPath: villagePath,
      checkedInAt: checkedIn.body.checkedInAt,
      checkedOutAt: out.body.checkedOutAt,
    });
    const nc = await connectNats(system.nats.url, 'activities-e2e');
    try {
      const jsm = await jetstreamManager(nc);
      const streams = await jsm.streams.list().next();
      const msg = await jsm.streams.getMessage(streams[0].config.name, {
        last_by_subj: ActivitiesEvents.attendanceRecorded,
      });
      expect(msg?.json<EventEnvelope<AttendanceRecordedPayload>>()).toMatchObject({
        id: row.id,
        payload: { volunteerId: people[1] },
      });
    } finally {
      await nc.close();
    }
  });

  it('marks confirmed volunteers who never checked in as no-shows after the shift', async () => {
    const jobs = system.replicas.get('activities')![0].get(ShiftJobs);
    await jobs.run(new Date(new Date(series[0].endsAt).getTime() + 60_000));
    const roster = (await leader.get(`/api/v1/shifts/${series[0].id}/roster`).expect(200)).body;
    expect(roster.noShow.map((e: { volunteerId: string }) => e.volunteerId)).toEqual([people[2]]);
    expect(roster.checkedIn.map((e: { volunteerId: string }) => e.volunteerId)).toEqual([people[1]]);
  });

  it('shows a volunteer the shifts they can take, signs them up, refuses a clash', async () => {
    // The demo volunteer has seeded sign-ups at fixed local hours; the series starts 20 minutes from
    // now, so at some hours of the day it would clash with one. They cancel those first, as a
    // volunteer clearing their week would, so what follows does not depend on the clock.
    const seeded = (await volunteer.get(`/api/v1/volunteers/${persona}/shifts`).expect(200)).body as {
      id: string;
      startsAt: string;
      endsAt: string;
    }[];
    const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
      new Date(a.startsAt) < new Date(b.endsAt) && new Date(b.startsAt) < new Date(a.endsAt);
    for (const shift of seeded.filter((s) => series.some((x) => overlaps(s, x)))) {
      await volunteer.delete(`/api/v1/shifts/${shift.id}/signups/${persona}`).expect(200);
    }
    const eligible = (await volunteer.get('/api/v1/shifts?eligibleFor=me&pageSize=100').expect(200)).body;
    const ids = eligible.items.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([series[1].id, series[2].id]));
    const signed = await volunteer
      .post(`/api/v1/shifts/${series[1].id}/signups`)
      .send({ volunteerId: persona })
      .expect(201);
    expect(signed.body.status).toBe('confirmed');
    // Someone else's sign-up is not theirs to make.
    expect(
      (await volunteer.post(`/api/v1/shifts/${series[2].id}/signups`).send({ volunteerId: people[3] }).expect(403)).body
        .code,
    ).toBe('ACCESS.NOT_YOURSELF');
    // An overlapping shift of another activity clashes.
    const other = await leader
      .post('/api/v1/activities')
      .send({
        title: '同时段的另一个活动',
        tierNodeId: village,
        location: '村委会',
        startsAt: fromNow(0),
        endsAt: fromNow(60 * 24 * 30),
        riskLevel: 'low',
      })
      .expect(201);
    const overlapping = await leader
      .post(`/api/v1/activities/${other.body.id}/shifts`)
      .send({
        startsAt: new Date(new Date(series[1].startsAt).getTime() + 30 * 60_000).toISOString(),
        endsAt: series[1].endsAt,
        capacity: 3,
      })
      .expect(201);
    const clash = await volunteer
      .post(`/api/v1/shifts/${overlapping.body.items[0].id}/signups`)
      .send({ volunteerId: persona })
      .expect(409);
    expect(clash.body.code).toBe('SIGNUP.CLASH');
    const mine = (await volunteer.get(`/api/v1/volunteers/${persona}/shifts`).expect(200)).body;
    expect(mine.map((s: { id: string }) => s.id)).toContain(series[1].id);
    expect(
      (await volunteer.get(`/api/v1/shifts?eligibleFor=me&pageSize=100`).expect(200)).body.items.map(
        (s: { id: string }) => s.id,
      ),
    ).not.toContain(overlapping.body.items[0].id);
  });

  it('lets a volunteer check themself in with the code, inside the window only', async () => {
    const soon = (
      await leader
        .post(`/api/v1/activities/${activityId}/shifts`)
        .send({ startsAt: fromNow(-10), endsAt: fromNow(5), capacity: 5 })
        .expect(201)
    ).body.items[0];
    await data().query(
      `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at, confirmed_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, now())`,
      [randomUUID(), DEMO_STATION.tenantId, soon.id, persona, soon.startsAt, soon.endsAt],
    );
    const code = (await leader.get(`/api/v1/shifts/${soon.id}/check-in-code`).expect(200)).body;
    expect(code.qrPayload).toBe(`linli:checkin:${soon.id}:${code.code}`);
    // The QR image opens the console's My shifts with this code filled in, at the address the client used.
    expect(code.checkInUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#/my\\?checkin=${soon.id}&code=${code.code}$`),
    );
    expect(code.qrSvg).toBe(
      await QRCode.toString(code.checkInUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
    );
    await volunteer.get(`/api/v1/shifts/${soon.id}/check-in-code`).expect(403);
    // The same code printed on an A4 sheet for the village point, for the same leaders only.
    const sheet = await asBytes(leader.get(`/api/v1/shifts/${soon.id}/check-in-sheet`)).expect(200);
    expect(sheet.headers['content-type']).toMatch(/^application\/pdf/);
    expect(sheet.headers['content-disposition']).toContain(`check-in-sheet-${soon.id}.pdf`);
    const pdf = sheet.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    if (text !== null) {
      expect(text).toContain(code.code);
      expect(text).toContain('Scan with your phone to check in');
    }
    await volunteer.get(`/api/v1/shifts/${soon.id}/check-in-sheet`).expect(403);
    await leader.get(`/api/v1/shifts/${randomUUID()}/check-in-sheet`).expect(404);
    const wrong = code.code === '000000' ? '111111' : '000000';
    expect(
      (
        await volunteer
          .post(`/api/v1/shifts/${soon.id}/check-in`)
          .send({ volunteerId: persona, code: wrong })
          .expect(422)
      ).body.code,
    ).toBe('CHECKIN.CODE_INVALID');
    await volunteer
      .post(`/api/v1/shifts/${soon.id}/check-in`)
      .send({ volunteerId: persona, code: code.code })
      .expect(200);

    const later = (await volunteer.get(`/api/v1/volunteers/${persona}/shifts`).expect(200)).body.find(
      (s: { id: string }) => s.id === series[1].id,
    );
    const laterCode = (await leader.get(`/api/v1/shifts/${later.id}/check-in-code`).expect(200)).body.code;
    const outside = await volunteer
      .post(`/api/v1/shifts/${later.id}/check-in`)
      .send({ volunteerId: persona, code: laterCode })
      .expect(422);
    expect(outside.body.code).toBe('CHECKIN.OUTSIDE_WINDOW');
  });

  it('locks self check-in after five wrong codes, leaving the leader able to check the volunteer in', async () => {
    const shift = (
      await leader
        .post(`/api/v1/activities/${activityId}/shifts`)
        .send({ startsAt: fromNow(20), endsAt: fromNow(50), capacity: 5 })
        .expect(201)
    ).body.items[0];
    await data().query(
      `INSERT INTO signups (id, tenant_id, shift_id, volunteer_id, status, starts_at, ends_at, confirmed_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, now())`,
      [randomUUID(), DEMO_STATION.tenantId, shift.id, persona, shift.startsAt, shift.endsAt],
    );
    const { code } = (await leader.get(`/api/v1/shifts/${shift.id}/check-in-code`).expect(200)).body;
    const wrong = code === '000000' ? '111111' : '000000';
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await volunteer
        .post(`/api/v1/shifts/${shift.id}/check-in`)
        .send({ volunteerId: persona, code: wrong })
        .expect(422);
      left.push(res.body.details.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const locked = await volunteer
      .post(`/api/v1/shifts/${shift.id}/check-in`)
      .send({ volunteerId: persona, code })
      .expect(429);
    expect(locked.body.code).toBe('CHECKIN.TOO_MANY_ATTEMPTS');
    await leader.post(`/api/v1/shifts/${shift.id}/check-in`).send({ volunteerId: persona }).expect(200);
  });

  it('delivers a leader’s message to the inbox and serves a private iCal feed', async () => {
    const sent = await leader
      .post(`/api/v1/shifts/${series[1].id}/messages`)
      .send({ text: '请提前十分钟到岗' })
      .expect(201);
    expect(sent.body.recipients).toBeGreaterThanOrEqual(1);
    const inbox = (await volunteer.get('/api/v1/me/notifications').expect(200)).body;
    expect(inbox.items[0]).toMatchObject({
      kind: 'shift_message',
      body: '请提前十分钟到岗',
      shiftId: series[1].id,
      readAt: null,
    });
    const read = await volunteer.post(`/api/v1/me/notifications/${inbox.items[0].id}/read`).expect(200);
    expect(read.body.readAt).toBeTruthy();
    expect((await volunteer.get('/api/v1/me/notifications').expect(200)).body.unread).toBe(inbox.unread - 1);

    const link = (await volunteer.get(`/api/v1/volunteers/${persona}/calendar-link`).expect(200)).body.url;
    expect(link).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    expect((await leader.get(`/api/v1/volunteers/${persona}/calendar-link`).expect(200)).body.url).toBe(link);
    const feed = await system.anonymous().get(link).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const unfolded = feed.text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:${series[1].id}-${persona}@linli`);
    // In the station's own zone, with the zone's definition beside it.
    expect(unfolded).toMatch(/\r\nDTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}\r\n/);
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
    expect(unfolded).toContain('LOCATION:北王村便民服务点');
    const eventOf = (text: string, shiftId: string) => {
      const at = text.indexOf(`UID:${shiftId}-${persona}@linli`);
      return at < 0 ? '' : text.slice(at, text.indexOf('END:VEVENT', at));
    };
    expect(eventOf(unfolded, series[1].id)).toMatch(/SEQUENCE:\d+\r\n[\s\S]*BEGIN:VALARM[\s\S]*STATUS:CONFIRMED/);
    // A place given up stays in the feed, cancelled, so a subscribed calendar removes it.
    await volunteer.post(`/api/v1/shifts/${series[2].id}/signups`).send({ volunteerId: persona }).expect(201);
    const booked = eventOf((await system.anonymous().get(link).expect(200)).text.replace(/\r\n /g, ''), series[2].id);
    expect(booked).toContain('STATUS:CONFIRMED');
    await volunteer.delete(`/api/v1/shifts/${series[2].id}/signups/${persona}`).expect(200);
    const dropped = eventOf((await system.anonymous().get(link).expect(200)).text.replace(/\r\n /g, ''), series[2].id);
    expect(dropped).toContain('STATUS:CANCELLED');
    expect(dropped).not.toContain('VALARM');
    expect(Number(/SEQUENCE:(\d+)/.exec(dropped)?.[1])).toBeGreaterThan(Number(/SEQUENCE:(\d+)/.exec(booked)?.[1]));
    await system.anonymous().get('/api/v1/calendar/not-a-real-token-at-all-123456.ics').expect(404);
  });

  describe('a station in another time zone (Europe/Berlin)', () => {
    it('expands a weekly series at 09:00 Berlin time across the October DST change, as hours days are Berlin days', async () => {
      const admin = await system.as('admin');
      const opened = await admin
        .post('/api/v1/stations')
        .send({
          name: '柏林邻里服务站',
          region: 'Berlin, Deutschland',
          timezone: 'Europe/Berlin',
          head: { name: '林站长', phone: '13800000201' },
        })
        .expect(201);
      expect(opened.body).toMatchObject({
        timezone: 'Europe/Berlin',
        activationCode: expect.stringMatching(/^\d{6}$/),
      });
      const tenantId: string = opened.body.id;
      const activated = await system
        .anonymous()
        .post('/api/v1/auth/activate')
        .send({ phone: '13800000201', code: opened.body.activationCode, password: 'Berlin2026pass' })
        .expect(200);
      const head = system.withToken(activated.body.accessToken);

      // evt.organisations.station.created reaches activities and hours through their inbox consumers.
      const zoneIn = async (service: string) =>
        (
          await system.data
            .get(service)!
            .query('SELECT timezone FROM station_settings WHERE tenant_id = $1', [tenantId])
        )[0]?.timezone as string | undefined;
      expect(
        await waitFor(
          () => zoneIn('activities'),
          (z) => z === 'Europe/Berlin',
          15_000,
        ),
      ).toBe('Europe/Berlin');
      expect(
        await waitFor(
          () => zoneIn('hours'),
          (z) => z === 'Europe/Berlin',
          15_000,
        ),
      ).toBe('Europe/Berlin');
      const hoursSettings = await head.get('/api/v1/hours/settings').expect(200);
      expect(hoursSettings.body).toMatchObject({ timezone: 'Europe/Berlin', certificatePrefix: 'ZY' });

      const community = await head
        .post('/api/v1/tiers')
        .send({ parentId: opened.body.rootNodeId, level: 'community', name: 'Mitte' })
        .expect(201);
      const berlinVillage = await head
        .post('/api/v1/tiers')
        .send({ parentId: community.body.id, level: 'village', name: 'Moabit' })
        .expect(201);
      const project = await head
        .post('/api/v1/projects')
        .send({ name: '邻里茶话会', domain: 'community_governance', tierNodeId: berlinVillage.body.id })
        .expect(201);
      const activity = await head
        .post('/api/v1/activities')
        .send({
          title: '周一上午邻里咖啡角',
          projectId: project.body.id,
          tierNodeId: berlinVillage.body.id,
          location: 'Moabit Nachbarschaftshaus',
          startsAt: '2026-10-19T09:00:00+02:00',
          endsAt: '2026-11-30T12:00:00+01:00',
          riskLevel: 'low',
        })
        .expect(201);
      const created = await head
        .post(`/api/v1/activities/${activity.body.id}/shifts`)
        .send({
          startsAt: '2026-10-19T09:00:00+02:00',
          endsAt: '2026-10-19T11:00:00+02:00',
          capacity: 3,
          recurrence: 'FREQ=WEEKLY;COUNT=3',
        })
        .expect(201);
      // Summer time ends on Sunday 25 October 2026: 09:00 in Berlin is 07:00Z before, 08:00Z after.
      expect(created.body.items.map((i: { startsAt: string; endsAt: string }) => [i.startsAt, i.endsAt])).toEqual([
        ['2026-10-19T07:00:00.000Z', '2026-10-19T09:00:00.000Z'],
        ['2026-10-26T08:00:00.000Z', '2026-10-26T10:00:00.000Z'],
        ['2026-11-02T08:00:00.000Z', '2026-11-02T10:00:00.000Z'],
      ]);
    });
  });
});
