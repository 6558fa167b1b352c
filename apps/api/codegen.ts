/**
 * Resolver types generated from the SDL (the public contract):
 * `npm run api:codegen` (also part of `npm run api:schema:accept`).
 * A unit test fails when the committed output is stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const graphqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src/graphql');

const rows = '../graphql-rows#';
const enumNames = ['Role', 'ApiKeyScope', 'ConnectionStatus', 'SyncMode', 'SyncStatus', 'DriftPolicy', 'RunStatus', 'RunTrigger', 'DeadLetterStage', 'DeadLetterStatus', 'DriftStatus', 'ActorKind', 'AuthType'];

export const codegenConfig: CodegenConfig = {
  schema: path.join(graphqlDir, '!(schema.snapshot).graphql'),
  generates: {
    [path.join(graphqlDir, 'generated/resolvers-types.ts')]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        contextType: '../context#GraphqlContext',
        mappers: {
          Tenant: `${rows}TenantRow`,
          User: `${rows}UserRow`,
          Member: `${rows}MemberRow`,
          ApiKey: `${rows}ApiKeyRow`,
          Integration: `${rows}IntegrationRow`,
          Connection: `${rows}ConnectionRow`,
          Sync: `${rows}SyncRow`,
          MappingVersion: `${rows}MappingVersionRow`,
          Run: `${rows}RunRow`,
          RunDelivery: `${rows}RunDeliveryRow`,
          CanonicalRecord: `${rows}RecordRow`,
          RecordVersionLineage: `${rows}RecordVersionLineageRow`,
          RecordSourceEdge: `${rows}LineageSourceRow`,
          RecordDeliveryEdge: `${rows}LineageDeliveryRow`,
          DeadLetter: `${rows}DeadLetterRow`,
          SupportDeadLetter: `${rows}SupportDeadLetterRow`,
          AuditEntry: `${rows}AuditEntryRow`,
          WebhookSubscription: `${rows}WebhookSubscriptionRow`,
          WebhookDelivery: `${rows}WebhookDeliveryRow`,
          DriftEvent: `${rows}DriftEventRow`,
          Viewer: `${rows}ViewerRow`,
        },
        scalars: { DateTime: 'Date', JSON: 'unknown' },
        // GraphQL enums resolve to the database's lowercase values (graphql/enum-values.ts)
        enumValues: Object.fromEntries(enumNames.map((name) => [name, `../enum-values#${name}Value`])),
      },
    },
  },
};

export default codegenConfig;
