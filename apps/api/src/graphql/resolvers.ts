import { apiKeyResolvers } from '../resolvers/api-keys.resolvers';
import { auditResolvers } from '../resolvers/audit.resolvers';
import { connectionCommandResolvers } from '../resolvers/connection-commands.resolvers';
import { connectionResolvers } from '../resolvers/connections.resolvers';
import { deadLetterCommandResolvers } from '../resolvers/dead-letter-commands.resolvers';
import { deadLetterResolvers } from '../resolvers/dead-letters.resolvers';
import { memberResolvers } from '../resolvers/members.resolvers';
import { nodeResolvers } from '../resolvers/node.resolvers';
import { recordResolvers } from '../resolvers/records.resolvers';
import { runResolvers } from '../resolvers/runs.resolvers';
import { scalarResolvers } from '../resolvers/scalars.resolvers';
import { supportCommandResolvers } from '../resolvers/support-commands.resolvers';
import { supportResolvers } from '../resolvers/support.resolvers';
import { syncCommandResolvers } from '../resolvers/sync-commands.resolvers';
import { syncResolvers } from '../resolvers/syncs.resolvers';
import { viewerResolvers } from '../resolvers/viewer.resolvers';
import { webhookResolvers } from '../resolvers/webhooks.resolvers';
import { enumResolvers } from './enum-values';
import type { Resolvers } from './generated/resolvers-types';

const parts: Resolvers[] = [
  scalarResolvers,
  viewerResolvers,
  nodeResolvers,
  memberResolvers,
  apiKeyResolvers,
  auditResolvers,
  connectionResolvers,
  connectionCommandResolvers,
  syncResolvers,
  syncCommandResolvers,
  runResolvers,
  recordResolvers,
  deadLetterResolvers,
  deadLetterCommandResolvers,
  webhookResolvers,
  supportResolvers,
  supportCommandResolvers,
];

/** Every resolver map, merged type by type (a field defined twice is a bug: it throws at boot). */
export function buildResolvers(extra: Resolvers[] = []): Resolvers {
  const merged: Record<string, Record<string, unknown> | unknown> = { ...enumResolvers };
  for (const part of [...parts, ...extra]) {
    for (const [typeName, fields] of Object.entries(part)) {
      const existing = merged[typeName];
      if (existing && typeof existing === 'object' && fields && typeof fields === 'object' && !('serialize' in fields)) {
        for (const field of Object.keys(fields)) {
          if (field in existing) throw new Error(`resolver ${typeName}.${field} is defined twice`);
        }
        merged[typeName] = { ...existing, ...fields };
      } else {
        merged[typeName] = fields;
      }
    }
  }
  return merged as Resolvers;
}
