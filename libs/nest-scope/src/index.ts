export * from './service-scope';
