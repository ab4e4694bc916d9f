import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AUTH_LIBRARY_ERROR_STATUSES, AuthModule } from '@csg/auth';
import { ProblemModule } from '@csg/http';
import { TransportModule, type MessageTransport } from '@csg/messaging';
import { AsyncApiDocumentModule } from './asyncapi/asyncapi-document.module';
import { ClockModule } from './clock.module';
import { OperationsModule } from './operations/operations.module';
import type { ServiceDeclaration } from './service-declaration';

/** One declared service as a process runs it: its declaration and its database. */
export interface HostedService {
  declaration: ServiceDeclaration;
  databaseUrl: string;
}

/** A service's root module plus what its declaration contributes to the process (error codes). */
export function serviceModules({ declaration, databaseUrl }: HostedService): DynamicModule[] {
  return [
    ProblemModule.forCodes(declaration.name, declaration.errorStatuses),
    declaration.module({ databaseUrl, outbox: declaration.outbox }),
  ];
}

/**
 * The root module of one process: operations routes, the AsyncAPI document (/api/asyncapi.*),
 * the problem filter's error codes, CQRS buses, the clock, the message transport, and the services it runs
 * (one in the distributed mode, every declared one in the embedded default).
 */
@Module({})
export class ProcessRootModule {
  static compose(options: {
    transport: () => MessageTransport | Promise<MessageTransport>;
    services: readonly HostedService[];
    extra?: DynamicModule[];
  }): DynamicModule {
    return {
      module: ProcessRootModule,
      imports: [
        OperationsModule,
        AsyncApiDocumentModule,
        ProblemModule,
        ProblemModule.forCodes('auth', AUTH_LIBRARY_ERROR_STATUSES),
        AuthModule.forRoot(),
        CqrsModule.forRoot(),
        ClockModule,
        TransportModule.forRoot(options.transport),
        ...(options.extra ?? []),
        ...options.services.flatMap(serviceModules),
      ],
    };
  }
}
