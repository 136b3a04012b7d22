import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';

export const SERVICE_DOMAINS = ['social_assistance', 'elderly_care', 'child_care', 'community_governance'] as const;
export type ServiceDomain = (typeof SERVICE_DOMAINS)[number];

/**
 * Payload of `evt.activities.attendance.recorded`, published when a volunteer is checked out.
 * The hours service turns it into a pending ledger entry; the event id (envelope id) is the
 * idempotency key of that entry. Validated when consumed: a malformed one is dead-lettered.
 */
export class AttendanceRecordedPayload {
  @IsUUID('all') attendanceId: string;
  @IsUUID('all') volunteerId: string;
  @IsUUID('all') shiftId: string;
  @IsUUID('all') activityId: string;
  @IsString() activityTitle: string;
  @IsOptional() @IsUUID('all') projectId: string | null;
  @IsOptional() @IsIn(SERVICE_DOMAINS) projectDomain: ServiceDomain | null;
  @IsOptional() @IsUUID('all') teamId: string | null;
  @IsUUID('all') tierNodeId: string;
  @IsString() @IsNotEmpty() tierPath: string;
  @IsString() location: string;
  /** ISO 8601 with offset. */
  @IsISO8601() checkedInAt: string;
  @IsISO8601() checkedOutAt: string;
  @IsISO8601() shiftStartsAt: string;
  @IsISO8601() shiftEndsAt: string;
  /** The user who checked the volunteer out (a leader), or the volunteer's own user id. */
  @IsString() @IsNotEmpty() recordedBy: string;
}

/** Payload of `evt.activities.signup.confirmed`: a volunteer holds a confirmed place (signed up or promoted). */
export class SignupConfirmedPayload {
  @IsUUID('all') signupId: string;
  @IsUUID('all') shiftId: string;
  @IsUUID('all') volunteerId: string;
  @IsUUID('all') activityId: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
}

/** Payload of `evt.activities.signup.cancelled`: a confirmed place or a waitlist position was given up. */
export class SignupCancelledPayload {
  @IsUUID('all') signupId: string;
  @IsUUID('all') shiftId: string;
  @IsUUID('all') volunteerId: string;
  @IsUUID('all') activityId: string;
  @IsIn(['confirmed', 'waitlisted']) wasStatus: 'confirmed' | 'waitlisted';
}
