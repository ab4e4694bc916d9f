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
  /** The process's key store (the notifications service's), for services that keep none. */
  private sharedApiKey?: (key: string) => Promise<IntegrationPrincipal | null>;

  register(controllers: Iterable<Type>, sources: ServicePrincipalSources): void {
    for (const controller of controllers) this.byController.set(controller, sources);
    if (sources.apiKey) this.sharedApiKey ??= sources.apiKey;
  }

  /**
   * A service without a key store of its own still accepts the keys of the one in its process (the
   * embedded default runs notifications beside it), where its route policies allow IntegrationKey.
   */
  sourcesFor(controller: Type): ServicePrincipalSources | undefined {
    const sources = this.byController.get(controller);
    if (!sources || sources.apiKey || !this.sharedApiKey) return sources;
    // Asked on every request: merged once per controller, not per call.
    const merged = { ...sources, apiKey: this.sharedApiKey };
    this.byController.set(controller, merged);
    return merged;
  }
}
