// Preloaded by `npm run bench:read` with BENCH_CPU_PROF=<dir> (`--import`; Node refuses
// --cpu-prof in NODE_OPTIONS): profiles the whole life of each process of the system and
// writes <dir>/<process>-<pid>.cpuprofile when it exits, for Chrome DevTools or speedscope.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { basename, dirname, join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  const entry = process.argv[1] ?? 'node';
  const name = `${basename(dirname(dirname(entry)))}-${basename(entry, '.js')}`;
  let written = false;
  // An in-process inspector session answers synchronously, so this works inside 'exit'.
  const write = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on('exit', write);
  // Nest's shutdown hooks end a process by raising the signal again, which skips 'exit': write
  // first, then let the other listeners (or the default action) have the signal.
  const onSignal = (signal: NodeJS.Signals) => {
    write();
    process.removeListener(signal, onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
