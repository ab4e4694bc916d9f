export * from './cloud-event';
export * from './egress';
export * from './event-registry';
export * from './integration-event.definition';
export * from './json-schema';
export * from './topics';
export * from './catalogue';
export { buildAsyncApiDocument } from './asyncapi/asyncapi-document';
export * from './example-data';
