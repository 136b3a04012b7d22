// The console's only door to the server: every call to /api/v1 goes through `request`,
// which adds the bearer token of the signed-in user (one place: `authHeaders`), renews an
// expired access token once with the refresh token, and turns failures into ApiError.

import {
  API_BASE as BASE,
  ApiError,
  authHeaders,
  fetchBlob,
  freshSession,
  idempotencyKeys,
  login,
  logout,
  newUuid,
  onUnauthenticated,
  problemOf,
  queryString,
  request as coreRequest,
  renewSession,
  session,
  sessionRefused,
  tracked,
} from '../api/http.ts';

export { ApiError, fetchBlob, idempotencyKeys, newUuid, onUnauthenticated, session };

export const request = (method, path, { query, body, idempotencyKey, signal } = {}) =>
  coreRequest(method, path, { query, body, idempotencyKey, signal });

// ---- endpoints ----
const enc = encodeURIComponent;

export const api = {
  login,
  logout,
  growth: (query) => request('GET', '/organisations/growth', { query }),
  villageCoverage: (query) => request('GET', '/reports/coverage', { query }),
  bureauReport: (query) => request('GET', '/reports/bureau', { query }),
  bureauRollup: (query) => request('GET', '/bureau/stations', { query }),
  bureauStationReport: (stationId, query) =>
    request('GET', `/bureau/stations/${encodeURIComponent(stationId)}/report`, { query }),
  tierTree: () => request('GET', '/tiers/tree'),
  createTier: (body, idempotencyKey) => request('POST', '/tiers', { body, idempotencyKey }),
  updateTier: (id, body) => request('PATCH', `/tiers/${encodeURIComponent(id)}`, { body }),
  listOrganisations: (query, signal) => request('GET', '/organisations', { query, signal }),
  getOrganisation: (id) => request('GET', `/organisations/${encodeURIComponent(id)}`),
  createOrganisation: (body, idempotencyKey) => request('POST', '/organisations', { body, idempotencyKey }),
  updateOrganisation: (id, body) => request('PATCH', `/organisations/${encodeURIComponent(id)}`, { body }),
  changeOrganisationStatus: (id, body) => request('POST', `/organisations/${encodeURIComponent(id)}/status`, { body }),

  // ---- people, shifts, attendance ----
  me: () => request('GET', '/me'),
  listShifts: (query, signal) => request('GET', '/shifts', { query, signal }),
  roster: (shiftId) => request('GET', `/shifts/${enc(shiftId)}/roster`),
  volunteerShifts: (volunteerId, query) => request('GET', `/volunteers/${enc(volunteerId)}/shifts`, { query }),
  signUp: (shiftId, volunteerId) => request('POST', `/shifts/${enc(shiftId)}/signups`, { body: { volunteerId } }),
  cancelSignup: (shiftId, volunteerId) => request('DELETE', `/shifts/${enc(shiftId)}/signups/${enc(volunteerId)}`),
  checkIn: (shiftId, body) => request('POST', `/shifts/${enc(shiftId)}/check-in`, { body }),
  checkOut: (shiftId, volunteerId) => request('POST', `/shifts/${enc(shiftId)}/check-out`, { body: { volunteerId } }),
  checkInCode: (shiftId) => request('GET', `/shifts/${enc(shiftId)}/check-in-code`),
  messageRoster: (shiftId, text) => request('POST', `/shifts/${enc(shiftId)}/messages`, { body: { text } }),
  createActivity: (body, idempotencyKey) => request('POST', '/activities', { body, idempotencyKey }),
  createShifts: (activityId, body, idempotencyKey) =>
    request('POST', `/activities/${enc(activityId)}/shifts`, { body, idempotencyKey }),
  notifications: (query) => request('GET', '/me/notifications', { query }),
  markRead: (id) => request('POST', `/me/notifications/${enc(id)}/read`),

  // ---- hours and certificates ----
  volunteerHours: (volunteerId, query) => request('GET', `/volunteers/${enc(volunteerId)}/hours`, { query }),
  hoursQueue: (query, signal) => request('GET', '/hours', { query, signal }),
  approveHours: (id) => request('POST', `/hours/${enc(id)}/approve`, { body: {} }),
  rejectHours: (id, reason) => request('POST', `/hours/${enc(id)}/reject`, { body: { reason } }),
  bulkApprove: (ids) => request('POST', '/hours/approve', { body: { ids } }),
  requestCorrection: (id, body) => request('POST', `/hours/${enc(id)}/corrections`, { body }),
  issueCertificate: (volunteerId, body, idempotencyKey) =>
    request('POST', `/volunteers/${enc(volunteerId)}/certificates`, { body, idempotencyKey }),

  // ---- volunteers (real-name records), imports and teams: the leads' screens ----
  listVolunteers: (query, signal) => request('GET', '/volunteers', { query, signal }),
  /** `reveal: true` reads the full ID number (station head only; the server audits every read). */
  getVolunteer: (id, { reveal = false } = {}) =>
    request('GET', `/volunteers/${enc(id)}`, { query: reveal ? { reveal: 'idNumber' } : undefined }),
  registerVolunteer: (body, idempotencyKey) => request('POST', '/volunteers', { body, idempotencyKey }),
  confirmVolunteer: (id) => request('POST', `/volunteers/${enc(id)}/confirm`),
  recruiters: (query) => request('GET', '/volunteers/recruiters', { query }),
  volunteerTeams: (id) => request('GET', `/volunteers/${enc(id)}/teams`),
  importStatus: (id) => request('GET', `/volunteers/imports/${enc(id)}`),
  listTeams: (query, signal) => request('GET', '/teams', { query, signal }),
  getTeam: (id) => request('GET', `/teams/${enc(id)}`),
  createTeam: (body, idempotencyKey) => request('POST', '/teams', { body, idempotencyKey }),
  teamMembers: (id) => request('GET', `/teams/${enc(id)}/members`),
  addTeamMember: (id, body, idempotencyKey) => request('POST', `/teams/${enc(id)}/members`, { body, idempotencyKey }),
  removeTeamMember: (id, volunteerId) => request('DELETE', `/teams/${enc(id)}/members/${enc(volunteerId)}`),
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The content type to send a sheet with: the browser's, or guessed from the name (Windows often gives none). */
export function sheetContentType(file) {
  const ext = (file?.name ?? '').toLowerCase().split('.').pop();
  if (ext === 'xlsx') return XLSX_TYPE;
  if (ext === 'csv') return 'text/csv';
  return file?.type || 'application/octet-stream';
}

function sendFile(path, query, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${BASE}${path}${queryString(query)}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', contentType);
    for (const [key, value] of Object.entries(authHeaders())) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ phase: 'upload', loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing' });
    xhr.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          code: 'NETWORK.FAILED',
          title: '网络错误 / Network error',
          detail: '上传中断，请检查网络后重试 / The upload was cut off; check the connection and retry',
        }),
      );
    xhr.onload = () => {
      let data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      const response = {
        ok: xhr.status >= 200 && xhr.status < 300,
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { get: (name) => xhr.getResponseHeader(name) },
      };
      resolve({ response, data });
    };
    xhr.send(file);
  });
}

/**
 * Sends a CSV/XLSX file as the raw request body (its own content type) to the import endpoint,
 * reporting upload progress; returns the ImportResult or throws an ApiError (413, unsupported type…).
 */
export function importVolunteers(file, { dryRun, importId, onProgress } = {}) {
  return tracked(async () => {
    await freshSession();
    const query = { dryRun: dryRun ? 'true' : 'false', ...(importId ? { importId } : {}) };
    const type = sheetContentType(file);
    let { response, data } = await sendFile('/volunteers/import', query, file, type, onProgress);
    if (response.status === 401 && session.get() && (await renewSession()))
      ({ response, data } = await sendFile('/volunteers/import', query, file, type, onProgress));
    if (response.status === 401) sessionRefused(problemOf(response, data));
    if (!response.ok) throw problemOf(response, data);
    return data;
  });
}
