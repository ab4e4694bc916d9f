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
import type { IntegrationPrincipal } from '../principal';
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

/** A service's own answer to "who is this integration key?" (the notifications service has one). */
export interface ApiKeyResolver {
  resolve(key: string): Promise<IntegrationPrincipal | null>;
}

const SERVICE_AUTH_OPTIONS = 'csg:auth:service-options';

interface ServiceAuthOptions {
  service: string;
  token: string;
  apiKeys?: Type<ApiKeyResolver>;
}

@Injectable()
class ServiceAuthRegistration implements OnApplicationBootstrap {
  constructor(
    @Inject(SERVICE_AUTH_OPTIONS) private readonly options: ServiceAuthOptions,
    private readonly modules: ModulesContainer,
    private readonly registry: ServicePrincipalsRegistry,
    private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeyResolver | null,
  ) {}

  onApplicationBootstrap(): void {
    const controllers = [...modulesOfServiceImporting(this.modules, this.options.token)].flatMap((module) =>
      [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type),
    );
    const apiKeys = this.apiKeys;
    this.registry.register(controllers, {
      service: this.options.service,
      memberships: (sub) => loadMemberships(this.dataSource.manager, sub),
      ...(apiKeys ? { apiKey: (key: string) => apiKeys.resolve(key) } : {}),
    });
  }
}

/**
 * A service's part: its membership projection (fed by the agencies events) and the link from
 * its controllers to that projection and, optionally, to its API-key store.
 */
@Module({})
export class ServiceAuthModule {
  static forService(service: string, options: { apiKeys?: Type<ApiKeyResolver> } = {}): DynamicModule {
    const token = `csg:auth:${service}`;
    return {
      module: ServiceAuthModule,
      providers: [
        { provide: token, useValue: service },
        { provide: SERVICE_AUTH_OPTIONS, useValue: { service, token, apiKeys: options.apiKeys } },
        ...(options.apiKeys ? [options.apiKeys] : []),
        MembershipProjectionHandler,
        {
          provide: ServiceAuthRegistration,
          inject: [
            SERVICE_AUTH_OPTIONS,
            ModulesContainer,
            ServicePrincipalsRegistry,
            serviceDataSourceToken(service),
            ...(options.apiKeys ? [options.apiKeys] : []),
          ],
          useFactory: (
            o: ServiceAuthOptions,
            modules: ModulesContainer,
            registry: ServicePrincipalsRegistry,
            dataSource: DataSource,
            apiKeys?: ApiKeyResolver,
          ) => new ServiceAuthRegistration(o, modules, registry, dataSource, apiKeys ?? null),
        },
      ],
    };
  }
}
