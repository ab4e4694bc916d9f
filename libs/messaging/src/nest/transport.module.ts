import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { MESSAGE_TRANSPORT, type MessageTransport } from '../transport/message-transport.port';

class TransportLifecycle implements OnApplicationShutdown {
  constructor(@Inject(MESSAGE_TRANSPORT) private readonly transport: MessageTransport) {}
  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}

/**
 * Provides the process's one message transport (Kafka, or the in-process log of the embedded
 * default). Started before any service module starts its relay and consumer.
 */
@Global()
@Module({})
export class TransportModule {
  static forRoot(create: () => MessageTransport | Promise<MessageTransport>): DynamicModule {
    return {
      module: TransportModule,
      providers: [
        {
          provide: MESSAGE_TRANSPORT,
          useFactory: async () => {
            const transport = await create();
            await transport.start();
            return transport;
          },
        },
        TransportLifecycle,
      ],
      exports: [MESSAGE_TRANSPORT],
    };
  }
}
