// The signed-in person's volunteer profile, which My shifts and My hours are about.
import { api, unwrap } from '../../api/client.ts';
import { currentPersona } from '../../personas.ts';

/** The volunteer id from the session, or from /me when the login answer lacked it; null without a profile. */
export async function myVolunteerId(): Promise<string | null> {
  const known = currentPersona().volunteerId;
  if (known) return known;
  const me = await unwrap(api.GET('/api/v1/me'));
  return me.volunteerId ?? null;
}
