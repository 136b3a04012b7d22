import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  type Type,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { listItemOf, type FileReply, type Operation } from '#linli/contracts';
import { ServiceClient } from '#linli/platform';
import { ApiErrorsOf } from './api-errors.decorator.js';
import type { HttpReply, HttpRequest } from './http.js';
import { anonymous, resolveCaller } from './request-context.js';
import { uuidPipe } from './uuid.pipe.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Route {
  /** `POST teams/:id/members`: the method and the path under /api/v1; `:name` are the operation's fields. */
  route: `${Method} ${string}`;
  operation: Operation;
  /** The method name, which names the OpenAPI operation (`<Controller>_<name>`). */
  name: string;
  summary: string;
  /** 200 unless given; 201 for what creates. */
  status?: number;
  /** Fields the gateway fills from the request itself (the client address, the host); undefined leaves one out. */
  from?: Record<string, (req: HttpRequest) => string | undefined>;
  /** Checks a path field beyond its kind before any call (a certificate number's shape). */
  check?: Record<string, (value: string) => string>;
  /** The answer is a file the service built, sent inline or as a download. */
  file?: { disposition: 'inline' | 'attachment'; produces: string[] };
  /** Extra OpenAPI decorators (examples of path parameters, rate limit notes). */
  docs?: (MethodDecorator | ClassDecorator)[];
}

const VERBS: Record<Method, (path: string) => MethodDecorator> = {
  GET: Get,
  POST: Post,
  PATCH: Patch,
  PUT: Put,
  DELETE: Delete,
};

/** Sends a file a service built as the response body, with its own content type. */
export function sendFile(res: HttpReply, file: FileReply, disposition: 'inline' | 'attachment') {
  return res
    .status(200)
    .type(file.contentType)
    .header('Content-Disposition', `${disposition}; filename="${file.filename}"`)
    .header('Cache-Control', 'private, no-store')
    .send(Buffer.from(file.base64, 'base64'));
}

/**
 * Builds a Nest controller from route declarations. Each route names its operation; the
 * request sent to the service is the body (or query) with the path fields added, validated by
 * the operation's own classes; the OpenAPI entry, status and error codes come from the
 * declaration. A route with needs beyond this (an upload stream) is a hand-written method
 * that still calls `services.call(operation, …)`.
 */
export function routesController(name: string, tag: string, routes: Route[], extend?: Type<object>): Type<object> {
  const Base = extend ?? class {};
  @ApiTags(tag)
  @Controller()
  class Routes extends (Base as Type<object>) {
    constructor(readonly services: ServiceClient) {
      super();
    }
  }
  Reflect.defineMetadata('design:paramtypes', [ServiceClient], Routes);
  Object.defineProperty(Routes, 'name', { value: name });
  for (const spec of routes) defineRoute(Routes.prototype, spec);
  return Routes;
}

function defineRoute(proto: object, spec: Route) {
  const [method, path] = spec.route.split(' ', 2) as [Method, string];
  const op = spec.operation;
  const pathFields = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const from = spec.from ?? {};
  for (const field of Object.keys(op.fields)) {
    if (!pathFields.includes(field) && !from[field]) throw new Error(`${spec.route}: field ${field} has no source`);
  }
  const inBody = method === 'POST' || method === 'PATCH' || method === 'PUT';

  async function handler(this: { services: ServiceClient }, ...args: unknown[]) {
    let i = 0;
    const path: Record<string, string> = {};
    for (const field of pathFields) {
      const value = args[i++] as string;
      path[field] = spec.check?.[field] ? spec.check[field](value) : value;
    }
    const input = op.input ? ((args[i++] as Record<string, unknown> | undefined) ?? {}) : {};
    const request: Record<string, unknown> = { ...input, ...path };
    const req = args[i++] as HttpRequest;
    const res = args[i++] as HttpReply;
    for (const [field, read] of Object.entries(from)) {
      const value = read(req);
      if (value !== undefined) request[field] = value;
    }
    const caller = op.public ? anonymous(req) : await resolveCaller(req);
    if (spec.file) {
      const file = await this.services.send<FileReply>(op.subject, request, caller);
      return sendFile(res, file, spec.file.disposition);
    }
    // The service's JSON goes out as it came: parsing it here only to serialise it again was
    // the largest share of the gateway's own work on a read.
    const answer = await this.services.sendJson(op.subject, request, caller);
    if (!('json' in answer)) return answer.value;
    res.type('application/json; charset=utf-8');
    return answer.json;
  }
  Object.defineProperty(handler, 'name', { value: spec.name });
  Object.defineProperty(proto, spec.name, { value: handler, writable: true, configurable: true, enumerable: false });
  const descriptor = Object.getOwnPropertyDescriptor(proto, spec.name)!;

  // Parameter decorators run last parameter first, as TypeScript applies them; the OpenAPI
  // document then lists path parameters in path order.
  const params: ParameterDecorator[] = [];
  const types: unknown[] = [];
  for (const field of pathFields) {
    const kind = op.fields[field];
    if (!kind) throw new Error(`${spec.route}: :${field} is not a field of ${op.subject}`);
    params.push(kind === 'uuid' ? Param(field, uuidPipe) : Param(field));
    types.push(String);
  }
  if (op.input) {
    params.push(inBody ? Body() : Query());
    types.push(op.input);
  }
  params.push(Req(), Res({ passthrough: !spec.file }));
  types.push(Object, Object);
  for (let index = params.length - 1; index >= 0; index--) params[index](proto, spec.name, index);
  Reflect.defineMetadata('design:paramtypes', types, proto, spec.name);
  Reflect.defineMetadata('design:returntype', Promise, proto, spec.name);

  const status = spec.status ?? 200;
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    VERBS[method](path),
    HttpCode(status),
    ApiOperation({ summary: spec.summary }),
  ];
  if (op.public) decorators.push(ApiSecurity({}));
  else decorators.push(ApiBearerAuth());
  if (op.idempotent) decorators.push(ApiHeader({ name: 'Idempotency-Key', required: false }));
  if (spec.file) {
    decorators.push(
      ApiProduces(...spec.file.produces),
      ApiOkResponse({ schema: { type: 'string', format: 'binary' } }),
    );
  } else if (op.response) {
    const item = listItemOf(op.response);
    const type: Type<unknown> | [Type<unknown>] = item ? [item as Type<unknown>] : (op.response as Type<unknown>);
    decorators.push(status === 201 ? ApiCreatedResponse({ type }) : ApiOkResponse({ type }));
  }
  decorators.push(ApiErrorsOf(op), ...(spec.docs ?? []));
  applyDecorators(...decorators)(proto, spec.name, descriptor);
  Object.defineProperty(proto, spec.name, descriptor);
}
