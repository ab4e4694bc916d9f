import type { Provider, Type } from '@nestjs/common';

/** A context's share of the service module: its routes and its handlers. */
export interface ModuleParts {
  controllers: Type<unknown>[];
  providers: Provider[];
}
