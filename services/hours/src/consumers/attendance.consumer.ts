import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivitiesApi, type AttendanceRecordedPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import type { HoursConfig } from '../hours.config.js';
import { LedgerRepository, type AttendanceEntry } from '../ledger/ledger.repository.js';
import { attendanceCredit } from '../ledger/ledger.rules.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { todayIn, type StationSettings } from '../stations/stations.rules.js';

export const ATTENDANCE_CONSUMER = 'hours-attendance';

// Stateless: every method takes the inbox transaction's manager.
const ledger = new LedgerRepository();
const stations = new StationsRepository();

/** The pending entry one check-out is worth under its station's settings (`ledger.rules.ts`, the station's zone). */
function attendanceEntry(event: EventEnvelope<AttendanceRecordedPayload>, settings: StationSettings): AttendanceEntry {
  const p = event.payload;
  const credit = attendanceCredit(p, settings.minAttendanceShare);
  return {
    id: randomUUID(),
    tenantId: event.tenantId,
    volunteerId: p.volunteerId,
    sourceEventId: event.id,
    attendanceId: p.attendanceId,
    date: todayIn(settings.timezone, new Date(p.checkedInAt)),
    minutes: Math.min(credit.minutes, 1440),
    actualMinutes: credit.actualMinutes,
    shiftMinutes: credit.shiftMinutes,
    attendedShare: credit.attendedShare,
    counts: credit.counts,
    notCountedReason: credit.notCountedReason,
    activityId: p.activityId,
    activityTitle: p.activityTitle,
    shiftId: p.shiftId,
    projectId: p.projectId,
    projectDomain: p.projectDomain,
    teamId: p.teamId,
    tierNodeId: p.tierNodeId,
    tierPath: p.tierPath,
    place: p.location,
    checkedInAt: p.checkedInAt,
    checkedOutAt: p.checkedOutAt,
    recordedBy: p.recordedBy,
  };
}

/**
 * Turns one check-out into a pending ledger entry, inside the inbox transaction: the credited
 * minutes and the station's share rule come from `ledger.rules.ts`, the service date from the
 * station's zone. A second event for the same attendance (a replay under a new event id) hits the
 * unique attendance index and changes nothing. Returns whether it wrote.
 */
export async function recordAttendance(
  manager: EntityManager,
  event: EventEnvelope<AttendanceRecordedPayload>,
): Promise<boolean> {
  const settings = await stations.settings(manager, event.tenantId);
  return ledger.insertAttendance(manager, attendanceEntry(event, settings));
}

/**
 * Turns a batch of check-outs into pending entries with one insert, inside the batch's inbox
 * transaction: each station's settings are read once for the batch; a replay of an attendance
 * already in the ledger, or twice in the batch, changes nothing (the unique attendance index).
 * Returns the ids of the events that wrote an entry.
 */
export async function recordAttendances(
  manager: EntityManager,
  events: EventEnvelope<AttendanceRecordedPayload>[],
): Promise<string[]> {
  const settings = new Map<string, StationSettings>();
  for (const tenantId of new Set(events.map((e) => e.tenantId))) {
    settings.set(tenantId, await stations.settings(manager, tenantId));
  }
  return ledger.insertAttendances(
    manager,
    events.map((e) => attendanceEntry(e, settings.get(e.tenantId)!)),
  );
}

/**
 * Consumes check-outs from JetStream (durable, explicit ack, shared by every replica): each event
 * is validated by its declared class (a malformed one is set aside as a dead letter, not retried
 * forever); what arrived while the last batch was written is applied as one batch, in one
 * transaction with its inbox rows, so a redelivery or a crash before the ack changes nothing. A
 * batch that fails is applied again event by event (`recordAttendance`), so one bad check-out is
 * set aside alone. Several pullers per replica overlap their commits.
 */
export const AttendanceConsumer = inboxConsumerHost<AttendanceRecordedPayload>({
  durable: ATTENDANCE_CONSUMER,
  events: [ActivitiesApi.events.attendanceRecorded],
  handle: recordAttendance,
  handleBatch: recordAttendances,
  batchSize: (config) => (config as Partial<HoursConfig>).ATTENDANCE_BATCH_SIZE ?? 500,
  concurrency: (config) => (config as Partial<HoursConfig>).ATTENDANCE_CONCURRENCY ?? 4,
  ackWaitMs: (config) => (config as Partial<HoursConfig>).ATTENDANCE_ACK_WAIT_MS ?? 30_000,
});
