export { seedIntegrationCatalog, catalogSeedOptionsSchema, type CatalogSeedOptions } from './integration-catalog';
