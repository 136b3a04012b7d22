/**
 * The one declaration of every operation and event a service offers (docs/ARCHITECTURE.md,
 * "Contracts"). The gateway's routes and OpenAPI error lists, the service's NATS handlers and
 * its error factories are all derived from these objects, so an operation is written once.
 */
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Class<T = unknown> = new (...args: any[]) => T;

/** Stable error code → HTTP-equivalent status. */
export type ErrorMap = Readonly<Record<string, number>>;

/**
 * How a field the gateway supplies beside the body or query is checked: a path id, a short
 * string, or a short string the gateway may leave out (`string?`).
 */
export type FieldKind = 'uuid' | 'string' | 'string?';

/** The request fields a set of field kinds adds: `string?` ones may be absent. */
export type FieldsOf<F extends Record<string, FieldKind>> = {
  [K in keyof F as F[K] extends 'string?' ? never : K]: string;
} & { [K in keyof F as F[K] extends 'string?' ? K : never]?: string };

export interface OperationDef<I, R, E extends ErrorMap, F extends Record<string, FieldKind>> {
  subject: string;
  /** The body (POST, PATCH, PUT) or query (GET, DELETE) class; omitted when the operation takes none. */
  input?: Class<I>;
  /** Fields beside the input: path parameters, or what the gateway adds (the client address). */
  fields?: F;
  /** The reply class (`listOf(Class)` for a list); omitted for operations that answer nothing. */
  response?: Class<R>;
  /** Every refusal specific to this operation, with its status. Common codes are implied. */
  errors?: E;
  /** Needs no access token (login, public certificate check). */
  public?: boolean;
  /** Creates something, so a retry with the same `Idempotency-Key` returns the first answer. */
  idempotent?: boolean;
}

export interface Operation<Req = unknown, Res = unknown, E extends ErrorMap = ErrorMap> {
  readonly kind: 'operation';
  readonly subject: string;
  readonly input?: Class;
  readonly fields: Readonly<Record<string, FieldKind>>;
  readonly response?: Class;
  readonly errors: E;
  readonly public: boolean;
  readonly idempotent: boolean;
  /** The class that validates the whole request, at the gateway and again in the service. */
  readonly request: Class<Req>;
  /** Only a type carrier; never read. */
  readonly __types?: { request: Req; response: Res };
}

export type RequestOf<O> = O extends Operation<infer Req, unknown, ErrorMap> ? Req : never;
export type ResponseOf<O> = O extends Operation<unknown, infer Res, ErrorMap> ? Res : never;

const FIELD_LIMIT = 500;

/**
 * The input class with the extra fields added as validated properties. Built once per
 * operation; class-validator and class-transformer metadata of the input are inherited.
 */
function requestClass(input: Class | undefined, fields: Record<string, FieldKind>, subject: string): Class {
  const Base = (input ?? class {}) as Class<object>;
  const Request = class extends Base {};
  for (const [name, kind] of Object.entries(fields)) {
    if (kind === 'uuid') IsUUID('all')(Request.prototype, name);
    else {
      if (kind === 'string?') IsOptional()(Request.prototype, name);
      IsString()(Request.prototype, name);
      MaxLength(FIELD_LIMIT)(Request.prototype, name);
    }
  }
  const name = input
    ? `${input.name}Request`
    : `${subject.replace(/\W+(\w)/g, (_, c: string) => c.toUpperCase())}Request`;
  Object.defineProperty(Request, 'name', { value: Object.keys(fields).length ? name : (input?.name ?? name) });
  return Object.keys(fields).length || !input ? Request : input;
}

const LIST_ITEM = Symbol('listOf');

/** A reply that is a JSON array of `item` (the tier tree, a volunteer's shifts). */
export function listOf<T>(item: Class<T>): Class<T[]> {
  const List = class {} as unknown as Class<T[]>;
  Object.defineProperty(List, LIST_ITEM, { value: item });
  Object.defineProperty(List, 'name', { value: `${item.name}List` });
  return List;
}

/** The item class when `response` was made by `listOf`. */
export function listItemOf(response: Class | undefined): Class | undefined {
  return response ? (response as unknown as Record<symbol, Class | undefined>)[LIST_ITEM] : undefined;
}

/** Declares one request/reply operation. */
export function operation<
  I = Record<string, never>,
  R = void,
  const E extends ErrorMap = Record<never, number>,
  const F extends Record<string, FieldKind> = Record<never, FieldKind>,
>(def: OperationDef<I, R, E, F>): Operation<I & FieldsOf<F>, R, E> {
  const fields = (def.fields ?? {}) as Record<string, FieldKind>;
  return {
    kind: 'operation',
    subject: def.subject,
    input: def.input,
    fields,
    response: def.response,
    errors: (def.errors ?? {}) as E,
    public: def.public ?? false,
    idempotent: def.idempotent ?? false,
    request: requestClass(def.input, fields, def.subject) as Class<I & FieldsOf<F>>,
  };
}

export interface EventDef<P = unknown> {
  readonly kind: 'event';
  readonly subject: string;
  /** Validated when consumed; a payload that fails is dead-lettered, not retried forever. */
  readonly payload: Class<P>;
}

export type PayloadOf<E> = E extends EventDef<infer P> ? P : never;

/** Declares one domain event (`evt.<service>.<entity>.<past-tense>`). */
export function event<P>(subject: string, payload: Class<P>): EventDef<P> {
  return { kind: 'event', subject, payload };
}

/** Codes any operation may answer without declaring them; statuses follow from the operation's kind. */
export const COMMON_ERRORS = {
  input: { 'VALIDATION.FAILED': 400, 'REQUEST.ID_INVALID': 400 },
  authenticated: {
    'AUTH.UNAUTHENTICATED': 401,
    'AUTH.TOKEN_INVALID': 401,
    'AUTH.TOKEN_EXPIRED': 401,
    'ACCESS.FORBIDDEN': 403,
    'ACCESS.OUTSIDE_SCOPE': 403,
  },
  idempotent: { 'IDEMPOTENCY.KEY_REUSED': 422, 'IDEMPOTENCY.IN_PROGRESS': 409 },
  always: { 'SERVICE.UNAVAILABLE': 503, 'SERVICE.TIMEOUT': 504, INTERNAL: 500 },
} as const;

/** Every code an operation may answer, declared or implied by its kind. */
export function answersOf(op: Operation): Record<string, number> {
  return {
    ...COMMON_ERRORS.always,
    ...(op.input || Object.keys(op.fields).length ? COMMON_ERRORS.input : {}),
    ...(op.public ? {} : COMMON_ERRORS.authenticated),
    ...(op.idempotent ? COMMON_ERRORS.idempotent : {}),
    ...op.errors,
  };
}

export interface ServiceApi<
  O extends Record<string, Operation> = Record<string, Operation>,
  V extends Record<string, EventDef> = Record<string, EventDef>,
> {
  readonly service: string;
  readonly operations: O;
  readonly events: V;
}

/** Every error code a service's operations declare. */
export type CodesOf<A> =
  A extends ServiceApi<infer O>
    ? { [K in keyof O]: O[K] extends Operation<unknown, unknown, infer E> ? keyof E & string : never }[keyof O]
    : never;

/**
 * Groups a service's operations and events. Refuses at load time a subject outside the
 * service's prefix and a code declared with two statuses.
 */
export function serviceApi<const O extends Record<string, Operation>, const V extends Record<string, EventDef>>(
  service: string,
  operations: O,
  events: V = {} as V,
): ServiceApi<O, V> {
  const statuses = new Map<string, number>();
  for (const [key, op] of Object.entries(operations)) {
    if (!op.subject.startsWith(`${service}.`))
      throw new Error(`${service}.${key}: subject ${op.subject} is not ${service}.*`);
    for (const [code, status] of Object.entries(op.errors)) {
      const seen = statuses.get(code);
      if (seen !== undefined && seen !== status)
        throw new Error(`${service}: ${code} declared as ${seen} and ${status}`);
      statuses.set(code, status);
    }
  }
  for (const [key, ev] of Object.entries(events)) {
    if (!ev.subject.startsWith(`evt.${service}.`))
      throw new Error(`${service}.${key}: event ${ev.subject} is not evt.${service}.*`);
  }
  return { service, operations, events };
}

/** The status a service declares for a code (undefined when it declares none). */
export function declaredStatus(api: ServiceApi, code: string): number | undefined {
  for (const op of Object.values(api.operations)) if (code in op.errors) return op.errors[code];
  return undefined;
}

/** `/root/…/id/`: the materialised path of a tier node, the prefix every subtree query matches. */
export function tierPath(ancestors: readonly string[], id: string): string {
  return `/${[...ancestors, id].join('/')}/`;
}

/** `{ key: subject }` of a group of operations or events, for code that needs only the subject string. */
export function subjectsOf<T extends Record<string, { subject: string }>>(
  defs: T,
): { readonly [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(defs).map(([key, def]) => [key, def.subject])) as { [K in keyof T]: string };
}

/**
 * The JetStream subject filter for a consumer of `events`: the one subject, or the longest
 * common token prefix with `>` (`evt.volunteers.volunteer.>` for registered and updated).
 */
export function eventsFilter(events: readonly EventDef[]): string {
  if (events.length === 0) throw new Error('a consumer needs at least one event');
  const subjects = [...new Set(events.map((e) => e.subject))];
  if (subjects.length === 1) return subjects[0];
  const tokens = subjects.map((s) => s.split('.'));
  const common: string[] = [];
  for (let i = 0; tokens.every((t) => i < t.length - 1 && t[i] === tokens[0][i]); i++) common.push(tokens[0][i]);
  return [...common, '>'].join('.');
}
