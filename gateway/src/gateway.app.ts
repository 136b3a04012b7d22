import 'reflect-metadata';
import { RequestMethod, ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configureTokens, JsonLogger, validationPipeOptions } from '#linli/platform';
import { ProblemFilter } from './common/problem.filter.js';
import { requestContextMiddleware } from './common/request-context.js';
import type { GatewayConfig } from './gateway.config.js';
import { GatewayModule } from './gateway.module.js';

/** Where the web console's static files are: beside the compiled gateway, or in the source tree under tests. */
function webRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '..', 'web'), join(process.cwd(), 'gateway', 'web')].find((dir) =>
    existsSync(join(dir, 'index.html')),
  );
}

/** Builds the HTTP edge: /api/v1 JSON API, problem+json errors, OpenAPI at /api/docs, the console at /. */
export async function createGateway(config: GatewayConfig): Promise<INestApplication> {
  const logger = new JsonLogger('gateway', config.LOG_LEVEL);
  configureTokens(config.AUTH_SECRET);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), {
    logger,
    bodyParser: false,
  });
  app.use(requestContextMiddleware);
  app.useBodyParser('json', { limit: config.BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.disable('x-powered-by');
  if (config.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(new ValidationPipe(validationPipeOptions));
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const web = webRoot();
  if (web) app.useStaticAssets(web, { index: 'index.html', maxAge: '1h' });
  return app;
}
