import { basename, dirname } from 'node:path';

/** How spans leave the process: OTLP over HTTP, as protobuf (the OpenTelemetry default) or JSON. */
export type OtlpProtocol = 'http/protobuf' | 'http/json';

export interface TracingSettings {
  protocol: OtlpProtocol;
  /** `service.name` unless `OTEL_SERVICE_NAME` (or `OTEL_RESOURCE_ATTRIBUTES`) names it. */
  serviceName: string;
}

/** A setting that cannot work: the process refuses to start rather than trace nowhere. */
export class TracingSettingsError extends Error {
  override readonly name = 'TracingSettingsError';
}

/**
 * Tracing is on only when an OTLP endpoint is set (`OTEL_EXPORTER_OTLP_ENDPOINT`, or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) and not switched off by `OTEL_SDK_DISABLED=true` or
 * `OTEL_TRACES_EXPORTER=none`; otherwise null, and nothing of the SDK is loaded (ADR 74).
 */
export function tracingSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  entry: string | undefined = process.argv[1],
): TracingSettings | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint?.trim()) return null;
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return null;
  const protocol = (
    env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ||
    env.OTEL_EXPORTER_OTLP_PROTOCOL ||
    'http/protobuf'
  ).trim();
  if (protocol !== 'http/protobuf' && protocol !== 'http/json')
    throw new TracingSettingsError(
      `OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported: use http/protobuf or http/json`,
    );
  return { protocol, serviceName: serviceNameOf(entry) };
}

/**
 * The entry point's service: `apps/<service>/src/main.{ts,js}` (built or not) → `<service>`;
 * anything else → `cybersecuregov`.
 */
function serviceNameOf(entry: string | undefined): string {
  if (!entry || !/^main\.[cm]?[jt]s$/.test(basename(entry))) return 'cybersecuregov';
  const src = dirname(entry);
  const app = dirname(src);
  if (basename(src) !== 'src' || basename(dirname(app)) !== 'apps') return 'cybersecuregov';
  return basename(app);
}
