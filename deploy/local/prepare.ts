// The launcher's one-off step before the services start: applies every service's migrations
// to DATABASE_URL and loads the demo data where it is missing, then exits, so the launcher's
// long-lived process never holds the services' code. Reports over IPC when the launcher started
// it, on stdout otherwise.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#linli/contracts';
import { services } from './services.js';

/** What the launcher hears from this step. */
export type PrepareMessage =
  | { type: 'progress'; text: string }
  | { type: 'done'; demoPassword: string; demoLogins: { login: string; who: string }[] }
  | { type: 'failed'; error: string };

const report = (message: PrepareMessage) =>
  process.send ? process.send(message) : console.log(message.type === 'progress' ? message.text : message);

const url = process.env.DATABASE_URL;
try {
  if (!url) throw new Error('DATABASE_URL is not set');
  for (const service of services) {
    const applied = await service.migrate(url);
    report({
      type: 'progress',
      text: `${service.name}: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'schema up to date'}`,
    });
  }
  // The volunteers seed encrypts ID numbers with DATA_KEY, the key the service will use.
  for (const service of services) {
    if (!service.seed) continue;
    const seeded = await service.seed(url);
    report({
      type: 'progress',
      text: `${service.name}: ${seeded ? 'demo data seeded / 已导入演示数据' : 'demo data already present'}`,
    });
  }
  report({
    type: 'done',
    demoPassword: DEMO_PASSWORD,
    demoLogins: DEMO_ACCOUNTS.map((a) => ({ login: a.username ?? a.phone ?? '', who: `${a.name} ${a.role}` })),
  });
} catch (error) {
  report({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
process.disconnect?.();
