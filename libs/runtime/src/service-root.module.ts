import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@csg/auth';
import { OperationsModule } from '@csg/http';
import { TransportModule, type MessageTransport } from '@csg/messaging';

/**
 * The root module of one process: operations routes, CQRS buses, the message transport, and the
 * service modules it runs (one in the distributed mode, all four in the embedded default).
 */
@Module({})
export class ProcessRootModule {
  static compose(options: {
    transport: () => MessageTransport | Promise<MessageTransport>;
    services: DynamicModule[];
    extra?: DynamicModule[];
  }): DynamicModule {
    return {
      module: ProcessRootModule,
      imports: [
        OperationsModule,
        AuthModule.forRoot(),
        CqrsModule.forRoot(),
        TransportModule.forRoot(options.transport),
        ...(options.extra ?? []),
        ...options.services,
      ],
    };
  }
}
