// `npm run events:replay -- [service…]`: publishes the events the named services (all by
// default) set aside as dead letters again, after the cause has been fixed. Uses
// DATABASE_URL and NATS_URL, like the services.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { connectNats, replayDeadLetters, serviceDataSourceOptions } from '#linli/platform';
import { loadDefinition, SERVICE_NAMES } from '../registry.js';

const url = process.env.DATABASE_URL;
const natsUrl = process.env.NATS_URL;
if (!url || !natsUrl) {
  console.error('Usage: DATABASE_URL=postgres://… NATS_URL=nats://… npm run events:replay -- [service…]');
  process.exit(2);
}
const names = process.argv.slice(2).length ? process.argv.slice(2) : SERVICE_NAMES;
const nc = await connectNats(natsUrl, 'linli-replay');
let failed = false;
for (const name of names) {
  try {
    const definition = await loadDefinition(name);
    const ds = new DataSource(serviceDataSourceOptions({ ...definition.data, url, poolSize: 2 }));
    await ds.initialize();
    try {
      console.log(`[${name}] replayed ${await replayDeadLetters(ds, nc)} dead letter(s) / 已重放死信`);
    } finally {
      await ds.destroy();
    }
  } catch (error) {
    failed = true;
    console.error(`[${name}] ${(error as Error).message}`);
  }
}
await nc.drain();
process.exit(failed ? 1 : 0);
