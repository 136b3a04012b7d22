import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import { logContext } from '../context/caller.js';

const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NUMBER = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;

/** Masks phone numbers and ID numbers wherever they appear in a log line. */
export function maskSensitive(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(PHONE, '$1****$2');
}

type Level = 'error' | 'warn' | 'info' | 'debug' | 'verbose' | 'fatal';
const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];
/** Nest's `verbose` sits under pino's `debug` (20), as it sat under `debug` before. */
const CUSTOM_LEVELS = { verbose: 15 };
const ERROR_LEVEL = 50;

/** Whether lines go through `pino-pretty`: `LOG_PRETTY=1`, never under tests (they read JSON, if anything). */
export function prettyLogs(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LOG_PRETTY === '1' && env.JEST_WORKER_ID === undefined;
}

let output: DestinationStream | undefined;

/**
 * Where every logger of the process writes, made once: info and below on stdout, errors on
 * stderr, as before; or one `pino-pretty` worker on stdout.
 */
function processOutput(): DestinationStream {
  if (output) return output;
  if (prettyLogs()) {
    output = pino.transport({
      target: 'pino-pretty',
      options: { destination: 1, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l' },
    }) as DestinationStream;
  } else {
    output = pino.multistream(
      [
        // The process's own streams (Node buffers them), so whatever taps stdout and stderr (a
        // supervisor, a test reading the lines) sees every line.
        { level: 0, stream: process.stdout },
        { level: ERROR_LEVEL, stream: process.stderr },
      ],
      { dedupe: true, levels: { ...pino.levels.values, ...CUSTOM_LEVELS } },
    );
  }
  return output;
}

/**
 * Nest's logger on pino: one JSON line per entry with `time`, `level`, `service`, the Nest
 * `context`, the request id and tenant of the request being served (`logContext`), `msg` and
 * any `stack`. Phone and ID numbers are masked in the whole line, wherever they appear; secrets
 * are never passed to it.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger<'verbose'>;

  /** `destination` replaces the process's output (tests read the lines). */
  constructor(service: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream) {
    this.pino = pino<'verbose'>(
      {
        level: LEVELS.includes(level) ? level : 'info',
        customLevels: CUSTOM_LEVELS,
        base: { service },
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => {
          const ctx = logContext.getStore();
          return {
            ...(ctx?.requestId ? { requestId: ctx.requestId } : {}),
            ...(ctx?.tenantId ? { tenantId: ctx.tenantId } : {}),
          };
        },
        hooks: { streamWrite: maskSensitive },
      },
      destination ?? processOutput(),
    );
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]) {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest passes the context last and an error's stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = rest.find((r) => typeof r === 'string' && r.includes('\n    at ')) as string | undefined;
    const fields = {
      ...(context ? { context } : {}),
      ...(message instanceof Error && message.stack ? { stack: message.stack } : stack ? { stack } : {}),
    };
    const msg =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.pino[level](fields, msg);
  }
}
