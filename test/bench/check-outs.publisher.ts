// The publisher of `npm run bench:hours`, in a worker thread: check-outs come from other
// processes (the activities service's outbox relay), so the load must not share the event loop
// of the hours service it measures. Posts back when each check-out was published.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { jetstream } from '@nats-io/jetstream';
import { connectNats } from '#linli/platform';
import { attendanceEvent } from '#linli/testing';

export interface PublisherTask {
  natsUrl: string;
  tenantId: string;
  tierNodeId: string;
  tierPath: string;
  /** Volunteer ids the check-outs go to, in turn. */
  volunteerIds: string[];
  events: number;
  /** Check-outs per second, in windows of 50 ms; 0 publishes them all at once. */
  ratePerSecond: number;
}

export interface PublisherResult {
  /** [attendance id, publish time in ms since the epoch] per check-out. */
  published: [string, number][];
  started: number;
  publishSeconds: number;
}

const task = workerData as PublisherTask;
const nc = await connectNats(task.natsUrl, 'bench-hours-publisher');
const js = jetstream(nc);
const events = Array.from({ length: task.events }, (_, i) => {
  const e = attendanceEvent(
    task.tenantId,
    { id: task.volunteerIds[i % task.volunteerIds.length], tierNodeId: task.tierNodeId, tierPath: task.tierPath },
    { minutes: 60 + (i % 60) },
  );
  return { id: e.id, attendanceId: e.payload.attendanceId, subject: e.subject, body: JSON.stringify(e) };
});
const published: [string, number][] = [];
const started = Date.now();
const window = task.ratePerSecond > 0 ? Math.max(1, Math.round(task.ratePerSecond / 20)) : 256;
for (let i = 0; i < events.length; i += window) {
  if (task.ratePerSecond > 0) {
    const due = started + (i / task.ratePerSecond) * 1000;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
  }
  await Promise.all(
    events.slice(i, i + window).map(async (e) => {
      published.push([e.attendanceId, Date.now()]);
      await js.publish(e.subject, e.body, { msgID: e.id });
    }),
  );
}
const result: PublisherResult = { published, started, publishSeconds: (Date.now() - started) / 1000 };
await nc.close();
parentPort!.postMessage(result);
