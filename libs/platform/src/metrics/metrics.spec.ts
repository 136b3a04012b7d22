import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateMetrics, handlerDuration, metricsRegistry, metricsSnapshot, startProcessMetrics } from './metrics.js';

describe('metrics', () => {
  it('labels each process with its service and sums the replicas of one service', async () => {
    handlerDuration.observe({ subject: 'teams.team.list', outcome: 'ok' }, 0.01);
    const snapshot = await metricsSnapshot();
    const text = await aggregateMetrics([
      { service: 'teams', instance: 'teams-1', metrics: snapshot },
      { service: 'teams', instance: 'teams-2', metrics: snapshot },
    ]);
    const line = text
      .split('\n')
      .find((l) => l.startsWith('linli_rpc_handler_duration_seconds_count{') && l.includes('teams.team.list'));
    expect(line).toMatch(/service="teams"/);
    expect(Number(line!.split(' ').pop())).toBe(2);
  });

  it('has every series the Grafana dashboard asks for', async () => {
    startProcessMetrics();
    const names = new Set((await metricsRegistry.getMetricsAsJSON()).map((m) => m.name));
    const dashboard = readFileSync(join(process.cwd(), 'deploy/grafana/linli-dashboard.json'), 'utf8');
    const used = [...new Set([...dashboard.matchAll(/linli_[a-z0-9_]+/g)].map((m) => m[0]))].map((n) =>
      n.replace(/_(bucket|count|sum)$/, ''),
    );
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((n) => !names.has(n))).toEqual([]);
  });
});
