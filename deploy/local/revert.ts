// `npm run db:revert -- <service>`: reverts the last applied migration of one service in
// DATABASE_URL. Stop the service's replicas first: they migrate forward again on start.
import { selectServices } from './services.js';

const url = process.env.DATABASE_URL;
const names = process.argv.slice(2);
if (!url || names.length !== 1) {
  console.error(
    'Usage: DATABASE_URL=postgres://… node dist/deploy/local/revert.js <service>\n' +
      '  (DATABASE_URL 与服务名均为必填 / both DATABASE_URL and one service name are required)',
  );
  process.exit(1);
}

try {
  const [service] = selectServices(names);
  const reverted = await service.revert(url);
  console.log(reverted ? `[${service.name}] reverted ${reverted}` : `[${service.name}] no migration to revert`);
} catch (error) {
  console.error(`Revert failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
