import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivitiesApi, type AttendanceRecordedPayload } from '#linli/contracts';
import { inboxConsumerHost, type EventEnvelope } from '#linli/platform';
import type { HoursConfig } from '../hours.config.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { attendanceCredit } from '../ledger/ledger.rules.js';
import { StationsRepository } from '../stations/stations.repository.js';
import { todayIn } from '../stations/stations.rules.js';

export const ATTENDANCE_CONSUMER = 'hours-attendance';

// Stateless: every method takes the inbox transaction's manager.
const ledger = new LedgerRepository();
const stations = new StationsRepository();

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
  const p = event.payload;
  const settings = await stations.settings(manager, event.tenantId);
  const credit = attendanceCredit(p, settings.minAttendanceShare);
  return ledger.insertAttendance(manager, {
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
  });
}

/**
 * Consumes check-outs from JetStream (durable, explicit ack, shared by every replica): each event
 * is validated by its declared class (a malformed one is set aside as a dead letter, not retried
 * forever) and applied in one transaction with its inbox row, so a redelivery or a crash before
 * the ack changes nothing. Several pullers per replica keep up with bursts.
 */
export const AttendanceConsumer = inboxConsumerHost<AttendanceRecordedPayload>({
  durable: ATTENDANCE_CONSUMER,
  events: [ActivitiesApi.events.attendanceRecorded],
  handle: recordAttendance,
  concurrency: (config) => (config as Partial<HoursConfig>).ATTENDANCE_CONCURRENCY ?? 8,
  ackWaitMs: (config) => (config as Partial<HoursConfig>).ATTENDANCE_ACK_WAIT_MS ?? 30_000,
});
