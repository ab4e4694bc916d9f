import { Injectable, type Type } from '@nestjs/common';
import type { IntegrationPrincipal, Membership } from '../principal';

/** How one service learns about its callers: memberships from its own projection, keys from its store. */
export interface ServicePrincipalSources {
  service: string;
  memberships(sub: string): Promise<Membership[]>;
  /** Resolves an integration API key; absent when the service accepts no keys. */
  apiKey?(key: string): Promise<IntegrationPrincipal | null>;
}

/**
 * Controller class → the sources of the service that declares it. In the embedded default the
 * four services share one process and one guard; each still reads its own projection.
 */
@Injectable()
export class ServicePrincipalsRegistry {
  private readonly byController = new Map<Type, ServicePrincipalSources>();

  register(controllers: Iterable<Type>, sources: ServicePrincipalSources): void {
    for (const controller of controllers) this.byController.set(controller, sources);
  }

  sourcesFor(controller: Type): ServicePrincipalSources | undefined {
    return this.byController.get(controller);
  }
}
