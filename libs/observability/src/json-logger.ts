import { currentContext } from './correlation-context';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info') as LogLevel;
  return ORDER[level] ?? ORDER.info;
}

/**
 * Structured JSON lines on stdout, one per event, with the correlation id of the current
 * request or message. Never pass secrets in `fields`.
 */
export class JsonLogger {
  constructor(private readonly component: string) {}

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.write('error', msg, fields);
  }

  private write(level: LogLevel, msg: string, fields?: Record<string, unknown>): void {
    if (ORDER[level] < threshold()) return;
    const context = currentContext();
    const line = {
      time: new Date().toISOString(),
      level,
      component: this.component,
      msg,
      ...(context ? { correlationId: context.correlationId, traceparent: context.traceparent } : {}),
      ...fields,
    };
    process.stdout.write(`${JSON.stringify(line, errorReplacer)}\n`);
  }
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}
