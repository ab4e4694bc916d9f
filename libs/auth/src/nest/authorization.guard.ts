import { Inject, Injectable, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parseApiKey } from '../api-keys';
import type { Authentication } from '../auth.factory';
import { JsonLogger } from '@csg/observability';
import { recordProvenRefusal } from '@csg/http/edge/authentication-failures';
import { AuthenticationError } from '../authentication.error';
import { AccessRefusedError } from './access-refused.error';
import { tokenHints } from '../token-hints';
import { ANONYMOUS, personPrincipal, type Principal } from '../principal';
import { AUTHENTICATION } from './auth.tokens';
import { admits } from './policy-evaluator';
import type { RequestWithPrincipal } from './principal.request';
import { ROUTE_POLICY, type RoutePolicy } from './route-policy';
import { ServicePrincipalsRegistry, type ServicePrincipalSources } from './service-principals.registry';

interface HttpRequest extends RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

const invalid = (detail: string) => new AuthenticationError('malformed', detail);
const log = new JsonLogger('auth');

/**
 * The one guard of the process: authenticates the caller (bearer JWT, integration API key or
 * nobody), loads a person's memberships from the owning service's projection, and admits the
 * request when any of the route's policies does. Anonymous callers refused get 401, others 403.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  /** Route handler → its controller and policies, read by reflection once per route, not per request. */
  private readonly policiesByHandler = new WeakMap<
    object,
    { controller: object; policies?: RoutePolicy[] }
  >();

  constructor(
    private readonly reflector: Reflector,
    private readonly services: ServicePrincipalsRegistry,
    @Inject(AUTHENTICATION) private readonly authentication: Authentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policies = this.policiesOf(context.getHandler(), context.getClass());
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const principal = await this.authenticate(
      request,
      this.services.sourcesFor(context.getClass() as Type),
    ).catch((error: unknown) => {
      // docs/security.md: the client learns nothing, the log says why (never the credential).
      if (error instanceof AuthenticationError) {
        log.warn('token refused', { ...error.toLog(), ...hintsOf(request) });
        // The edge counts this refusal against the credential only when it proved whom it names (ADR 0057).
        if (error.provenPrincipal) recordProvenRefusal(request, error.provenPrincipal);
      }
      throw error;
    });
    request.principal = principal;
    if (policies?.some((policy) => admits(policy, principal, request))) return true;
    if (principal.kind === 'anonymous') throw AccessRefusedError.unauthenticated();
    throw AccessRefusedError.forbidden();
  }

  private policiesOf(handler: object, controller: object): RoutePolicy[] | undefined {
    const known = this.policiesByHandler.get(handler);
    if (known?.controller === controller) return known.policies;
    const policies = this.reflector.getAllAndOverride<RoutePolicy[] | undefined>(ROUTE_POLICY, [
      handler as () => unknown,
      controller as Type,
    ]);
    this.policiesByHandler.set(handler, { controller, policies });
    return policies;
  }

  private async authenticate(request: HttpRequest, sources?: ServicePrincipalSources): Promise<Principal> {
    const header = request.headers.authorization;
    if (header === undefined) return ANONYMOUS;
    if (typeof header !== 'string') throw invalid('several authorization headers');
    const apiKey = parseApiKey(header);
    if (apiKey) {
      const integration = sources?.apiKey ? await sources.apiKey(apiKey.key) : null;
      if (!integration) throw new AuthenticationError('unknown-api-key');
      return integration;
    }
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match) throw invalid('not a bearer token');
    const identity = await this.authentication.verifier.verify(match[1]);
    const memberships = sources ? await sources.memberships(identity.sub) : [];
    return personPrincipal(identity, memberships);
  }
}

/** kid/alg/iss/aud of a bearer JWT for the refusal log line; nothing for API keys or other schemes. */
function hintsOf(request: HttpRequest): Record<string, unknown> {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ') || header.startsWith('Bearer csg_'))
    return {};
  return { ...tokenHints(header.slice('Bearer '.length)) };
}
