import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ActivitiesApi, type AttendanceRecordedPayload } from '#linli/contracts';
import type { EventEnvelope } from '#linli/platform';

/** A check-out as the activities service publishes it: a two-hour shift, attended `minutes` from its start. */
export function attendanceEvent(
  tenantId: string,
  volunteer: { id: string; tierNodeId: string; tierPath: string },
  overrides: Partial<AttendanceRecordedPayload> & { minutes?: number; day?: string } = {},
): EventEnvelope<AttendanceRecordedPayload> {
  const { minutes = 90, day = '2021-11-20', ...rest } = overrides;
  const start = new Date(`${day}T09:00:00+08:00`);
  return {
    id: randomUUID(),
    subject: ActivitiesApi.events.attendanceRecorded.subject,
    tenantId,
    occurredAt: new Date().toISOString(),
    payload: {
      attendanceId: randomUUID(),
      volunteerId: volunteer.id,
      shiftId: randomUUID(),
      activityId: randomUUID(),
      activityTitle: '“九龙夕阳红”入户探访',
      projectId: null,
      projectDomain: 'elderly_care',
      teamId: null,
      tierNodeId: volunteer.tierNodeId,
      tierPath: volunteer.tierPath,
      location: '九龙街道北村',
      checkedInAt: start.toISOString(),
      checkedOutAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
      shiftStartsAt: start.toISOString(),
      shiftEndsAt: new Date(start.getTime() + 120 * 60_000).toISOString(),
      recordedBy: randomUUID(),
      ...rest,
    },
  };
}

/** Publishes an event straight to JetStream as the outbox relay does (event id as the dedup id). */
export async function publishToStream(nc: NatsConnection, event: EventEnvelope, msgID = event.id) {
  await jetstream(nc).publish(event.subject, JSON.stringify(event), { msgID });
}
