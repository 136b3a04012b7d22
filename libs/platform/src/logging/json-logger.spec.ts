import { logContext } from '../context/caller.js';
import { JsonLogger, maskSensitive, prettyLogs } from './json-logger.js';

/** A logger writing into an array, one parsed JSON object per line. */
function capture(level = 'info') {
  const lines: string[] = [];
  const logger = new JsonLogger('volunteers', level, { write: (line: string) => void lines.push(line) });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('JsonLogger', () => {
  it('writes one JSON line with time, level, service, context, request id, tenant and message', () => {
    const { logger, lines, entries } = capture();
    logContext.run({ requestId: 'req-1', tenantId: 'tenant-1' }, () => logger.log('imported 3 rows', 'ImportJob'));
    logger.warn('no context here');
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const [first, second] = entries();
    expect(first).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      service: 'volunteers',
      requestId: 'req-1',
      tenantId: 'tenant-1',
      context: 'ImportJob',
      msg: 'imported 3 rows',
    });
    expect(second).toEqual({ time: expect.any(String), level: 'warn', service: 'volunteers', msg: 'no context here' });
  });

  it('masks phones and ID numbers wherever they appear, in the message, the stack and the context', () => {
    const { logger, entries } = capture();
    const error = new Error('duplicate 37070419900307123X for 13805361234');
    logger.error(error, 'Volunteers 13900001111');
    logger.log({ phone: '13805361234', note: 'order 2021113012345678901' });
    const [failed, object] = entries();
    expect(failed).toMatchObject({
      level: 'error',
      msg: 'duplicate 370704********123X for 138****1234',
      context: 'Volunteers 139****1111',
    });
    expect(failed.stack).toMatch(/^Error: duplicate 370704\*{8}123X for 138\*{4}1234\n {4}at /);
    expect(object.msg).toBe('{"phone":"138****1234","note":"order 2021113012345678901"}');
  });

  it('takes the stack Nest passes beside a message', () => {
    const { logger, entries } = capture();
    logger.error('handler failed', 'Error: boom\n    at handler (x.ts:1:1)', 'RpcErrorFilter');
    expect(entries()[0]).toMatchObject({
      msg: 'handler failed',
      stack: 'Error: boom\n    at handler (x.ts:1:1)',
      context: 'RpcErrorFilter',
    });
  });

  it('writes only at LOG_LEVEL and above, verbose below debug', () => {
    const quiet = capture('warn');
    quiet.logger.log('info');
    quiet.logger.debug('debug');
    quiet.logger.error('error');
    quiet.logger.fatal('fatal');
    expect(quiet.entries().map((e) => e.level)).toEqual(['error', 'fatal']);
    const debug = capture('debug');
    debug.logger.verbose('verbose');
    debug.logger.debug('debug');
    expect(debug.entries().map((e) => e.level)).toEqual(['debug']);
    const verbose = capture('verbose');
    verbose.logger.verbose('verbose');
    expect(verbose.entries().map((e) => e.level)).toEqual(['verbose']);
    const unknown = capture('chatty');
    unknown.logger.debug('debug');
    unknown.logger.log('info');
    expect(unknown.entries().map((e) => e.level)).toEqual(['info']);
  });

  it('is pretty only with LOG_PRETTY=1, and never under tests', () => {
    expect(prettyLogs({ LOG_PRETTY: '1' })).toBe(true);
    expect(prettyLogs({})).toBe(false);
    expect(prettyLogs({ LOG_PRETTY: '1', JEST_WORKER_ID: '1' })).toBe(false);
  });

  it('keeps the masking rules: mobiles and ID numbers, not other long digit runs', () => {
    expect(maskSensitive('call 13805361234 now')).toBe('call 138****1234 now');
    expect(maskSensitive('{"id":"37070419900307123X"}')).toBe('{"id":"370704********123X"}');
    expect(maskSensitive('order 2021113012345678901')).toBe('order 2021113012345678901');
  });
});
