import {
  Inject,
  Injectable,
  Module,
  Optional,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import {
  createPlatformEventRegistry,
  serviceTopic,
  type EventRegistry,
  type ServiceName,
} from '@csg/contracts';
import { HealthRegistry } from '@csg/observability';
import { serviceDataSourceToken } from '@csg/persistence';
import type { OutboxMapping } from '../outbox/outbox-mapping';
import { UnitOfWork } from '../outbox/unit-of-work';
import { OutboxWaker } from '../outbox/outbox-waker';
import type { RetryPolicy } from '../retry-policy';
import { ServiceMessaging } from '../service-messaging';
import { MESSAGE_TRANSPORT, type MessageTransport } from '../transport/message-transport.port';
import { IntegrationEventHandlerExplorer } from './integration-event-handler.explorer';
import { SERVICE_MESSAGING } from './messaging.tokens';

export interface MessagingModuleOptions {
  service: ServiceName;
  /** Connection string of the service database (kept for the callers; the relay no longer LISTENs, ADR 48). */
  databaseUrl: string;
  registry?: EventRegistry;
  retry?: RetryPolicy;
  /** How the facts the service's aggregates record become its integration events. */
  outbox?: OutboxMapping;
}

@Injectable()
class ServiceMessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(SERVICE_MESSAGING) private readonly messaging: ServiceMessaging,
    @Inject(MESSAGE_TRANSPORT) private readonly transport: MessageTransport,
    @Inject('csg:messaging:options') private readonly options: MessagingModuleOptions,
    @Inject('csg:messaging:data-source') private readonly dataSource: DataSource,
    @Optional() private readonly health?: HealthRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { service } = this.options;
    this.health?.register(`${service}:database`, async () => {
      await this.dataSource.query('SELECT 1');
      return { ok: true, detail: 'reachable' };
    });
    this.health?.register(`${service}:messaging`, () => {
      const h = this.messaging.health();
      return { ok: h.ready, detail: h.detail };
    });
    this.health?.register('transport', async () => {
      const h = await this.transport.health();
      return { ok: h.ready, detail: h.detail };
    });
    await this.messaging.start();
  }
  /** Graceful: the consumer finishes its message and the relay its cycle before the pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.messaging.stop();
  }
}

/**
 * A service's part of the event backbone: its UnitOfWork (state + outbox in one transaction),
 * its outbox relay and, when the service has @OnIntegrationEvent handlers, its inbox consumer
 * (consumer group `csg.<service>`).
 */
@Module({})
export class MessagingModule {
  static forService(options: MessagingModuleOptions): DynamicModule {
    const instanceToken = `csg:messaging:${options.service}`;
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: instanceToken, useValue: options.service },
        { provide: 'csg:messaging:options', useValue: options },
        { provide: 'csg:messaging:data-source', useExisting: serviceDataSourceToken(options.service) },
        IntegrationEventHandlerExplorer,
        // This service's waker: its unit of work and inbox wake its relay (ADR 48). A provider of
        // this module instance, so each service hosted in one process has its own.
        { provide: OutboxWaker, useFactory: () => new OutboxWaker() },
        {
          provide: SERVICE_MESSAGING,
          inject: [
            serviceDataSourceToken(options.service),
            MESSAGE_TRANSPORT,
            IntegrationEventHandlerExplorer,
            OutboxWaker,
          ],
          useFactory: (
            dataSource: DataSource,
            transport: MessageTransport,
            explorer: IntegrationEventHandlerExplorer,
            waker: OutboxWaker,
          ) => {
            const messaging = new ServiceMessaging({
              service: options.service,
              ownTopic: serviceTopic(options.service),
              dataSource,
              databaseUrl: options.databaseUrl,
              waker,
              registry: options.registry ?? createPlatformEventRegistry(),
              transport,
              retry: options.retry,
              handlers: () => explorer.handlersFor(instanceToken),
            });
            return messaging;
          },
        },
        {
          provide: UnitOfWork,
          inject: [SERVICE_MESSAGING],
          useFactory: (messaging: ServiceMessaging) =>
            options.outbox ? messaging.unitOfWork.withOutbox(options.outbox) : messaging.unitOfWork,
        },
        ServiceMessagingLifecycle,
      ],
      exports: [UnitOfWork, SERVICE_MESSAGING],
    };
  }
}
