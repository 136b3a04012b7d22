import { RECOVERY_LIMIT_MS, runClusterFaultTest, type FaultResult } from './cluster-fault.js';

/**
 * The cluster under failure, shortened for every test run (`npm run chaos:cluster` is the
 * 60-second version with a gateway and the PostgreSQL primary failing too): a 3-node NATS
 * cluster with the events stream at R3, two replicas of every service, two gateways and a
 * mixed load, while a NATS node and then one replica of every service are SIGKILLed and
 * restarted. Nothing acknowledged may be lost or doubled.
 */
describe('cluster fault test', () => {
  let result: FaultResult;

  beforeAll(async () => {
    result = await runClusterFaultTest({
      durationS: 30,
      faults: [
        { kind: 'nats-node', at: 5, downMs: 4000 },
        { kind: 'service-replicas', at: 16, downMs: 3000 },
      ],
    });
    console.log(result.line);
  }, 420_000);

  it('runs as a cluster: /health lists two replicas of every service and three NATS nodes', () => {
    expect(result.health.natsServers).toBe(3);
    expect(Object.values(result.health.replicas)).toEqual(Array(6).fill(2));
  });

  it('loses and doubles nothing that was acknowledged, and never overbooks', () => {
    expect({
      lost: result.lost,
      duplicated: result.duplicated,
      overbookedShifts: result.overbookedShifts,
      badWaitlists: result.badWaitlists,
      orphanEntries: result.orphanEntries,
      details: result.lost + result.duplicated > 0 ? result.details : [],
    }).toEqual({ lost: 0, duplicated: 0, overbookedShifts: 0, badWaitlists: 0, orphanEntries: 0, details: [] });
  });

  it('answers only 2xx, 4xx, 503 or 504, the unavailable ones only during a fault, and serves again soon after', () => {
    expect({ unexpected: result.unexpectedStatuses, outside: result.outsideWindows }).toEqual({
      unexpected: 0,
      outside: 0,
    });
    for (const fault of result.faults) {
      expect(fault.recoveryMs).toBeGreaterThanOrEqual(0);
      expect(fault.recoveryMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
    }
  });

  it('did real work under the faults: every kind of write was acknowledged many times', () => {
    for (const [kind, n] of Object.entries(result.writes))
      expect({ kind, many: n >= 10 }).toEqual({ kind, many: true });
    expect(result.acknowledged).toBeGreaterThan(300);
  });
});
