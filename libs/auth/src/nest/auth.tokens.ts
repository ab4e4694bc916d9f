export const AUTHENTICATION = Symbol('AUTHENTICATION');
export const API_KEY_RESOLVER = Symbol('API_KEY_RESOLVER');
