export * from './service-root.module';
export * from './run-distributed-service';
