import type { LoggerService } from '@nestjs/common';
import { logContext } from '../context/caller.js';

const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NUMBER = /(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])/g;

/** Masks phone numbers and ID numbers wherever they appear in a log line. */
export function maskSensitive(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(PHONE, '$1****$2');
}

type Level = 'error' | 'warn' | 'info' | 'debug' | 'verbose' | 'fatal';
const ORDER: Record<Level, number> = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4, verbose: 5 };

/** One JSON line per entry with service, request id and tenant; no secrets, masked personal data. */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(
    private readonly service: string,
    level: string = process.env.LOG_LEVEL ?? 'info',
  ) {
    this.threshold = ORDER[(level as Level) in ORDER ? (level as Level) : 'info'];
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
    if (ORDER[level] > this.threshold) return;
    const ctx = logContext.getStore();
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = rest.find((r) => typeof r === 'string' && r.includes('\n    at ')) as string | undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      ...(context ? { context } : {}),
      ...(ctx?.requestId ? { requestId: ctx.requestId } : {}),
      ...(ctx?.tenantId ? { tenantId: ctx.tenantId } : {}),
      msg: message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message),
      ...(message instanceof Error && message.stack ? { stack: message.stack } : stack ? { stack } : {}),
    };
    const line = maskSensitive(JSON.stringify(entry)) + '\n';
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(line);
  }
}
