// Prints the gateway's OpenAPI document (as served at /api/docs-json) from the compiled tree,
// without starting any service: `npm run build && node tools/openapi-dump.mjs > openapi.json`.
// Needs a NATS server at NATS_URL (default 127.0.0.1:4222) for the gateway's client to connect.
import 'reflect-metadata';

const root = new URL('../', import.meta.url).pathname;
const { createGateway } = await import(`${root}dist/gateway/src/gateway.app.js`);
const { GatewayConfig } = await import(`${root}dist/gateway/src/gateway.config.js`);
const { loadConfig } = await import(`${root}dist/libs/platform/src/index.js`);
const app = await createGateway(
  loadConfig(GatewayConfig, {
    AUTH_SECRET: 'openapi-dump-'.padEnd(40, 'x'),
    LOG_LEVEL: 'fatal',
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  }),
);
await app.init();
const server = app.getHttpServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const res = await fetch(`http://127.0.0.1:${server.address().port}/api/docs-json`);
process.stdout.write(`${JSON.stringify(await res.json(), null, 1)}\n`);
await app.close();
process.exit(0);
