import 'reflect-metadata';
import { loadConfig } from '#linli/platform';
import { createGateway } from './gateway.app.js';
import { GatewayConfig } from './gateway.config.js';

const config = loadConfig(GatewayConfig);
const app = await createGateway(config);
await app.listen(config.PORT, '0.0.0.0');
