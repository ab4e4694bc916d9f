import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, ModulesContainer } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { modulesOfServiceImporting } from '@csg/nest-scope';
import { serviceDataSourceToken } from '@csg/persistence/persistence.module';
import { loadAuthConfig } from '../auth.config';
import { openAuthentication } from '../auth.factory';
import { loadMemberships } from '../membership';
import type { IntegrationPrincipal, Membership } from '../principal';
import { AUTHENTICATION } from './auth.tokens';
import { AuthorizationGuard } from './authorization.guard';
import { DevTokensController } from './dev-tokens.controller';
import { MembershipProjectionHandler } from './membership-projection.handler';
import { RouteTable } from './route-table';
import { ServicePrincipalsRegistry } from './service-principals.registry';

/**
 * Authentication and authorisation for the whole process: the verifier (OIDC, or the
 * development issuer with AUTH_MODE=dev), the one guard, and the route table that refuses to
 * start with an undeclared route. Import once, in the root module.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const config = loadAuthConfig(env);
    return {
      module: AuthModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: config.mode === 'dev' ? [DevTokensController] : [],
      providers: [
        { provide: AUTHENTICATION, useFactory: () => openAuthentication(config, env) },
        ServicePrincipalsRegistry,
        RouteTable,
        { provide: APP_GUARD, useClass: AuthorizationGuard },
      ],
      exports: [AUTHENTICATION, ServicePrincipalsRegistry, RouteTable],
    };
  }
}

/**
 * A service's own answer to "who is this integration key?" (the notifications service has one):
 * null for a key it does not accept. A resolver that knows the key's secret matched a client it
 * refuses (revoked, suspended owner) may instead throw `AuthenticationError('revoked-api-key',
 * detail, { provenPrincipal: 'client:<id>' })`: only such a proven refusal counts against the key
 * itself as well as the caller's address (docs/adr/0057).
 */
export interface ApiKeyResolver {
  resolve(key: string): Promise<IntegrationPrincipal | null>;
}

/**
 * Where a service reads a person's memberships when it owns them itself (the agencies service
 * reads its own members table, so a change is visible to its next request). Other services use
 * the membership projection.
 */
export interface MembershipReader {
  membershipsOf(sub: string): Promise<Membership[]>;
}

const SERVICE_AUTH_OPTIONS = 'csg:auth:service-options';
/** Never provided: stand-ins for the optional classes a service did not pass. */
const NO_API_KEYS = Symbol('csg:auth:no-api-keys');
const NO_MEMBERSHIP_READER = Symbol('csg:auth:no-membership-reader');

interface ServiceAuthOptions {
  service: string;
  token: string;
  apiKeys?: Type<ApiKeyResolver>;
  memberships?: Type<MembershipReader>;
}

@Injectable()
class ServiceAuthRegistration implements OnApplicationBootstrap {
  constructor(
    @Inject(SERVICE_AUTH_OPTIONS) private readonly options: ServiceAuthOptions,
    private readonly modules: ModulesContainer,
    private readonly registry: ServicePrincipalsRegistry,
    private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeyResolver | null,
    private readonly reader: MembershipReader | null,
  ) {}

  onApplicationBootstrap(): void {
    const controllers = [...modulesOfServiceImporting(this.modules, this.options.token)].flatMap((module) =>
      [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type),
    );
    const { apiKeys, reader } = this;
    this.registry.register(controllers, {
      service: this.options.service,
      memberships: (sub) =>
        reader ? reader.membershipsOf(sub) : loadMemberships(this.dataSource.manager, sub),
      ...(apiKeys ? { apiKey: (key: string) => apiKeys.resolve(key) } : {}),
    });
  }
}

/**
 * A service's part: its membership projection (fed by the agencies events) and the link from
 * its controllers to that projection and, optionally, to its API-key store. With `memberships`
 * the service reads memberships through that class instead, and keeps no projection consumer.
 */
@Module({})
export class ServiceAuthModule {
  static forService(
    service: string,
    options: { apiKeys?: Type<ApiKeyResolver>; memberships?: Type<MembershipReader> } = {},
  ): DynamicModule {
    const token = `csg:auth:${service}`;
    const { apiKeys, memberships } = options;
    return {
      module: ServiceAuthModule,
      providers: [
        { provide: token, useValue: service },
        { provide: SERVICE_AUTH_OPTIONS, useValue: { service, token, apiKeys, memberships } },
        ...(apiKeys ? [apiKeys] : []),
        ...(memberships ? [memberships] : [MembershipProjectionHandler]),
        {
          provide: ServiceAuthRegistration,
          inject: [
            SERVICE_AUTH_OPTIONS,
            ModulesContainer,
            ServicePrincipalsRegistry,
            serviceDataSourceToken(service),
            { token: apiKeys ?? NO_API_KEYS, optional: true },
            { token: memberships ?? NO_MEMBERSHIP_READER, optional: true },
          ],
          useFactory: (
            o: ServiceAuthOptions,
            modules: ModulesContainer,
            registry: ServicePrincipalsRegistry,
            dataSource: DataSource,
            apiKeyResolver?: ApiKeyResolver,
            reader?: MembershipReader,
          ) =>
            new ServiceAuthRegistration(
              o,
              modules,
              registry,
              dataSource,
              apiKeyResolver ?? null,
              reader ?? null,
            ),
        },
      ],
    };
  }
}
