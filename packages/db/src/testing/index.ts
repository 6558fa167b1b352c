export { createTestDatabase, TEST_APP_PASSWORD, type TestDatabase } from './test-database';
