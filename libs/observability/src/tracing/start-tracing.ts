import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import {
  defaultResource,
  detectResources,
  envDetector,
  hostDetector,
  processDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import type { TracingSettings } from './tracing-settings';
import { tracingStarted } from './tracing-state';

/** Probes and scrapes: frequent, never part of anyone's story. */
const UNTRACED_PATHS = ['/health/', '/metrics'];

/**
 * Starts the OpenTelemetry SDK: spans batched to the OTLP endpoint the standard `OTEL_*`
 * variables name (endpoint, headers, sampler, batch delays), W3C trace context as the only
 * propagator (traceparent/tracestate, nothing else leaves in headers), `pg` patched (a query is
 * traced only inside a traced operation: no root span per relay poll), and `@fastify/otel` for the
 * HTTP shell to register. Must run before `pg` is first required: see `register.ts`.
 */
export function startTracing(settings: TracingSettings): void {
  const resource = defaultResource()
    .merge(
      resourceFromAttributes({ 'service.name': settings.serviceName, 'service.namespace': 'cybersecuregov' }),
    )
    .merge(detectResources({ detectors: [envDetector, hostDetector, processDetector] }));
  const exporter = settings.protocol === 'http/json' ? new OtlpJsonExporter() : new OtlpProtobufExporter();
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  const http = new FastifyOtelInstrumentation({
    instrumentHooks: false,
    ignorePaths: ({ url }) => UNTRACED_PATHS.some((path) => url.startsWith(path)),
    requestHook: (span, request: FastifyRequest) => {
      if (request.routeOptions.url) span.updateName(`${request.method} ${request.routeOptions.url}`);
    },
  });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }), http],
  });
  tracingStarted({
    httpPlugin: flushedOnClose(http.plugin(), provider),
    shutdown: () => provider.shutdown(),
  });
}

/**
 * The HTTP instrumentation, plus an export of the queued spans when the application closes (Nest's
 * shutdown hooks, the embedded main's stop), so a stopping process does not drop its last batch.
 */
function flushedOnClose(otel: FastifyPluginCallback, provider: NodeTracerProvider): FastifyPluginCallback {
  const plugin: FastifyPluginCallback = (instance, options, done) => {
    instance.addHook('onClose', (_instance, closed) => {
      provider.forceFlush().then(
        () => closed(),
        () => closed(),
      );
    });
    otel(instance, options, done);
  };
  // Like @fastify/otel itself: its hooks apply to the whole application, not an encapsulated child.
  Object.assign(plugin, { [Symbol.for('skip-override')]: true });
  return plugin;
}
