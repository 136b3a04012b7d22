// The console's only door to the server: every call to /api/v1 goes through `request`,
// which adds the bearer token of the signed-in user (one place: `authHeaders`), renews an
// expired access token once with the refresh token, and turns failures into ApiError.

const BASE = '/api/v1';
/** Calls slower than this show the global loading indicator. */
const SLOW_MS = 250;
/** Renew the access token this long before it expires. */
const RENEW_EARLY_MS = 15_000;
const SESSION_KEY = 'linli.console.session';

// ---- the signed-in session, kept for this browser tab only ----
export const session = {
  /** { accessToken, refreshToken, expiresAt, user } or null. */
  get() {
    try {
      const value = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
      return value && typeof value.accessToken === 'string' ? value : null;
    } catch {
      return null;
    }
  },
  /** Stores a TokenResponse from login or refresh. */
  set(tokens) {
    const value = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + (Number(tokens.expiresIn) || 0) * 1000,
      user: tokens.user ?? session.get()?.user ?? null,
    };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
    return value;
  },
  clear() {
    sessionStorage.removeItem(SESSION_KEY);
  },
};

const unauthenticatedListeners = new Set();
/** Called when the server no longer accepts the session (and it could not be renewed). */
export function onUnauthenticated(listener) {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function authHeaders() {
  const token = session.get()?.accessToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** An RFC 9457 problem returned by the API (or made up for network failures). */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.details = problem.details ?? {};
    this.requestId = problem.requestId;
  }
}

// ---- loading indicator: a counter of calls in flight, announced after SLOW_MS ----
let inFlight = 0;
const loadingListeners = new Set();

/** Subscribes to "something slow is loading" changes; returns an unsubscribe function. */
export function onLoadingChange(listener) {
  loadingListeners.add(listener);
  return () => loadingListeners.delete(listener);
}

function setLoading(delta) {
  const before = inFlight > 0;
  inFlight += delta;
  const after = inFlight > 0;
  if (before !== after) for (const listener of loadingListeners) listener(after);
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function send(method, path, { query, body, idempotencyKey, signal, auth }) {
  const headers = { Accept: 'application/json, application/problem+json', ...(auth ? authHeaders() : {}) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(`${BASE}${path}${queryString(query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK.FAILED',
      title: '网络错误 / Network error',
      detail: '无法连接服务器，请检查网络后重试 / Could not reach the server; check the connection and retry',
    });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  return { response, data };
}

function problemOf(response, data) {
  const problem = data && typeof data === 'object' ? data : {};
  return new ApiError({
    status: response.status,
    code: problem.code ?? `HTTP.${response.status}`,
    title: problem.title ?? response.statusText,
    detail: problem.detail ?? `请求失败 (HTTP ${response.status}) / Request failed`,
    errors: problem.errors,
    details: problem.details,
    requestId: problem.requestId ?? response.headers.get('x-request-id') ?? undefined,
  });
}

let renewing = null;
/** Exchanges the refresh token for new tokens; one exchange at a time. Resolves to true on success. */
function renewSession() {
  renewing ??= (async () => {
    const refreshToken = session.get()?.refreshToken;
    if (!refreshToken) return false;
    try {
      const { response, data } = await send('POST', '/auth/refresh', { body: { refreshToken }, auth: false });
      if (!response.ok || !data?.accessToken) return false;
      session.set(data);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    renewing = null;
  });
  return renewing;
}

/**
 * Sends one request and returns the parsed JSON body, or throws an ApiError carrying the problem.
 * `idempotencyKey` is sent as the Idempotency-Key header (creating POSTs). `auth: false` for
 * the login endpoints. A 401 renews the session once and retries (same key, so no double create).
 */
export async function request(method, path, { query, body, idempotencyKey, signal, auth = true } = {}) {
  let slowTimer = setTimeout(() => {
    slowTimer = null;
    setLoading(+1);
  }, SLOW_MS);
  try {
    const options = { query, body, idempotencyKey, signal, auth };
    const current = session.get();
    if (auth && current && current.expiresAt - RENEW_EARLY_MS < Date.now()) await renewSession();
    let { response, data } = await send(method, path, options);
    if (auth && response.status === 401 && session.get() && (await renewSession())) {
      ({ response, data } = await send(method, path, options));
    }
    if (!response.ok) {
      const error = problemOf(response, data);
      if (auth && response.status === 401) {
        session.clear();
        for (const listener of unauthenticatedListeners) listener(error);
      }
      throw error;
    }
    return data;
  } finally {
    if (slowTimer) clearTimeout(slowTimer);
    else setLoading(-1);
  }
}

/** A v4 UUID; crypto.randomUUID needs a secure context, so plain-HTTP LAN deployments fall back. */
export function newUuid() {
  if (globalThis.crypto?.randomUUID) {
    try {
      return crypto.randomUUID();
    } catch {
      // fall through to getRandomValues
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One Idempotency-Key per submission: resubmitting the same body (a retry after an error or
 * a timeout) reuses the key, so the server never creates twice; a changed body gets a new key.
 * Call `succeeded()` once the create went through so the next submission is a new one.
 */
export function idempotencyKeys() {
  let lastBody = null;
  let lastKey = null;
  return {
    keyFor(body) {
      const serialised = JSON.stringify(body);
      if (serialised !== lastBody || !lastKey) {
        lastBody = serialised;
        lastKey = newUuid();
      }
      return lastKey;
    },
    succeeded() {
      lastBody = null;
      lastKey = null;
    },
  };
}

// ---- endpoints ----
const enc = encodeURIComponent;

export const api = {
  /** `login` is a phone number (11 digits) or a username. */
  async login(login, password) {
    const credentials = /^1\d{10}$/.test(login) ? { phone: login, password } : { username: login, password };
    const tokens = await request('POST', '/auth/login', { body: credentials, auth: false });
    return session.set(tokens);
  },
  async logout() {
    const refreshToken = session.get()?.refreshToken;
    session.clear();
    if (refreshToken)
      await request('POST', '/auth/logout', { body: { refreshToken }, auth: false }).catch(() => undefined);
  },
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
export async function importVolunteers(file, { dryRun, importId, onProgress } = {}) {
  const current = session.get();
  if (current && current.expiresAt - RENEW_EARLY_MS < Date.now()) await renewSession();
  setLoading(+1);
  try {
    const query = { dryRun: dryRun ? 'true' : 'false', ...(importId ? { importId } : {}) };
    const type = sheetContentType(file);
    let { response, data } = await sendFile('/volunteers/import', query, file, type, onProgress);
    if (response.status === 401 && session.get() && (await renewSession()))
      ({ response, data } = await sendFile('/volunteers/import', query, file, type, onProgress));
    if (response.status === 401) {
      session.clear();
      for (const listener of unauthenticatedListeners) listener();
    }
    if (!response.ok) throw problemOf(response, data);
    return data;
  } finally {
    setLoading(-1);
  }
}

/**
 * Fetches a file the API serves behind the bearer token (a certificate PDF) as a Blob;
 * `path` is what the API handed out, e.g. /api/v1/certificates/JL-2021-000001.pdf.
 */
export async function fetchBlob(path, accept = 'application/pdf') {
  const url = path.startsWith(BASE) ? path : `${BASE}${path}`;
  const get = () => fetch(url, { headers: { ...authHeaders(), Accept: `${accept}, application/problem+json` } });
  let response = await get();
  if (response.status === 401 && (await renewSession())) response = await get();
  if (!response.ok) {
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    throw problemOf(response, data);
  }
  return response.blob();
}
