export * from './tracing-settings';
export * from './tracing-state';
export * from './stored-trace-context';
export * from './in-span';
