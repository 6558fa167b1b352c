export { createPrismaClient, PrismaClient, type Prisma } from './prisma-client';
export { withTenant, withTenantConnection, assertTenantId, type LocalSettings, type TenantDb } from './tenant-scope';
export * from './generated/prisma/enums';
