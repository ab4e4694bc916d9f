/**
 * The first import of every `main.ts` (ADR 74): starts tracing when an OTLP endpoint is set,
 * before anything requires `pg` or Fastify, so the instrumentations see those modules load.
 * Unset, it loads nothing more: no SDK, no instrumentation, no patched module.
 */
import { tracingSettingsFromEnv } from './tracing-settings';

const settings = tracingSettingsFromEnv();
if (settings) {
  // Required only when on: the SDK and the instrumentations are not even loaded otherwise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./start-tracing') as typeof import('./start-tracing')).startTracing(settings);
}
