// `npm run db:migrate [service...]`: applies pending migrations of every service (or the named
// ones) to DATABASE_URL. Services also migrate on start; this is for deploys and CI.
import { selectServices } from './services.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL 未设置 / DATABASE_URL is not set.\n' +
      '  e.g. DATABASE_URL=postgres://user:password@127.0.0.1:5432/linli npm run db:migrate',
  );
  process.exit(1);
}

try {
  for (const service of selectServices(process.argv.slice(2))) {
    const applied = await service.migrate(url);
    console.log(
      applied.length > 0
        ? `[${service.name}] applied ${applied.length} migration(s): ${applied.join(', ')}`
        : `[${service.name}] up to date`,
    );
  }
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
