/** Request/reply subjects of the hours service (`<service>.<entity>.<verb>`). */
export const HoursSubjects = {
  volunteerHours: 'hours.summary.get',
  entryCreate: 'hours.entry.create',
  entryApprove: 'hours.entry.approve',
  entryReject: 'hours.entry.reject',
  entryApproveMany: 'hours.entry.approve_many',
  entryList: 'hours.entry.list',
  correctionRequest: 'hours.correction.request',
  correctionAccept: 'hours.correction.accept',
  correctionRefuse: 'hours.correction.refuse',
  exportBuild: 'hours.export.build',
  settingsGet: 'hours.settings.get',
  settingsUpdate: 'hours.settings.update',
  certificateIssue: 'hours.certificate.issue',
  certificatePdf: 'hours.certificate.pdf',
  certificateVerify: 'hours.certificate.verify',
  certificateRevoke: 'hours.certificate.revoke',
} as const;

/** Events the hours service publishes through its outbox. */
export const HoursEvents = {
  starLevelChanged: 'evt.hours.star_level.changed',
} as const;

/** Payload of `evt.hours.star_level.changed`. */
export interface StarLevelChangedPayload {
  volunteerId: string;
  tierPath: string;
  fromLevel: number;
  toLevel: number;
  approvedMinutes: number;
}
