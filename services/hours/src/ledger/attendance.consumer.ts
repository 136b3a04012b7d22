import { ActivitiesEvents, type AttendanceRecordedPayload } from '#linli/contracts';
import { inboxConsumerHost } from '#linli/platform';
import type { HoursConfig } from '../hours.config.js';
import { ATTENDANCE_CONSUMER, recordAttendance } from './attendance.js';

/**
 * Consumes check-outs from JetStream (durable, explicit ack, shared by every replica): each event
 * is applied in one transaction with its inbox row, so a redelivery or a crash before the ack
 * changes nothing. Several pullers per replica keep up with bursts.
 */
export const AttendanceConsumer = inboxConsumerHost<AttendanceRecordedPayload>({
  durable: ATTENDANCE_CONSUMER,
  filterSubject: ActivitiesEvents.attendanceRecorded,
  handle: recordAttendance,
  concurrency: (config) => (config as Partial<HoursConfig>).ATTENDANCE_CONCURRENCY ?? 8,
  ackWaitMs: (config) => (config as Partial<HoursConfig>).ATTENDANCE_ACK_WAIT_MS ?? 30_000,
});
