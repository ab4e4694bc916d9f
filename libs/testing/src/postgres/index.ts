export {
  ensureTestPostgres,
  TEST_EMBEDDED_PG_DATA_DIR,
  TEST_EMBEDDED_PG_PORT,
  type EnsureTestPostgresOptions,
  type TestPostgres,
} from './ensure-test-postgres';
export { createTestDatabase, DEFAULT_TEST_ADMIN_URL, testAdminUrl, type TestDatabase } from './test-database';
