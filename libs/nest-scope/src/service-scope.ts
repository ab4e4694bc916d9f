import type { ModulesContainer } from '@nestjs/core';
import type { Module } from '@nestjs/core/injector/module';

/**
 * In the embedded default one process hosts four services; a library module that a service
 * imports (messaging, auth) must act for that service only. Given a token the library module
 * provides, this finds the modules that import it (the service's modules) and every module
 * they reach, so the library can pick out that service's providers and controllers.
 */
export function modulesOfServiceImporting(modules: ModulesContainer, token: string | symbol): Set<Module> {
  const all = [...modules.values()];
  const libraryModule = all.find((m) => m.providers.has(token));
  if (!libraryModule) throw new Error(`no module provides ${String(token)}`);
  const roots = all.filter((m) => m.imports.has(libraryModule));
  const seen = new Set<Module>();
  const queue = [...roots];
  while (queue.length > 0) {
    const module = queue.shift()!;
    if (seen.has(module) || module === libraryModule) continue;
    seen.add(module);
    queue.push(...(module.imports as Set<Module>));
  }
  return seen;
}
