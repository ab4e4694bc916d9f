import { resolveDatabaseUrl, serviceDatabaseUrlVariable } from '../database-url';
import { selectServices, urlsFromEnvironment } from './migration-targets';

describe('migration targets', () => {
  const KNOWN = ['agencies', 'sessions', 'exchange', 'notifications', 'maturity'];

  it('selectServices_WhenNoArgs_ReturnsEveryKnownService', () => {
    expect(selectServices([], KNOWN)).toEqual(KNOWN);
    expect(selectServices(['exchange'], KNOWN)).toEqual(['exchange']);
    expect(selectServices(['maturity', '--verbose'], KNOWN)).toEqual(['maturity']);
  });

  it('selectServices_WhenUnknownService_Throws', () => {
    expect(() => selectServices(['billing'], KNOWN)).toThrow(
      /Unknown service\(s\): billing; expected some of agencies/,
    );
  });

  it('urlsFromEnvironment_WhenNothingSet_ReturnsUndefined', () => {
    expect(urlsFromEnvironment(['agencies'], {})).toBeUndefined();
  });

  it('urlsFromEnvironment_WhenPerServiceVariables_UsesThem', () => {
    const env = { AGENCIES_DATABASE_URL: 'postgres://h/a', SESSIONS_DATABASE_URL: 'postgres://h/s' };
    expect(Object.fromEntries(urlsFromEnvironment(['agencies', 'sessions'], env) ?? [])).toEqual({
      agencies: 'postgres://h/a',
      sessions: 'postgres://h/s',
    });
  });

  it('urlsFromEnvironment_WhenOnlyDatabaseUrlAndSeveralServices_Refuses', () => {
    expect(() => urlsFromEnvironment(['agencies', 'sessions'], { DATABASE_URL: 'postgres://h/x' })).toThrow(
      /one database/,
    );
    expect(urlsFromEnvironment(['agencies'], { DATABASE_URL: 'postgres://h/x' })?.get('agencies')).toBe(
      'postgres://h/x',
    );
  });
});

describe('resolveDatabaseUrl', () => {
  it('resolveDatabaseUrl_WhenExplicitUrl_WinsOverEnvironment', () => {
    expect(
      resolveDatabaseUrl('agencies', 'postgres://h/agencies', { DATABASE_URL: 'postgres://h/other' }),
    ).toBe('postgres://h/agencies');
  });

  it('resolveDatabaseUrl_WhenDistributed_UsesServiceVariableThenDatabaseUrl', () => {
    expect(serviceDatabaseUrlVariable('exchange')).toBe('EXCHANGE_DATABASE_URL');
    expect(
      resolveDatabaseUrl('exchange', undefined, {
        EXCHANGE_DATABASE_URL: 'postgres://h/e',
        DATABASE_URL: 'postgres://h/x',
      }),
    ).toBe('postgres://h/e');
    expect(resolveDatabaseUrl('exchange', undefined, { DATABASE_URL: 'postgres://h/x' })).toBe(
      'postgres://h/x',
    );
  });

  it('resolveDatabaseUrl_WhenNothingConfiguredOrNoDatabaseName_Throws', () => {
    expect(() => resolveDatabaseUrl('agencies', undefined, {})).toThrow(
      /AGENCIES_DATABASE_URL or DATABASE_URL/,
    );
    expect(() => resolveDatabaseUrl('agencies', 'postgres://h:5432', {})).toThrow(/No database name/);
  });
});
