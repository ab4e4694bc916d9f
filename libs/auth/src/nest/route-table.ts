import { Injectable, RequestMethod, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ROUTE_POLICY, type RoutePolicy } from './route-policy';

export interface RouteEntry {
  method: string;
  /** The route as declared (without the global /api/v1 prefix), e.g. `agencies/:id`. */
  path: string;
  controller: string;
  handler: string;
  policies: RoutePolicy[] | undefined;
}

export class UndeclaredRoutePolicyError extends Error {}

function joinPath(...parts: Array<string | string[] | undefined>): string {
  return parts
    .flatMap((p) => (Array.isArray(p) ? p[0] : p) ?? '')
    .join('/')
    .split('/')
    .filter(Boolean)
    .join('/');
}

/**
 * Every HTTP route of the process with its declared policies. At start it refuses to let the
 * process run while any route lacks a policy: deny by default. The authorisation matrix test
 * is generated from this table.
 */
@Injectable()
export class RouteTable implements OnApplicationBootstrap {
  constructor(
    private readonly modules: ModulesContainer,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = this.routes().filter((r) => !r.policies || r.policies.length === 0);
    if (undeclared.length > 0) {
      throw new UndeclaredRoutePolicyError(
        `routes without an access policy (declare @Policy(...) on each): ${undeclared
          .map((r) => `${r.method} /${r.path} (${r.controller}.${r.handler})`)
          .join(', ')}`,
      );
    }
  }

  routes(): RouteEntry[] {
    const entries: RouteEntry[] = [];
    const seen = new Set<Type>();
    for (const module of this.modules.values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as Type | undefined;
        if (!controller || seen.has(controller)) continue;
        seen.add(controller);
        const base = Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined;
        for (const name of this.scanner.getAllMethodNames(controller.prototype)) {
          const handler = controller.prototype[name];
          const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (path === undefined || method === undefined) continue;
          entries.push({
            method: RequestMethod[method],
            path: joinPath(base, path),
            controller: controller.name,
            handler: name,
            policies: this.reflector.getAllAndOverride<RoutePolicy[] | undefined>(ROUTE_POLICY, [
              handler,
              controller,
            ]),
          });
        }
      }
    }
    return entries.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}
