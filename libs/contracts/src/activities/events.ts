/** Events the activities service publishes through its outbox. */
export const ActivitiesEvents = {
  attendanceRecorded: 'evt.activities.attendance.recorded',
  signupConfirmed: 'evt.activities.signup.confirmed',
  signupCancelled: 'evt.activities.signup.cancelled',
} as const;

export const SERVICE_DOMAINS = ['social_assistance', 'elderly_care', 'child_care', 'community_governance'] as const;
export type ServiceDomain = (typeof SERVICE_DOMAINS)[number];

/**
 * Payload of `evt.activities.attendance.recorded`, published when a volunteer is checked out.
 * The hours service turns it into a pending ledger entry; the event id (envelope id) is the
 * idempotency key of that entry.
 */
export interface AttendanceRecordedPayload {
  attendanceId: string;
  volunteerId: string;
  shiftId: string;
  activityId: string;
  activityTitle: string;
  projectId: string | null;
  projectDomain: ServiceDomain | null;
  teamId: string | null;
  tierNodeId: string;
  tierPath: string;
  location: string;
  /** ISO 8601 with offset. */
  checkedInAt: string;
  checkedOutAt: string;
  shiftStartsAt: string;
  shiftEndsAt: string;
  /** The user who checked the volunteer out (a leader), or the volunteer's own user id. */
  recordedBy: string;
}
