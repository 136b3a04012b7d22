/** Request/reply subjects of the volunteers service (`<service>.<entity>.<verb>`). */
export const VolunteersSubjects = {
  register: 'volunteers.volunteer.register',
  join: 'volunteers.volunteer.join',
  confirm: 'volunteers.volunteer.confirm',
  list: 'volunteers.volunteer.list',
  get: 'volunteers.volunteer.get',
  update: 'volunteers.volunteer.update',
  recruiters: 'volunteers.recruiter.list',
  importStart: 'volunteers.import.start',
  importRows: 'volunteers.import.rows',
  importFinish: 'volunteers.import.finish',
  importGet: 'volunteers.import.get',
} as const;

/** Events the volunteers service publishes through its outbox; payload: `VolunteerEventPayload`. */
export const VolunteersEvents = {
  registered: 'evt.volunteers.volunteer.registered',
  updated: 'evt.volunteers.volunteer.updated',
} as const;
