import express, { type Request, type RequestHandler, type Router } from 'express';
import { type FaultState } from '../core/fault-state';
import { type StatsCounter } from '../core/request-stats';
import { type ErpCatalog } from './erp-catalog';
import { type ErpErrorCode } from './erp-errors';
import { roundMoney, type ErpCustomerData, type ErpInvoiceData } from './erp-object.types';
import { customerInputSchema, describeIssue, invoiceInputSchema, type CustomerInput } from './erp.schemas';
import { fingerprintRequest, type IdempotencyStore } from './idempotency-store';
import { computeInvoiceTotals, formatErpDate } from './invoice.generator';

export interface ErpWriteContext {
  catalog: ErpCatalog;
  faults: FaultState;
  stats: StatsCounter;
  idempotency: IdempotencyStore;
}

interface Outcome {
  status: number;
  body: unknown;
}

const fail = (status: number, code: ErpErrorCode, message: string, field?: string): Outcome => ({
  status,
  body: { error: field === undefined ? { code, message } : { code, message, field } },
});

/** Runs a write under Idempotency-Key semantics: replay on same body, 422 on a different one. */
function handleIdempotently(idempotency: IdempotencyStore, required: boolean, write: (req: Request) => Outcome): RequestHandler {
  return (req, res) => {
    const key = req.get('idempotency-key');
    if (key === undefined || key.trim() === '') {
      if (required) {
        const outcome = fail(400, 'idempotency_key_required', 'An Idempotency-Key header is required for POST requests.', 'Idempotency-Key');
        return void res.status(outcome.status).json(outcome.body);
      }
      const outcome = write(req);
      return void res.status(outcome.status).json(outcome.body);
    }
    if (key.length > 255) return void res.status(400).json(fail(400, 'validation_error', 'Idempotency-Key is too long', 'Idempotency-Key').body);
    const fingerprint = fingerprintRequest(req.method, req.path, req.body ?? null);
    const found = idempotency.lookup(key, fingerprint);
    if (found.kind === 'replay') return void res.status(found.response.status).set('Idempotent-Replayed', 'true').json(found.response.body);
    if (found.kind === 'conflict') {
      const outcome = fail(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.');
      return void res.status(outcome.status).json(outcome.body);
    }
    const outcome = write(req);
    if (outcome.status >= 200 && outcome.status < 300) idempotency.remember(key, { fingerprint, ...outcome });
    res.status(outcome.status).json(outcome.body);
  };
}

function toCustomerData(input: CustomerInput, balance: number): ErpCustomerData {
  const address = input.billing_address ?? {};
  return {
    display_name: input.display_name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    billing_address: { line1: address.line1 ?? null, city: address.city ?? null, postal_code: address.postal_code ?? null, country: address.country ?? null },
    currency: input.currency,
    balance,
    active: input.active,
  };
}

/** POST customers / invoices (Idempotency-Key required) and PUT customers/{id}. */
export function createErpWriteRouter(context: ErpWriteContext): Router {
  const { catalog, faults, stats, idempotency } = context;
  const { customers, invoices } = catalog;
  const router = express.Router();
  router.use(express.json({ limit: '20mb' }));

  router.post('/api/v1/customers', handleIdempotently(idempotency, true, (req) => {
    const parsed = customerInputSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail(400, 'validation_error', describeIssue(parsed.error).message, describeIssue(parsed.error).field);
    const record = customers.store.create(toCustomerData(parsed.data, 0));
    stats.countWrites(1);
    return { status: 201, body: catalog.serialize(customers, record, faults.current()) };
  }));

  router.put('/api/v1/customers/:id', handleIdempotently(idempotency, false, (req) => {
    const index = catalog.parseId(customers, String(req.params.id));
    const current = index === undefined ? undefined : customers.store.get(index);
    if (index === undefined || !current || current.archived) return fail(404, 'not_found', `${String(req.params.id)} does not exist`);
    const parsed = customerInputSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail(400, 'validation_error', describeIssue(parsed.error).message, describeIssue(parsed.error).field);
    const next = toCustomerData(parsed.data, current.data.balance);
    if (JSON.stringify(next) === JSON.stringify(current.data)) return { status: 200, body: catalog.serialize(customers, current, faults.current()) };
    const record = customers.store.write(index, next, true);
    stats.countWrites(1);
    return { status: 200, body: catalog.serialize(customers, record, faults.current()) };
  }));

  router.post('/api/v1/invoices', handleIdempotently(idempotency, true, (req) => {
    const parsed = invoiceInputSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail(400, 'validation_error', describeIssue(parsed.error).message, describeIssue(parsed.error).field);
    const input = parsed.data;
    const customerIndex = catalog.parseId(customers, input.customer_id);
    const customer = customerIndex === undefined ? undefined : customers.store.get(customerIndex);
    if (!customer || customer.archived) return fail(400, 'validation_error', `customer ${input.customer_id} does not exist`, 'customer_id');
    const lines = input.lines.map((line) => ({ ...line, amount: roundMoney(line.quantity * line.unit_price) }));
    const issueMs = Date.parse(input.issue_date);
    const data: ErpInvoiceData = {
      number: input.number ?? String(1000 + invoices.store.size() + 1),
      customer_id: input.customer_id,
      issue_date: input.issue_date,
      due_date: input.due_date ?? formatErpDate(issueMs + 30 * 86_400_000),
      currency: input.currency ?? customer.data.currency,
      status: input.status,
      lines,
      ...computeInvoiceTotals(lines, input.tax_rate),
    };
    const record = invoices.store.create(data);
    stats.countWrites(1);
    return { status: 201, body: catalog.serialize(invoices, record, faults.current()) };
  }));

  return router;
}
