export * from './periodic-worker';
export * from './periodic-worker.provider';
export * from './once-per-database';
