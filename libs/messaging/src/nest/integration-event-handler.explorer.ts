import { Injectable } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { Module } from '@nestjs/core/injector/module';
import type { IntegrationEventHandlerFn } from '../inbox/inbox-consumer';
import { ON_INTEGRATION_EVENT } from '../handlers/on-integration-event.decorator';

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
    const all = [...this.modules.values()];
    const messagingModule = all.find((m) => m.providers.has(messagingToken));
    if (!messagingModule) throw new Error('messaging module instance not found');
    const serviceModules = all.filter((m) => m.imports.has(messagingModule));
    const handlers = new Map<string, IntegrationEventHandlerFn[]>();
    for (const module of this.reachable(serviceModules, messagingModule)) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as Record<string, unknown> | undefined;
        if (!instance || typeof instance !== 'object' || wrapper.isTransient) continue;
        const prototype = Object.getPrototypeOf(instance);
        for (const method of this.scanner.getAllMethodNames(prototype)) {
          const types = this.reflector.get<string[] | undefined>(ON_INTEGRATION_EVENT, prototype[method]);
          if (!types) continue;
          const fn = (instance[method] as IntegrationEventHandlerFn).bind(instance);
          for (const type of types) handlers.set(type, [...(handlers.get(type) ?? []), fn]);
        }
      }
    }
    return handlers;
  }

  private reachable(roots: Module[], exclude: Module): Set<Module> {
    const seen = new Set<Module>();
    const queue = [...roots];
    while (queue.length > 0) {
      const module = queue.shift()!;
      if (seen.has(module) || module === exclude) continue;
      seen.add(module);
      queue.push(...(module.imports as Set<Module>));
    }
    return seen;
  }
}
