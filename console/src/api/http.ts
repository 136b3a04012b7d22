// The console's only door to the server. Every call to /api/v1 goes through `apiFetch`, which
// adds the signed-in user's bearer token, renews an access token about to expire (or refused
// with 401) once with the refresh token, counts calls in flight for the loading bar and turns
// network failures into ApiError. The typed client (./client.ts) is built on it.
import { shallowRef } from 'vue';

export const API_BASE = '/api/v1';
/** Calls slower than this show the global loading indicator. */
const SLOW_MS = 250;
/** Renew the access token this long before it expires. */
const RENEW_EARLY_MS = 15_000;
const SESSION_KEY = 'linli.console.session';

/** A grant of a role at a node of the tier tree. */
export interface Grant {
  role: string;
  tierNodeId?: string | null;
}

/** The signed-in user as the login response describes them. */
export interface SessionUser {
  id?: string;
  name?: string;
  volunteerId?: string | null;
  grants?: Grant[];
  [key: string]: unknown;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user: SessionUser | null;
}

/** Tokens from login or refresh. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn?: number;
  user?: SessionUser;
}

function readSession(): Session | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return value && typeof value.accessToken === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The signed-in session, kept for this browser tab only; reactive so the shell follows it. */
export const currentSession = shallowRef<Session | null>(readSession());

export const session = {
  get(): Session | null {
    return currentSession.value;
  },
  /** Stores a TokenResponse from login or refresh. */
  set(tokens: TokenResponse): Session {
    const value: Session = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + (Number(tokens.expiresIn) || 0) * 1000,
      user: tokens.user ?? currentSession.value?.user ?? null,
    };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
    currentSession.value = value;
    return value;
  },
  clear(): void {
    sessionStorage.removeItem(SESSION_KEY);
    currentSession.value = null;
  },
};

/** One field's error in a 400 problem. */
export interface FieldError {
  field: string;
  code: string;
  message?: string;
}

/** An RFC 9457 problem returned by the API (or made up for network failures). */
export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? `HTTP.${problem.status}`;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.details = problem.details ?? {};
    this.requestId = problem.requestId;
  }
}

/** The problem of a refused response; `body` is its parsed JSON, when it had some. */
export function problemOf(response: Response, body: unknown): ApiError {
  const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
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

const networkError = () =>
  new ApiError({
    status: 0,
    code: 'NETWORK.FAILED',
    title: '网络错误 / Network error',
    detail: '无法连接服务器，请检查网络后重试 / Could not reach the server; check the connection and retry',
  });

// ---- the session ending, and the loading indicator ----
const unauthenticatedListeners = new Set<(error: ApiError) => void>();
/** Called when the server no longer accepts the session (and it could not be renewed). */
export function onUnauthenticated(listener: (error: ApiError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** The server turned the session down for good: forget it and tell the shell (back to login). */
export function sessionRefused(error: ApiError): void {
  session.clear();
  for (const listener of unauthenticatedListeners) listener(error);
}

/** Whether some call has been in flight longer than SLOW_MS. */
export const loading = shallowRef(false);
let inFlight = 0;
function setLoading(delta: number) {
  inFlight += delta;
  loading.value = inFlight > 0;
}

/** Counts `work` towards the loading bar once it has taken longer than SLOW_MS. */
export async function tracked<T>(work: () => Promise<T>): Promise<T> {
  let slowTimer: ReturnType<typeof setTimeout> | null = setTimeout(() => {
    slowTimer = null;
    setLoading(+1);
  }, SLOW_MS);
  try {
    return await work();
  } finally {
    if (slowTimer) clearTimeout(slowTimer);
    else setLoading(-1);
  }
}

let renewing: Promise<boolean> | null = null;
/** Exchanges the refresh token for new tokens; one exchange at a time. Resolves to true on success. */
export function renewSession(): Promise<boolean> {
  renewing ??= (async () => {
    const refreshToken = currentSession.value?.refreshToken;
    if (!refreshToken) return false;
    try {
      const response = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      const data = (await response.json().catch(() => null)) as TokenResponse | null;
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

/** Renews the session first when its access token is about to expire. */
export async function freshSession(): Promise<void> {
  const current = currentSession.value;
  if (current && current.expiresAt - RENEW_EARLY_MS < Date.now()) await renewSession();
}

/** The Authorization header of the signed-in user, if any. */
export function authHeaders(): Record<string, string> {
  const token = currentSession.value?.accessToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Login, refresh and logout carry no bearer token and are never retried after a renewal. */
const isAuthCall = (url: string) => new URL(url, location.href).pathname.startsWith(`${API_BASE}/auth/`);

/**
 * Sends one request with the session's token. A 401 renews the session once and retries the
 * same request (same Idempotency-Key, so nothing is created twice); a 401 after that ends the
 * session. Network failures reject with ApiError NETWORK.FAILED; aborts reject as aborts.
 */
export function apiFetch(request: Request): Promise<Response> {
  return tracked(async () => {
    const auth = !isAuthCall(request.url);
    if (auth) await freshSession();
    const retry = auth ? request.clone() : null;
    const send = async (req: Request) => {
      const headers = new Headers(req.headers);
      if (auth) for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
      try {
        return await fetch(new Request(req, { headers }));
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') throw error;
        throw networkError();
      }
    };
    let response = await send(request);
    if (retry && response.status === 401 && currentSession.value && (await renewSession())) {
      response = await send(retry);
    }
    if (auth && response.status === 401) {
      sessionRefused(
        problemOf(
          response,
          await response
            .clone()
            .json()
            .catch(() => null),
        ),
      );
    }
    return response;
  });
}

export interface RequestOptions {
  query?: Record<string, unknown>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** `?a=1&b=2` of the set values (blank, null and undefined are left out). */
export function queryString(query?: Record<string, unknown>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * One JSON call by path under /api/v1: the parsed body, or an ApiError with the problem.
 * Screens use the typed client (./client.ts); this serves the few calls it cannot type.
 */
export async function request<T = unknown>(
  method: string,
  path: string,
  { query, body, idempotencyKey, signal }: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const response = await apiFetch(
    new Request(new URL(`${API_BASE}${path}${queryString(query)}`, location.href), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    }),
  );
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) throw problemOf(response, data);
  return data as T;
}

/** A file the API returns (PDF, spreadsheet, calendar), as a Blob; problems as ApiError. */
export async function fetchBlob(path: string, accept = 'application/pdf'): Promise<Blob> {
  const url = path.startsWith(API_BASE) ? path : `${API_BASE}${path}`;
  const response = await apiFetch(
    new Request(new URL(url, location.href), { headers: { Accept: `${accept}, application/problem+json` } }),
  );
  if (!response.ok) throw problemOf(response, await response.json().catch(() => null));
  return response.blob();
}

/** A v4 UUID; crypto.randomUUID needs a secure context, so plain-HTTP LAN deployments fall back. */
export function newUuid(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // fall through to getRandomValues
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One Idempotency-Key per submission: resubmitting the same body (a retry after an error or
 * a timeout) reuses the key, so the server never creates twice; a changed body gets a new key.
 * Call `succeeded()` once the create went through so the next submission is a new one.
 */
export function idempotencyKeys(): { keyFor(body: unknown): string; succeeded(): void } {
  let lastBody: string | null = null;
  let lastKey: string | null = null;
  return {
    keyFor(body) {
      const text = JSON.stringify(body);
      if (text !== lastBody || !lastKey) {
        lastBody = text;
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

/** Logs in with a phone number (11 digits) or a username. */
export async function login(loginName: string, password: string): Promise<Session> {
  const credentials = /^1\d{10}$/.test(loginName) ? { phone: loginName, password } : { username: loginName, password };
  const tokens = await request<TokenResponse>('POST', '/auth/login', { body: credentials });
  return session.set(tokens);
}

/** Ends the session here and on the server (the refresh token is revoked). */
export async function logout(): Promise<void> {
  const refreshToken = currentSession.value?.refreshToken;
  session.clear();
  if (refreshToken) await request('POST', '/auth/logout', { body: { refreshToken } }).catch(() => undefined);
}
