/**
 * The few calls of Keycloak's admin REST API the OIDC suite needs: an admin token from the master
 * realm, then clients, users, role mappings and key providers in the `csg` realm.
 */
export class KeycloakAdmin {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<KeycloakAdmin> {
    const tokens = await passwordGrant(
      `${baseUrl}/realms/master`,
      'admin-cli',
      undefined,
      username,
      password,
    );
    return new KeycloakAdmin(baseUrl, tokens.access_token);
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/admin/realms/csg${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  async json<T>(path: string): Promise<T> {
    return (await (await this.request('GET', path)).json()) as T;
  }

  /** A confidential test-only client that may use the password grant; returns its secret. */
  async createClient(
    clientId: string,
    options: { audience?: string; defaultScopes?: string[]; lifespanSeconds?: number } = {},
  ): Promise<string> {
    const secret = `secret-${clientId}`;
    await this.request('POST', '/clients', {
      clientId,
      publicClient: false,
      secret,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: true,
      attributes: options.lifespanSeconds ? { 'access.token.lifespan': String(options.lifespanSeconds) } : {},
      ...(options.defaultScopes ? { defaultClientScopes: options.defaultScopes } : {}),
      protocolMappers: options.audience
        ? [
            {
              name: `audience ${options.audience}`,
              protocol: 'openid-connect',
              protocolMapper: 'oidc-audience-mapper',
              config: {
                'included.custom.audience': options.audience,
                'access.token.claim': 'true',
                'id.token.claim': 'false',
              },
            },
          ]
        : [],
    });
    if (options.defaultScopes) {
      // Keycloak adds the realm's default scopes to a new client whatever the body says: remove the others.
      const [client] = await this.json<Array<{ id: string }>>(
        `/clients?clientId=${encodeURIComponent(clientId)}`,
      );
      const scopes = await this.json<Array<{ id: string; name: string }>>(
        `/clients/${client.id}/default-client-scopes`,
      );
      for (const scope of scopes.filter((s) => !options.defaultScopes?.includes(s.name)))
        await this.request('DELETE', `/clients/${client.id}/default-client-scopes/${scope.id}`);
    }
    return secret;
  }

  async createUser(username: string, password: string, realmRoles: string[] = []): Promise<void> {
    await this.request('POST', '/users', {
      username,
      enabled: true,
      email: `${username}@example.gov`,
      emailVerified: true,
      firstName: username,
      lastName: 'Test',
      credentials: [{ type: 'password', value: password, temporary: false }],
    });
    if (realmRoles.length === 0) return;
    const [user] = await this.json<Array<{ id: string }>>(
      `/users?exact=true&username=${encodeURIComponent(username)}`,
    );
    const roles = await Promise.all(
      realmRoles.map((r) => this.json<unknown>(`/roles/${encodeURIComponent(r)}`)),
    );
    await this.request('POST', `/users/${user.id}/role-mappings/realm`, roles);
  }

  /** Adds an RSA signing key provider with a priority above the realm's default; returns its id. */
  async addRsaKey(name: string, priority: number): Promise<string> {
    const realm = (await (
      await fetch(`${this.baseUrl}/admin/realms/csg`, { headers: { authorization: `Bearer ${this.token}` } })
    ).json()) as { id: string };
    const response = await this.request('POST', '/components', {
      name,
      providerId: 'rsa-generated',
      providerType: 'org.keycloak.keys.KeyProvider',
      parentId: realm.id,
      config: { priority: [String(priority)], enabled: ['true'], active: ['true'], algorithm: ['RS256'] },
    });
    const location = response.headers.get('location') ?? '';
    return location.slice(location.lastIndexOf('/') + 1);
  }

  async removeComponent(id: string): Promise<void> {
    await this.request('DELETE', `/components/${id}`);
  }

  /** The realm's RS256 key providers (id and name). */
  async rsaKeyProviders(): Promise<Array<{ id: string; name: string; providerId: string }>> {
    const all = await this.json<
      Array<{ id: string; name: string; providerId: string; providerType: string }>
    >('/components?type=org.keycloak.keys.KeyProvider');
    return all.filter((c) => c.providerId === 'rsa-generated' || c.providerId === 'rsa');
  }
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
}

/** The resource-owner password grant, for test-only clients (the shipped clients refuse it). */
export async function passwordGrant(
  realmUrl: string,
  clientId: string,
  clientSecret: string | undefined,
  username: string,
  password: string,
): Promise<TokenResponse> {
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: clientId,
    username,
    password,
    scope: 'openid',
  });
  if (clientSecret) form.set('client_secret', clientSecret);
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const body = (await response.json()) as TokenResponse & { error?: string; error_description?: string };
  if (!response.ok)
    throw new Error(`token request failed: ${response.status} ${body.error}: ${body.error_description}`);
  return body;
}

/** The claims of a JWT, without verifying it (tests only). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}
