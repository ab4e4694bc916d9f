import { AuthConfigError, loadAuthConfig } from './auth.config';

const OIDC = {
  OIDC_ISSUER: 'https://idp.example/realms/csg',
  OIDC_AUDIENCE: 'csg-api',
  OIDC_JWKS_URL: 'https://idp.example/realms/csg/protocol/openid-connect/certs',
};

describe('loadAuthConfig', () => {
  it('defaults to OIDC with RS256, ES256, PS256, roles claim `roles`, 30 s tolerance and a 10 min key set', () => {
    expect(loadAuthConfig(OIDC)).toEqual({
      mode: 'oidc',
      oidc: {
        issuer: OIDC.OIDC_ISSUER,
        audience: ['csg-api'],
        jwksUrl: OIDC.OIDC_JWKS_URL,
        algorithms: ['RS256', 'ES256', 'PS256'],
        rolesClaim: 'roles',
        clockToleranceSeconds: 30,
        jwksMaxAgeSeconds: 600,
      },
    });
  });

  it('reads OIDC_JWKS_MAX_AGE_SECONDS and refuses a value outside 1 s to a day', () => {
    expect(loadAuthConfig({ ...OIDC, OIDC_JWKS_MAX_AGE_SECONDS: '60' })).toMatchObject({
      oidc: { jwksMaxAgeSeconds: 60 },
    });
    expect(() => loadAuthConfig({ ...OIDC, OIDC_JWKS_MAX_AGE_SECONDS: '0' })).toThrow(
      /OIDC_JWKS_MAX_AGE_SECONDS/,
    );
    expect(() => loadAuthConfig({ ...OIDC, OIDC_JWKS_MAX_AGE_SECONDS: 'soon' })).toThrow(
      /OIDC_JWKS_MAX_AGE_SECONDS/,
    );
  });

  it('reads OIDC_ALGORITHMS, OIDC_ROLES_CLAIM and a list of audiences', () => {
    const config = loadAuthConfig({
      ...OIDC,
      OIDC_ALGORITHMS: 'ES256, RS256',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_AUDIENCE: 'a,b',
    });
    expect(config).toMatchObject({
      oidc: { algorithms: ['ES256', 'RS256'], rolesClaim: 'realm_access.roles', audience: ['a', 'b'] },
    });
  });

  it('requires issuer, audience and JWKS URL, and an https JWKS URL unless loopback or opted in', () => {
    expect(() => loadAuthConfig({ ...OIDC, OIDC_ISSUER: '' })).toThrow(AuthConfigError);
    expect(() => loadAuthConfig({ ...OIDC, OIDC_AUDIENCE: undefined })).toThrow(/OIDC_AUDIENCE/);
    expect(() => loadAuthConfig({ ...OIDC, OIDC_JWKS_URL: 'http://idp.example/certs' })).toThrow(/https/);
    expect(loadAuthConfig({ ...OIDC, OIDC_JWKS_URL: 'http://127.0.0.1:8080/certs' }).mode).toBe('oidc');
    expect(
      loadAuthConfig({ ...OIDC, OIDC_JWKS_URL: 'http://keycloak:8080/certs', OIDC_JWKS_ALLOW_HTTP: 'true' })
        .mode,
    ).toBe('oidc');
  });

  it('rejects an unknown AUTH_MODE', () => {
    expect(() => loadAuthConfig({ ...OIDC, AUTH_MODE: 'none' })).toThrow(AuthConfigError);
  });

  it('dev mode: data folder .data, one issuer name whatever the PORT, audience csg-api, ES256', () => {
    expect(loadAuthConfig({ AUTH_MODE: 'dev', PORT: '8080' })).toEqual({
      mode: 'dev',
      dev: {
        dataDir: '.data',
        issuer: 'urn:csg:dev-issuer',
        audience: 'csg-api',
        algorithm: 'ES256',
      },
    });
    expect(() => loadAuthConfig({ AUTH_MODE: 'dev', AUTH_DEV_ALGORITHM: 'HS256' })).toThrow(AuthConfigError);
  });
});
