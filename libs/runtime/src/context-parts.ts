import type { Provider, Type } from '@nestjs/common';
import { CONTROLLER_WATERMARK } from '@nestjs/common/constants';

/** What one context of a service adds to the service's module (ADR 66). */
export interface ContextParts {
  readonly controllers: readonly Type[];
  readonly providers: readonly Provider[];
}

/** A use case as its slice's classes: its controller (if it has a route), its handler, and any helper it provides. */
export type UseCase = readonly Type[];

/**
 * A context's parts, from its use cases (one line each) and what its slices share (ports with
 * their adapters, projections, jobs). A use case's `@Controller()` class becomes a controller,
 * the rest providers; routes keep the order of the lines, which is their order in the OpenAPI
 * document.
 */
export function contextParts(parts: {
  useCases?: readonly UseCase[];
  providers?: readonly Provider[];
}): ContextParts {
  const classes = (parts.useCases ?? []).flat();
  return {
    controllers: classes.filter(isController),
    providers: [...(parts.providers ?? []), ...classes.filter((type) => !isController(type))],
  };
}

/** A service module's controllers and providers: its contexts' parts, in the order given. */
export function composeParts(...parts: readonly ContextParts[]): {
  controllers: Type[];
  providers: Provider[];
} {
  return {
    controllers: parts.flatMap((p) => p.controllers),
    providers: parts.flatMap((p) => p.providers),
  };
}

function isController(type: Type): boolean {
  return Reflect.getMetadata(CONTROLLER_WATERMARK, type) === true;
}
