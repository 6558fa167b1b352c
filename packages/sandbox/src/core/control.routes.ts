import express, { type Router } from 'express';
import { z } from 'zod';
import { faultsPatchSchema } from '../sandbox.types';
import { type FaultState } from './fault-state';
import { type StatsCounter } from './request-stats';
import { SandboxError } from './sandbox-error';

export interface SandboxControls {
  faults: FaultState;
  stats: StatsCounter;
  mutate(object: string, count: number): Promise<string[]>;
  remove(object: string, count: number): Promise<string[]>;
  isMalformed(object: string, id: string): boolean;
  revokeAllTokens(): void;
  /** Present on servers that send webhooks. */
  webhookTarget?: { read(): string | null; set(url: string | null): void };
}

const changeSchema = z.object({ object: z.string().min(1), count: z.number().int().min(0).max(1_000_000) });
const webhookSchema = z.object({ url: z.url().nullable() });
const resetSchema = z.object({ stats: z.boolean().optional() }).optional();

/** `/__sandbox/*`: fault switches, data changes and counters. Never faulted. */
export function createControlRouter(controls: SandboxControls): Router {
  const router = express.Router();
  router.use(express.json());

  router.get('/faults', (_req, res) => {
    res.json(controls.faults.current());
  });
  router.post('/faults', (req, res) => {
    const parsed = faultsPatchSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid_faults', issues: parsed.error.issues });
      return;
    }
    res.json(controls.faults.set(parsed.data));
  });
  router.post('/reset', (req, res) => {
    const parsed = resetSchema.safeParse(req.body);
    if (parsed.success && parsed.data?.stats) controls.stats.reset();
    res.json(controls.faults.reset());
  });
  router.post('/revoke', (_req, res) => {
    controls.revokeAllTokens();
    res.json({ revoked: true });
  });
  router.get('/stats', (_req, res) => {
    res.json(controls.stats.snapshot());
  });
  router.post('/stats/reset', (_req, res) => {
    controls.stats.reset();
    res.json(controls.stats.snapshot());
  });
  router.get('/malformed/:object/:id', (req, res) => {
    res.json({ malformed: controls.isMalformed(req.params.object, req.params.id) });
  });

  const { webhookTarget } = controls;
  if (webhookTarget) {
    router.get('/webhook', (_req, res) => {
      res.json({ url: webhookTarget.read() });
    });
    router.post('/webhook', (req, res) => {
      const parsed = webhookSchema.safeParse(req.body ?? {});
      if (!parsed.success) return void res.status(400).json({ error: 'invalid_request', issues: parsed.error.issues });
      webhookTarget.set(parsed.data.url);
      res.json({ url: webhookTarget.read() });
    });
  }

  for (const [path, change] of [['/mutate', controls.mutate], ['/delete', controls.remove]] as const) {
    router.post(path, async (req, res) => {
      const parsed = changeSchema.safeParse(req.body ?? {});
      if (!parsed.success) {
        res.status(400).json({ error: 'invalid_request', issues: parsed.error.issues });
        return;
      }
      try {
        res.json({ ids: await change(parsed.data.object, parsed.data.count) });
      } catch (error) {
        if (!(error instanceof SandboxError)) throw error;
        res.status(400).json({ error: error.code, message: error.message });
      }
    });
  }
  return router;
}
