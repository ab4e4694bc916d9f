export * from './correlation-context';
export * from './json-logger';
export * from './metrics';
export * from './health.registry';
export * from './nest-json-logger';
