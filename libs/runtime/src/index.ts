export * from './service-declaration';
export * from './service-root.module';
export * from './context-parts';
export * from './run-distributed-service';
export * from './operations/operations.module';
export * from './asyncapi/platform-asyncapi';
export * from './asyncapi/asyncapi-routes';
export * from './periodic';
