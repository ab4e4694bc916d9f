export * from './aggregate-root';
export * from './clock';
export * from './rule-violation';
export * from './versioned-aggregate-root';
export * from './versioned-change';
