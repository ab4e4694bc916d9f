export * from './keycloak-dev';
export * from './keycloak-admin';
