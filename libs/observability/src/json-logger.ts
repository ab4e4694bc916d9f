import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './correlation-context';
import { REDACTED, REDACTED_PATHS } from './log-redaction';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error'] satisfies LogLevel[];

/**
 * The pino options of every logger of the process (ADR 0072): the fields operators query since
 * before pino (`time` as ISO 8601, `level` as a word, `component`, `msg`, `correlationId`,
 * `traceparent`, errors as `{ name, message }`), the active OpenTelemetry span's `trace_id` and
 * `span_id`, and the secrets of {@link REDACTED_PATHS} replaced. An unknown level is `info`.
 */
function jsonLoggerOptions(level: string | undefined): LoggerOptions {
  return {
    level: level && LEVELS.includes(level) ? level : 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: contextFields,
    serializers: { error: errorFields },
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
  };
}

/** A root logger writing JSON lines to `destination` (tests read them from a stream of their own). */
export function createRootLogger(destination: DestinationStream, level: string | undefined): Logger {
  return pino(jsonLoggerOptions(level), destination);
}

let processRoot: Logger | undefined;

/**
 * The process's root logger, made on first use so that `LOG_LEVEL` is read after start-up code
 * set the environment. It writes through `process.stdout`, which is synchronous for files and
 * pipes: the last lines before `process.exit` are not lost.
 */
function processLogger(): Logger {
  processRoot ??= createRootLogger(process.stdout, process.env.LOG_LEVEL);
  return processRoot;
}

/**
 * Structured JSON lines, one per event, with the correlation id of the current request or
 * message. Secrets under the keys of ADR 0072 are redacted; never put one in `msg`.
 */
export class JsonLogger {
  private logger?: Logger;

  constructor(
    private readonly component: string,
    private readonly root: () => Logger = processLogger,
  ) {}

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
    this.logger ??= this.root().child({ component: this.component });
    this.logger[level](fields ?? {}, msg);
  }
}

/** Merged into every line; the caller's own fields win over these. */
function contextFields(): Record<string, string> {
  const context = currentContext();
  const span = trace.getActiveSpan()?.spanContext();
  return {
    ...(context ? { correlationId: context.correlationId, traceparent: context.traceparent } : {}),
    ...(span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {}),
  };
}

/** An error as its name and message: no stack, no properties that may carry request data. */
function errorFields(value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}
