import { Injectable } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { modulesOfServiceImporting } from '@csg/nest-scope';
import type { IntegrationEventHandlerFn } from '../inbox/inbox-consumer';
import { batchHandler, type IntegrationEventBatchFn } from '../handlers/batch-handler';
import {
  ON_INTEGRATION_EVENT,
  ON_INTEGRATION_EVENTS_BATCH,
} from '../handlers/on-integration-event.decorator';

/**
 * Finds the @OnIntegrationEvent methods that belong to one service: those of providers in the
 * modules that import that service's messaging module, and in what those modules import. In the
 * embedded default four services share one process; each still gets only its own handlers.
 */
@Injectable()
export class IntegrationEventHandlerExplorer {
  constructor(
    private readonly modules: ModulesContainer,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  handlersFor(messagingToken: string | symbol): Map<string, IntegrationEventHandlerFn[]> {
    const handlers = new Map<string, IntegrationEventHandlerFn[]>();
    for (const module of modulesOfServiceImporting(this.modules, messagingToken)) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as Record<string, unknown> | undefined;
        if (!instance || typeof instance !== 'object' || wrapper.isTransient) continue;
        const prototype = Object.getPrototypeOf(instance);
        for (const method of this.scanner.getAllMethodNames(prototype)) {
          const types = this.reflector.get<string[] | undefined>(ON_INTEGRATION_EVENT, prototype[method]);
          if (!types) continue;
          const bound = (instance[method] as IntegrationEventHandlerFn).bind(instance);
          const fn = this.reflector.get<boolean | undefined>(ON_INTEGRATION_EVENTS_BATCH, prototype[method])
            ? batchHandler(bound as unknown as IntegrationEventBatchFn)
            : bound;
          for (const type of types) handlers.set(type, [...(handlers.get(type) ?? []), fn]);
        }
      }
    }
    return handlers;
  }
}
