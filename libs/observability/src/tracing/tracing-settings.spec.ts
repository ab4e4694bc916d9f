import { tracingSettingsFromEnv, TracingSettingsError } from './tracing-settings';

describe('tracingSettingsFromEnv', () => {
  const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };

  it('is off when no OTLP endpoint is set', () => {
    expect(tracingSettingsFromEnv({}, '/srv/dist/apps/exchange/src/main.js')).toBeNull();
    expect(tracingSettingsFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' }, undefined)).toBeNull();
  });

  it('is off when the SDK or the trace exporter is switched off', () => {
    expect(tracingSettingsFromEnv({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(tracingSettingsFromEnv({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBeNull();
  });

  it('is on with a traces-only endpoint, protobuf by default', () => {
    expect(
      tracingSettingsFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' }, undefined),
    ).toEqual({ protocol: 'http/protobuf', serviceName: 'cybersecuregov' });
  });

  it('exports JSON when asked, the traces-specific protocol first', () => {
    expect(tracingSettingsFromEnv({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })?.protocol).toBe(
      'http/json',
    );
    expect(
      tracingSettingsFromEnv({
        ...endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf',
      })?.protocol,
    ).toBe('http/protobuf');
  });

  it('refuses gRPC, which the process does not ship', () => {
    expect(() => tracingSettingsFromEnv({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
      TracingSettingsError,
    );
  });

  it.each([
    ['/srv/dist/apps/exchange/src/main.js', 'exchange'],
    ['/work/apps/notifications/src/main.ts', 'notifications'],
    ['/srv/dist/apps/embedded/src/main.js', 'embedded'],
    ['/srv/dist/apps/embedded/src/cli/migrate.cli.js', 'cybersecuregov'],
    ['/srv/tools/main.js', 'cybersecuregov'],
  ])('names the service after the entry point %s', (entry, name) => {
    expect(tracingSettingsFromEnv(endpoint, entry)?.serviceName).toBe(name);
  });
});
