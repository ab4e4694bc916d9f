export * from './problem/problem-details';
export * from './problem/problem-details.filter';
export * from './problem/validation.pipe';
export * from './operations.module';
export * from './http-application';
