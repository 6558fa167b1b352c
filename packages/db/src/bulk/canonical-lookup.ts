import type pg from 'pg';

/** The data of a model's canonical records by identity (deleted ones left out): what mapping lookups enrich from. */
export async function selectCanonicalByIdentity(
  client: pg.ClientBase,
  scope: { tenantId: string; model: string },
  identities: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  if (identities.length === 0) return new Map();
  const result = await client.query<{ identity: string; data: Record<string, unknown> }>(
    `SELECT c.identity, c.data FROM unnest($3::text[]) AS k(identity)
     CROSS JOIN LATERAL (
       SELECT identity, data FROM canonical_record
       WHERE "tenantId" = $1::uuid AND model = $2 AND identity >= k.identity AND identity <= k.identity AND NOT deleted
       ORDER BY "tenantId", model, identity LIMIT 1
     ) c`,
    [scope.tenantId, scope.model, identities],
  );
  return new Map(result.rows.map((row) => [row.identity, row.data]));
}
