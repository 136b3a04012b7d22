import { randomUUID } from 'node:crypto';
import { TestSystem, type Persona } from './support/system.js';

/**
 * Malformed input against every operation of the OpenAPI document, as the station head (or the
 * first persona the operation admits): wrong types, NUL bytes and broken Unicode, huge strings
 * and arrays, deep nesting, broken JSON and bytes that are not UTF-8, odd ids and queries. Any
 * answer of 500 or above is a failure: bad input is the caller's problem, told with a 4xx.
 * Deterministic (no random choice of cases), bounded (a few thousand requests).
 */

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface OperationDoc {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, OperationDoc>>;
  components: { schemas: Record<string, Schema> };
}

interface Case {
  label: string;
  path: Record<string, string>;
  query?: string;
  body?: unknown;
  raw?: { type: string; data: Buffer | string };
  headers?: Record<string, string>;
}

const deep = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { a: [value] };
  return value;
};

/** Values that are wrong for almost any field, each with its label. */
const BAD_VALUES: Array<[string, unknown]> = [
  ['null', null],
  ['nul', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['number', -1],
  ['huge string', 'x'.repeat(20_000)],
  ['array', ['x', null]],
  ['object', { $gt: '' }],
  ['deep', deep(40)],
];

const PATH_VALUES: Array<[string, string]> = [
  ['unknown uuid', '6f9d2b1e-0000-4000-8000-00000000dead'],
  ['not a uuid', 'not-a-uuid'],
  ['nul', '%00'],
  ['not utf-8', '%FF%FE'],
  ['lone surrogate', '%ED%A0%80'],
  ['long', 'a'.repeat(190)],
  ['sql', "1'%20OR%20'1'='1"],
  ['dots', '..%2F..%2Fetc'],
];

const QUERY_VALUES: Array<[string, string]> = [
  ['empty', ''],
  ['nul', '%00'],
  ['not utf-8', '%FF'],
  ['lone surrogate', '%ED%A0%80'],
  ['huge', 'x'.repeat(6000)],
  ['negative', '-1'],
  ['huge number', '99999999999999999999999'],
  ['not a number', 'NaN'],
  ['bracket', '[object]'],
];

class Cases {
  constructor(private readonly doc: Doc) {}

  resolve(schema: Schema | undefined, depth = 0): Schema {
    if (!schema || depth > 8) return {};
    if (schema.$ref) return this.resolve(this.doc.components.schemas[schema.$ref.split('/').pop()!], depth + 1);
    if (schema.allOf?.length) {
      const parts = schema.allOf.map((s) => this.resolve(s, depth + 1));
      return {
        type: 'object',
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
        required: parts.flatMap((p) => p.required ?? []),
      };
    }
    return schema;
  }

  /** A value of the schema's shape that might pass validation, so that one mutation reaches the handler. */
  plausible(schema: Schema | undefined, depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.enum?.length) return s.enum[0];
    if (depth > 4) return undefined;
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return randomUUID();
        if (s.format === 'date') return '2026-05-01';
        if (s.format === 'date-time') return '2026-05-01T09:00:00+08:00';
        return '测试';
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return [this.plausible(s.items, depth + 1)].filter((v) => v !== undefined);
      default: {
        const out: Record<string, unknown> = {};
        for (const [key, prop] of Object.entries(s.properties ?? {})) out[key] = this.plausible(prop, depth + 1);
        return out;
      }
    }
  }

  /** Mutations of a body: each top-level and second-level property set to each bad value. */
  bodies(schema: Schema | undefined): Array<[string, unknown]> {
    const base = this.plausible(schema) as Record<string, unknown>;
    const out: Array<[string, unknown]> = [['plausible', base]];
    const s = this.resolve(schema);
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      for (const [label, value] of BAD_VALUES) out.push([`${key}=${label}`, { ...base, [key]: value }]);
      const { [key]: _missing, ...without } = base;
      out.push([`${key} missing`, without]);
      const resolved = this.resolve(prop);
      if (resolved.type === 'array') {
        const item = this.plausible(resolved.items) ?? 'x';
        out.push([`${key}=huge array`, { ...base, [key]: Array.from({ length: 5_000 }, () => item) }]);
      }
      const inner = resolved.type === 'array' ? this.resolve(resolved.items) : resolved;
      for (const innerKey of Object.keys(inner.properties ?? {})) {
        for (const [label, value] of BAD_VALUES.slice(0, 4)) {
          const nested = { ...(this.plausible(inner) as Record<string, unknown>), [innerKey]: value };
          out.push([`${key}.${innerKey}=${label}`, { ...base, [key]: resolved.type === 'array' ? [nested] : nested }]);
        }
      }
    }
    return out;
  }

  forOperation(path: string, op: OperationDoc): Case[] {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const basePath = Object.fromEntries(pathParams.map((p) => [p.name, randomUUID()]));
    const cases: Case[] = [];
    for (const param of pathParams) {
      for (const [label, value] of PATH_VALUES)
        cases.push({ label: `${param.name}=${label}`, path: { ...basePath, [param.name]: value } });
    }
    for (const param of params.filter((p) => p.in === 'query')) {
      for (const [label, value] of QUERY_VALUES)
        cases.push({ label: `?${param.name}=${label}`, path: basePath, query: `${param.name}=${value}` });
      cases.push({ label: `?${param.name} twice`, path: basePath, query: `${param.name}=1&${param.name}=2` });
    }
    if (params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')) {
      for (const key of ['', 'x'.repeat(5000), 'not a uuid']) {
        cases.push({
          label: `Idempotency-Key=${key.slice(0, 10)}`,
          path: basePath,
          body: {},
          headers: { 'Idempotency-Key': key },
        });
      }
    }
    const json = op.requestBody?.content['application/json'];
    if (json) {
      for (const [label, body] of this.bodies(json.schema))
        cases.push({ label: `body ${label}`, path: basePath, body });
      const raw = (label: string, data: Buffer | string) =>
        cases.push({ label: `raw ${label}`, path: basePath, raw: { type: 'application/json', data } });
      for (const text of ['null', '[]', '"text"', '12', '{', '{"a":}', '{"__proto__":{"admin":true}}']) raw(text, text);
      raw('not utf-8', Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
      raw('nesting 100k deep', '['.repeat(100_000) + ']'.repeat(100_000));
      raw(
        '2,000 unknown keys',
        JSON.stringify(Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]))),
      );
      cases.push({ label: 'xml', path: basePath, raw: { type: 'application/xml', data: '<a/>' } });
    } else if (!op.requestBody) {
      cases.push({ label: 'unexpected body', path: basePath, body: { surprise: 'a\u0000' } });
    }
    return cases;
  }
}

const urlOf = (template: string, path: Record<string, string>, query?: string) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) => path[name] ?? 'x') + (query ? `?${query}` : '');

describe('fuzzing every operation with malformed input', () => {
  let system: TestSystem;
  let doc: Doc;
  let sent = 0;

  beforeAll(async () => {
    system = await TestSystem.start({
      label: 'fuzz',
      rpcTimeoutMs: 5000,
      env: { identity: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' } },
    });
    for (const persona of ['head', 'admin', 'volunteer'] as Persona[]) await system.token(persona);
    doc = (await system.anonymous().get('/api/docs-json').expect(200)).body as Doc;
  });

  afterAll(async () => {
    await system?.close();
  });

  const send = async (token: string | undefined, method: string, path: string, c: Case) => {
    let req = system.anonymous()[method as 'get'](urlOf(path, c.path, c.query));
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(c.headers ?? {})) req = req.set(name, value);
    // The bytes as they are: supertest would otherwise JSON-encode a Buffer.
    if (c.raw)
      req = req
        .set('Content-Type', c.raw.type)
        .serialize((data: unknown) => data as string)
        .send(c.raw.data);
    else if (c.body !== undefined) req = req.send(c.body as object);
    const res = await req.timeout({ response: 30_000 }).catch((error: { status?: number; message: string }) => ({
      status: error.status ?? 599,
      body: { code: error.message },
    }));
    sent++;
    return res as { status: number; body: { code?: string } };
  };

  const tags = [
    'auth|me|stations|users|grants|tiers',
    'organisations|reports|bureau',
    'hours|certificates|projects',
    'activities|shifts|calendar',
    'teams|volunteers',
  ];
  it('finds every operation of the document, each in one of the groups below', async () => {
    const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops));
    expect(operations.length).toBeGreaterThan(70);
    const ungrouped = Object.keys(doc.paths).filter(
      (path) =>
        !/^\/health(\/live)?$/.test(path) && !tags.some((group) => new RegExp(`^/api/v1/(${group})\\b`).test(path)),
    );
    expect(ungrouped).toEqual([]);
  });

  it.each(tags)('answers no 5xx to malformed input on /%s', async (group) => {
    const failures: string[] = [];
    const match = new RegExp(`^/api/v1/(${group})\\b`);
    const cases = new Cases(doc);
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!match.test(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        // The persona the operation admits, so that the malformed input meets the validation and the handler.
        const all = cases.forOperation(path, op);
        let token: string | undefined;
        for (const persona of ['head', 'admin', 'bureau', 'volunteer'] as Persona[]) {
          token = await system.token(persona);
          const probe = await send(token, method, path, all[0] ?? { label: '', path: {} });
          if (probe.status !== 403) break;
        }
        for (let i = 0; i < all.length; i += 8) {
          await Promise.all(
            all.slice(i, i + 8).map(async (c) => {
              const res = await send(token, method, path, c);
              if (res.status >= 500)
                failures.push(`${method.toUpperCase()} ${path} [${c.label}] → ${res.status} ${res.body?.code ?? ''}`);
            }),
          );
        }
        // And once without a token: refused, never broken.
        const anonymous = await send(undefined, method, path, all[0] ?? { label: '', path: {} });
        if (anonymous.status >= 500) failures.push(`${method.toUpperCase()} ${path} [anonymous] → ${anonymous.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers a NUL byte in the login phone, and a station without its head, with a field error', async () => {
    await system.as('head');
    const login = await system
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ phone: '1380000\u00000001', password: 'x' });
    expect({ status: login.status, code: login.body.code, errors: login.body.errors }).toEqual({
      status: 400,
      code: 'VALIDATION.FAILED',
      errors: [expect.objectContaining({ field: 'phone', code: 'FIELD.INVALID_TEXT' })],
    });
    const station = await system
      .withToken(await system.token('admin'))
      .post('/api/v1/stations')
      .send({ name: '南湖街道社工站', region: '吉林省长春市南关区南湖街道' });
    expect({ status: station.status, code: station.body.code }).toEqual({ status: 400, code: 'VALIDATION.FAILED' });
    expect(station.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'head' })]));
    const utf8 = await system
      .anonymous()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .serialize((data: unknown) => data as string)
      .send(Buffer.from([0x7b, 0x22, 0x70, 0x68, 0x6f, 0x6e, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]));
    expect({ status: utf8.status, code: utf8.body.code }).toEqual({ status: 400, code: 'REQUEST.MALFORMED' });
    for (const query of ['q=%FF', 'q=%ED%A0%80', 'q=a%00b']) {
      const res = await system.http().get(`/api/v1/organisations?${query}`);
      expect({ query, status: res.status, code: res.body.code, field: res.body.errors?.[0]?.field }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION.FAILED',
        field: 'q',
      });
    }
  });

  it('refuses a 10 MB body with 413 before it reaches a service', async () => {
    const token = await system.token('head');
    const huge = JSON.stringify({ ids: Array.from({ length: 300_000 }, () => randomUUID()) });
    expect(huge.length).toBeGreaterThan(10_000_000);
    for (const path of ['/api/v1/hours/approve', '/api/v1/organisations']) {
      const res = await send(token, 'post', path, {
        label: '10 MB',
        path: {},
        raw: { type: 'application/json', data: huge },
      });
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 413,
        code: 'REQUEST.TOO_LARGE',
      });
    }
    expect(sent).toBeGreaterThan(2000);
  });
});
