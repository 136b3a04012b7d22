// `npm run chaos:cluster`: the cluster on one machine under a mixed load for 60 s through both
// gateways while, in turn, a NATS node, one replica of every service, a gateway and the
// PostgreSQL primary fail; then one line of figures. Exits non-zero when anything acknowledged
// was lost or duplicated, a shift was overbooked, or the system answered 5xx outside a fault.
import { RECOVERY_LIMIT_MS, runClusterFaultTest } from './cluster-fault.js';

const durationS = Number(process.env.CHAOS_DURATION_S ?? 60);
const result = await runClusterFaultTest({
  durationS,
  faults: [
    { kind: 'nats-node', at: durationS * 0.1, downMs: 4000 },
    { kind: 'service-replicas', at: durationS * 0.3, downMs: 3000 },
    { kind: 'gateway', at: durationS * 0.55, downMs: 3000 },
    { kind: 'postgres-primary', at: durationS * 0.75, downMs: 3000 },
  ],
  say: (text) => console.log(`[chaos] ${text}`),
});
console.log(result.line);
for (const line of result.details) console.log(`  ${line}`);
const failed =
  result.lost +
    result.duplicated +
    result.overbookedShifts +
    result.badWaitlists +
    result.orphanEntries +
    result.unexpectedStatuses +
    result.outsideWindows >
    0 || result.faults.some((f) => f.recoveryMs < 0 || f.recoveryMs > RECOVERY_LIMIT_MS);
process.exit(failed ? 1 : 0);
