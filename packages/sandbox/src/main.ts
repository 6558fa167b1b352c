/**
 * CLI: starts the sandbox CRM and ERP on fixed loopback ports and prints their URLs.
 *   tsx packages/sandbox/src/main.ts [--crm-port 4010] [--erp-port 4020] [--seed 42]
 *     [--contacts 5000] [--companies 500] [--deals 1000] [--customers 500] [--invoices 1500]
 *     [--max-page-size 100] [--webhook-url http://127.0.0.1:4000/webhooks/...]
 * Environment fallbacks: SANDBOX_CRM_PORT, SANDBOX_ERP_PORT, SANDBOX_SEED, SANDBOX_CRM_WEBHOOK_URL,
 * SANDBOX_MAX_PAGE_SIZE. Ctrl-C stops both.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startSandboxCrm } from './crm/crm.server';
import { startSandboxErp } from './erp/erp.server';

const count = z.coerce.number().int().min(0).optional();
const configSchema = z.object({
  crmPort: z.coerce.number().int().min(0).max(65535).default(4010),
  erpPort: z.coerce.number().int().min(0).max(65535).default(4020),
  seed: z.coerce.number().int().default(42),
  maxPageSize: z.coerce.number().int().min(1).max(10_000).default(100),
  webhookUrl: z.url().optional(),
  contacts: count,
  companies: count,
  deals: count,
  customers: count,
  invoices: count,
});

const { values } = parseArgs({
  options: Object.fromEntries(
    ['crm-port', 'erp-port', 'seed', 'max-page-size', 'webhook-url', 'contacts', 'companies', 'deals', 'customers', 'invoices'].map((name) => [
      name,
      { type: 'string' as const },
    ]),
  ),
});

const config = configSchema.parse({
  crmPort: values['crm-port'] ?? process.env.SANDBOX_CRM_PORT,
  erpPort: values['erp-port'] ?? process.env.SANDBOX_ERP_PORT,
  seed: values.seed ?? process.env.SANDBOX_SEED,
  maxPageSize: values['max-page-size'] ?? process.env.SANDBOX_MAX_PAGE_SIZE,
  webhookUrl: values['webhook-url'] ?? process.env.SANDBOX_CRM_WEBHOOK_URL,
  contacts: values.contacts,
  companies: values.companies,
  deals: values.deals,
  customers: values.customers,
  invoices: values.invoices,
});

const crm = await startSandboxCrm({
  port: config.crmPort,
  seed: config.seed,
  maxPageSize: config.maxPageSize,
  webhookTargetUrl: config.webhookUrl,
  counts: { contacts: config.contacts, companies: config.companies, deals: config.deals },
});
const erp = await startSandboxErp({
  port: config.erpPort,
  seed: config.seed,
  maxPageSize: config.maxPageSize,
  counts: { customers: config.customers, invoices: config.invoices },
});

console.log(`sandbox CRM (HubSpot CRM v3)  ${crm.url}   token: Bearer pat-sandbox-crm   controls: ${crm.url}/__sandbox/faults`);
console.log(`sandbox ERP (REST)            ${erp.url}   key: X-API-Key erp-sandbox-key   controls: ${erp.url}/__sandbox/faults`);

async function stop(): Promise<void> {
  await Promise.allSettled([crm.close(), erp.close()]);
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
