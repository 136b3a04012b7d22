// The baseline of `npm run bench:read`: a bare node:http + pg server answering the same two
// reads as the gateway (one organisation with its status history; a page of 20) with the same
// SQL, and nothing else: no token, no NATS, no validation, no mapping. Run as its own process
// so it has a core of its own, like the gateway. Prints its port on stdout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import {
  ORGANISATION_SELECT,
  ORGANISATION_WITH_HISTORY,
  organisationWhere,
} from '../../services/organisations/src/organisations/organisations.repository.js';

const { DATABASE_URL, TENANT_ID, SCOPE_PATH } = process.env;
if (!DATABASE_URL || !TENANT_ID || !SCOPE_PATH) throw new Error('DATABASE_URL, TENANT_ID and SCOPE_PATH are required');

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10, options: '-c search_path=organisations,public' });
const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://bare');
    const id = /^\/api\/v1\/organisations\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
    if (id) {
      const { rows } = await pool.query(ORGANISATION_WITH_HISTORY, [id, TENANT_ID]);
      if (rows.length === 0) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows[0]));
    }
    if (url.pathname === '/api/v1/organisations') {
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      const { where, params } = organisationWhere({ tenantId: TENANT_ID, scope: [`${SCOPE_PATH}%`] });
      const [count, page] = await Promise.all([
        pool.query(`SELECT count(*)::int AS total FROM organisations o WHERE ${where}`, params),
        pool.query(
          `${ORGANISATION_SELECT} WHERE ${where} ORDER BY o.joined_on DESC, o.name LIMIT $${params.length + 1} OFFSET 0`,
          [...params, pageSize],
        ),
      ]);
      const body = { items: page.rows, total: count.rows[0].total, page: 1, pageSize };
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
    res.writeHead(404).end();
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
