import 'reflect-metadata';
import { RequestMethod, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  configureTokens,
  tokenKeysOf,
  DomainException,
  HEADER,
  httpDuration,
  JsonLogger,
  logContext,
  ContractValidationPipe,
} from '#linli/platform';
import { parseQuery } from './common/http.js';
import { ProblemFilter } from './common/problem.filter.js';
import { requestIdOf } from './common/request-context.js';
import { traceRequests } from './common/request-tracing.js';
import { bytesOf, type GatewayConfig } from './gateway.config.js';
import { GatewayModule } from './gateway.module.js';

/** Where the built web console is (console/, built by `npm run build`): beside the compiled gateway, or under dist/ for the source tree. */
function webRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '..', 'web'), join(process.cwd(), 'dist', 'gateway', 'web')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );
}

const JSON_TYPES = ['application/json', /^application\/[\w.+-]+\+json$/];

/** JSON bodies (an empty one is no body); anything else is left unread for the handler that wants the stream (imports). */
// Fatal: a body with bytes that are not UTF-8 is refused, not silently turned into U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function registerBodyParsers(app: NestFastifyApplication, bodyLimit: number) {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  for (const type of JSON_TYPES) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (_req, body: Buffer, done) => {
      if (body.length === 0) return done(null, undefined);
      let text: string;
      try {
        text = utf8.decode(body);
      } catch {
        return done(
          new DomainException('REQUEST.MALFORMED', 400, '请求体不是有效的 UTF-8 / Body is not valid UTF-8'),
          undefined,
        );
      }
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new DomainException('REQUEST.MALFORMED', 400, '请求体不是有效 JSON / Malformed JSON body'), undefined);
      }
    });
  }
  fastify.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
}

/**
 * Builds the HTTP edge on Fastify: /api/v1 JSON API, problem+json errors, OpenAPI at
 * /api/docs, the console at /. Call `readyGateway()` (or `listen()`) before serving.
 */
export async function createGateway(config: GatewayConfig): Promise<INestApplication> {
  const logger = new JsonLogger('gateway', config.LOG_LEVEL);
  // The edge only verifies: whatever else its environment holds, it gets no key that signs.
  configureTokens(tokenKeysOf({ AUTH_SECRET: config.AUTH_SECRET, AUTH_PUBLIC_KEYS: config.AUTH_PUBLIC_KEYS }));
  const adapter = new FastifyAdapter({
    bodyLimit: bytesOf(config.BODY_LIMIT),
    // Behind n proxies, the nth forwarded address is the client's.
    trustProxy: (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS,
    genReqId: requestIdOf,
    // Room for long query strings of list filters; ids and paths stay short.
    routerOptions: { maxParamLength: 200, querystringParser: parseQuery },
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.register(config), adapter, {
    logger,
    bodyParser: false,
  });
  registerBodyParsers(app, bytesOf(config.BODY_LIMIT));
  await traceRequests(app.getHttpAdapter().getInstance(), config);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (req, reply, done) => {
      reply.header(HEADER.requestId, req.id);
      logContext.run({ requestId: req.id }, done);
    })
    // Latency per route template (`/api/v1/shifts/:id`), never per raw URL.
    .addHook('onResponse', (req, reply, done) => {
      httpDuration.observe(
        { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(new ContractValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableShutdownHooks();

  const document = apiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const web = webRoot();
  // One route per file, found at start: an API request never touches the disk.
  if (web) {
    app.useStaticAssets({
      root: web,
      prefix: '/',
      index: 'index.html',
      wildcard: false,
      // Vite names each bundle by its content: cached for good; the page that names them, never.
      // @fastify/static 10 hands over the Fastify reply itself (`header`), not what Nest's types say.
      setHeaders: (res, path) =>
        (res as unknown as { header(name: string, value: string): void }).header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  }
  return app;
}

/** The OpenAPI document of the public API: served at /api/docs-json, and the source of the console's typed client. */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Linli 邻里 API')
      .setDescription(
        '三级社工站志愿者与活动管理 / Volunteer and activity management for three-tier social work stations. ' +
          'Errors are RFC 9457 problem+json with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** Starts answering: Fastify's plugins (static files, the OpenAPI UI) load here. */
export async function readyGateway(app: INestApplication): Promise<void> {
  await app.init();
  await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
}
