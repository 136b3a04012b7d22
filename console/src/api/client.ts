// The typed API client: paths, parameters, bodies and responses come from the gateway's OpenAPI
// document (schema.d.ts, `npm run api:client`), so a changed endpoint fails `vue-tsc`, not users.
//
//   const org = await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }));
import createClient from 'openapi-fetch';
import { apiFetch, problemOf } from './http.ts';
import type { components, paths } from './schema.d.ts';

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: apiFetch,
});

/** A schema of the API by name, e.g. `Schema<'OrganisationDetailDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The body of a successful call, or an ApiError carrying the problem of a refused one. */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<Exclude<R['data'], undefined>> {
  const result = await call;
  if (!result.response.ok || result.error !== undefined) throw problemOf(result.response, result.error);
  return result.data as Exclude<R['data'], undefined>;
}
