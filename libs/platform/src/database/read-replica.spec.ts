import type { DataSource } from 'typeorm';
import { DomainException } from '../errors/domain.exception.js';
import { isReplicaUnreachable, readOnly } from './read-replica.js';

describe('read replica', () => {
  it('sends a read back to the primary only for a replica that cannot be reached or went away', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });
    expect(isReplicaUnreachable(socket)).toBe(true);
    expect(isReplicaUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isReplicaUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    // TypeORM wraps the driver's error: PostgreSQL's admin shutdown, a connection exception.
    expect(isReplicaUnreachable({ message: 'terminating connection', driverError: { code: '57P01' } })).toBe(true);
    expect(isReplicaUnreachable({ message: 'connection failure', driverError: { code: '08006' } })).toBe(true);

    expect(isReplicaUnreachable(new DomainException('TIER.NOT_FOUND', 404, '节点不存在 / Node not found'))).toBe(false);
    expect(isReplicaUnreachable({ message: 'relation does not exist', driverError: { code: '42P01' } })).toBe(false);
    expect(isReplicaUnreachable({ message: 'Connection terminated', driverError: { code: '42601' } })).toBe(false);
    expect(isReplicaUnreachable(undefined)).toBe(false);
  });

  it('reads from the primary as before when no replica is configured', async () => {
    const manager = { marker: 'primary' };
    const ds = { options: { type: 'postgres', url: 'postgres://primary/db' }, manager } as unknown as DataSource;
    await expect(readOnly(ds, async (m) => m)).resolves.toBe(manager);
  });
});
