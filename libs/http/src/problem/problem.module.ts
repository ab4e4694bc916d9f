import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ErrorStatusRegistry, type ErrorStatuses } from './error-statuses';

/**
 * The process's one {@link ErrorStatusRegistry}, read by the problem filter. Import once in the
 * root module; each owner of error codes adds `ProblemModule.forCodes(owner, statuses)`.
 */
@Global()
@Module({
  providers: [{ provide: ErrorStatusRegistry, useFactory: () => new ErrorStatusRegistry() }],
  exports: [ErrorStatusRegistry],
})
export class ProblemModule {
  /** Contributes `owner`'s code → status mapping when the module is instantiated. */
  static forCodes(owner: string, statuses: ErrorStatuses): DynamicModule {
    const token = `csg:problem:codes:${owner}`;
    return {
      module: ProblemCodesModule,
      providers: [
        {
          provide: token,
          inject: [ErrorStatusRegistry],
          useFactory: (registry: ErrorStatusRegistry) => {
            registry.add(owner, statuses);
            return owner;
          },
        },
      ],
    };
  }
}

/** The carrier of one owner's codes (a separate class so each `forCodes` is its own module). */
@Module({})
export class ProblemCodesModule {}
