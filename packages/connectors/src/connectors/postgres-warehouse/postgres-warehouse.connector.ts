import { canonicalModelNames } from '../../canonical/index';
import { defineConnector } from '../../define';
import { buildConnectionString, classifyPgError } from '../postgres-source/pg-connection';
import { acquireWarehousePool, releaseWarehousePools } from './warehouse-pool';
import { warehouseSettingsSchema } from './warehouse-settings';
import { buildSchemaName } from './warehouse-tables';
import { writeWarehouseBatch } from './write-batch';

/**
 * Postgres warehouse destination: one schema per tenant, one table per canonical model
 * (`canonical_id` primary key, `version`, `data` jsonb, `synced_at`, `deleted`, plus typed
 * columns for the model's scalar fields). Writes are version-guarded upserts, so a replayed
 * batch writes nothing and an older version never overwrites a newer one.
 */
export const connector = defineConnector({
  id: 'postgres-warehouse',
  label: 'PostgreSQL warehouse',
  category: 'warehouse',
  description: 'Upserts canonical records into a schema per tenant and a table per model in your Postgres.',
  // the user and password may sit in the connection string or come as basic credentials
  auth: { type: 'none' },
  settings: warehouseSettingsSchema,
  streams: [],
  async check({ settings, credentials }) {
    const { pool } = acquireWarehousePool(buildConnectionString(settings.connectionString, credentials), settings.poolSize);
    await pool.query('SELECT 1').catch((error: unknown) => Promise.reject(classifyPgError(error)));
  },
  destination: {
    models: [...canonicalModelNames],
    async write(ctx, model, items) {
      const entry = acquireWarehousePool(buildConnectionString(ctx.settings.connectionString, ctx.credentials), ctx.settings.poolSize);
      try {
        return await writeWarehouseBatch(entry, buildSchemaName(ctx.settings.schemaPrefix, ctx.tenantId), model, items);
      } catch (error) {
        throw classifyPgError(error);
      }
    },
    close(settings) {
      return releaseWarehousePools(settings.connectionString);
    },
  },
});

export default connector;
