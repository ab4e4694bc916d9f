import type { LoggerService } from '@nestjs/common';
import { JsonLogger, type LogLevel } from './json-logger';

/**
 * NestJS's own messages (its start-up, errors it catches outside the exception filters, the
 * `Logger` of libraries such as @nestjs/typeorm) as JSON lines of the same logger, component
 * `nest`. Nest's `log`, `debug` and `verbose` lines (routes mapped, modules initialised) are
 * `debug`: at the default level only its warnings and errors show, as before pino.
 */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly logger = new JsonLogger('nest')) {}

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  /** Nest passes `(message, context?)`, and for errors `(message, stack?, context?)`. */
  private write(level: LogLevel, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const stack = strings.find((p) => /\n\s+at /.test(p));
    const context = strings.filter((p) => p !== stack).pop();
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : 'nest';
    this.logger[level](text, {
      ...(context ? { context } : {}),
      ...(message instanceof Error ? { error: message } : {}),
      ...(typeof message === 'object' && !(message instanceof Error) ? { detail: message } : {}),
      ...(stack ? { stack } : {}),
    });
  }
}
