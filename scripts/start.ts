/**
 * `npm start`: the whole product on one machine. Boots Postgres (DATABASE_URL, else
 * an embedded server under .data/), migrates, seeds the demo tenant, starts the
 * sandbox providers, then the API, the worker and the portal. Ctrl-C stops all of
 * it, the embedded database last.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerNodeFlags } from '@tributary/config';
import { startSandboxCrm, startSandboxErp } from '@tributary/sandbox';
import { DEMO_LOGIN, SANDBOX_CRM_CLIENT, seedDemo } from '../prisma/seed';
import { startProcess, type ManagedProcess } from './child-process';
import { ensureDatabase, prepareDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';
import { buildWebIfStale } from './web-build';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[start] ${line}`);
const dataDir = path.resolve(repoRoot, process.env.TRIBUTARY_DATA_DIR ?? '.data');
const ports = {
  api: Number(process.env.API_PORT ?? 4000),
  web: Number(process.env.WEB_PORT ?? 3000),
  crm: Number(process.env.SANDBOX_CRM_PORT ?? 4010),
  erp: Number(process.env.SANDBOX_ERP_PORT ?? 4020),
};

const secrets = await loadLocalSecrets(dataDir);
const database = await prepareDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL, appPassword: process.env.APP_DB_PASSWORD ?? secrets.appDbPassword, log });
log(database.server.embedded ? `embedded Postgres running (${database.server.adminUrl.replace(/:[^:@/]+@/, ':***@')})` : 'using DATABASE_URL');

const apiUrl = `http://127.0.0.1:${ports.api}`;
const webUrl = `http://127.0.0.1:${ports.web}`;
const crm = await startSandboxCrm({
  port: ports.crm,
  counts: { contacts: 5_000, companies: 500, deals: 1_000 },
  clients: [{ ...SANDBOX_CRM_CLIENT, redirectUris: [`${apiUrl}/oauth/callback`] }],
});
const erp = await startSandboxErp({ port: ports.erp });
const warehouseUrl = await ensureDatabase(database.adminUrl, 'tributary_warehouse');
await seedDemo({
  adminUrl: database.adminUrl,
  demo: { appUrl: database.appUrl, credentialKeys: secrets.credentialKeys, sandboxCrmUrl: crm.url, sandboxErpUrl: erp.url, warehouseUrl },
});
await buildWebIfStale(repoRoot, log);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.adminUrl,
  APP_DATABASE_URL: database.appUrl,
  SESSION_SIGNING_SECRET: secrets.sessionSigningSecret,
  CREDENTIAL_KEYS: process.env.CREDENTIAL_KEYS ?? secrets.credentialKeys,
  API_PORT: String(ports.api),
  API_PUBLIC_URL: apiUrl,
  API_URL: apiUrl,
  WEB_URL: webUrl,
  NEXTAUTH_URL: webUrl,
  NEXTAUTH_SECRET: secrets.sessionSigningSecret,
  SANDBOX_CRM_URL: crm.url,
  SANDBOX_ERP_URL: erp.url,
};

let stopping = false;
const processes: ManagedProcess[] = [];
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await Promise.allSettled(processes.map((p) => p.stop()));
  await Promise.allSettled([crm.close(), erp.close()]);
  await database.server.stop();
  log('stopped');
  process.exit(code);
}
const onExit = (name: string) => (code: number | null) => {
  if (stopping) return;
  // a terminal's Ctrl-C reaches every child at once: a child that stopped cleanly asks for a stop
  if (code === 0 || code === 130) return void stopAll(0);
  console.error(`[start] ${name} exited (code ${code}); stopping everything`);
  void stopAll(1);
};
// `node --import tsx`, not the tsx CLI: its signal relay SIGKILLs a child that is busy when Ctrl-C arrives
const runTs = (entry: string) => ['--import', 'tsx', entry];
processes.push(startProcess('api', process.execPath, runTs('apps/api/src/main.ts'), { cwd: repoRoot, env, onExit: onExit('api') }));
processes.push(startProcess('worker', process.execPath, [...workerNodeFlags, ...runTs('apps/worker/src/main.ts')], { cwd: repoRoot, env, onExit: onExit('worker') }));
processes.push(
  startProcess('web', process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(ports.web), '-H', '127.0.0.1'], {
    cwd: path.join(repoRoot, 'apps/web'),
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    onExit: onExit('web'),
  }),
);
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

console.log(`
  Tributary is starting:
    portal        ${webUrl}
    GraphQL API   ${apiUrl}/graphql
    sandbox CRM   ${crm.url}   (HubSpot-style)
    sandbox ERP   ${erp.url}   (QuickBooks-style)
    warehouse     ${warehouseUrl.replace(/:[^:@/]+@/, ':***@')}
  demo login      ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}
  Ctrl-C stops everything.
`);
