import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { FastifyRequest } from 'fastify';

/**
 * Puts `value` under `key` in the route's Fastify config, merged with what other markers put
 * there (rate limits, ETags): a Fastify hook reads it per request (`routeMarker`), which costs
 * less than a Nest interceptor, whose rxjs pipeline took about 8% of a read's CPU (docs/benchmarks.md).
 */
export function markRoute(key: string, value: unknown): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const existing = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as object;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...existing, [key]: value }, handler);
    return descriptor;
  };
}

/** What a marker put under `key` in the config of the route `request` matched (none: undefined). */
export function routeMarker<T>(request: FastifyRequest, key: string): T | undefined {
  const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
  return config?.[key] as T | undefined;
}
