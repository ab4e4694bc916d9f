import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('snakeCase_WhenCamelOrPascalCase_SplitsWordsAndAcronyms', () => {
    expect(snakeCase('createdAt')).toBe('created_at');
    expect(snakeCase('BestPractice')).toBe('best_practice');
    expect(snakeCase('HTTPServer')).toBe('http_server');
    expect(snakeCase('agencyID')).toBe('agency_id');
    expect(snakeCase('line2Text')).toBe('line2_text');
    expect(snakeCase('already_snake')).toBe('already_snake');
  });

  it('tableName_WhenNoExplicitName_SnakeCasesTheClassName', () => {
    expect(strategy.tableName('SessionRegistration', undefined)).toBe('session_registration');
    expect(strategy.tableName('SessionRegistration', 'registrations')).toBe('registrations');
  });

  it('columnName_WhenPropertyOrEmbedded_ProducesSnakeCase', () => {
    expect(strategy.columnName('startsAt', undefined, [])).toBe('starts_at');
    expect(strategy.columnName('startsAt', 'begins', [])).toBe('begins');
    expect(strategy.columnName('postalCode', undefined, ['homeAddress'])).toBe('home_address_postal_code');
    expect(strategy.columnName('city', undefined, ['venue', 'mainAddress'])).toBe('venue_main_address_city');
  });

  it('joinNames_WhenRelations_ProduceSnakeCase', () => {
    expect(strategy.joinColumnName('hostAgency', 'id')).toBe('host_agency_id');
    expect(strategy.joinTableName('session', 'agency', 'invitedAgencies', 'sessions')).toBe(
      'session_invited_agencies_agency',
    );
    expect(strategy.joinTableColumnName('session', 'id')).toBe('session_id');
    expect(strategy.joinTableColumnName('session', 'id', 'sessionId')).toBe('session_session_id');
    expect(strategy.joinTableInverseColumnName('agency', 'id')).toBe('agency_id');
  });

  it('closureJunctionTableName_WhenTreeEntity_IsSnakeCase', () => {
    expect(strategy.closureJunctionTableName('CommentThread')).toBe('comment_thread_closure');
  });
});
