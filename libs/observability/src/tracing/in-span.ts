import {
  context,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Attributes,
  type Link,
  type Span,
  type SpanKind,
} from '@opentelemetry/api';
import { contextOf, type StoredTraceContext } from './stored-trace-context';
import { tracingEnabled } from './tracing-state';

/** The instrumentation scope of the project's own spans. */
export const TRACER_NAME = 'cybersecuregov';

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /**
   * The stored trace contexts of what caused this work. One: the span continues that trace (a
   * child of the span that queued the work). Several (a digest of many facts): a new trace with a
   * link to each. None: a child of the active span, if there is one.
   */
  causedBy?: ReadonlyArray<StoredTraceContext | null | undefined>;
}

/**
 * Runs `work` in a span that ends when it settles (an error is recorded on it and rethrown).
 * With tracing off, `work` runs as it is, with no span.
 */
export function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!tracingEnabled()) return work(undefined);
  const causes = (options.causedBy ?? []).filter((c): c is StoredTraceContext => !!c?.traceparent);
  const parent =
    causes.length === 1 ? contextOf(causes[0]) : causes.length > 1 ? ROOT_CONTEXT : context.active();
  const links: Link[] =
    causes.length > 1
      ? causes.flatMap((c) => {
          const linked = trace.getSpanContext(contextOf(c));
          return linked ? [{ context: linked }] : [];
        })
      : [];
  const span = trace
    .getTracer(TRACER_NAME)
    .startSpan(name, { kind: options.kind, attributes: options.attributes, links }, parent);
  return context.with(trace.setSpan(parent, span), async () => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Records `error` on `span` and sets its status to ERROR. */
export function markFailed(span: Span, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}
