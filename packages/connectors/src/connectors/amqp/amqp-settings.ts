import { z } from 'zod';

const placeholders = ['tenant', 'model', 'op'];

export const amqpSettingsSchema = z.strictObject({
  /** amqp(s)://host:5672/vhost; a username and password in the connection's credentials win over any in the URL */
  url: z.url({ protocol: /^amqps?$/ }),
  /** topic exchange, asserted durable on first use */
  exchange: z.string().min(1).max(255),
  /** `{tenant}`, `{model}` and `{op}` are replaced; dots inside the values become `_` */
  routingKey: z
    .string()
    .min(1)
    .max(255)
    .refine(
      (template) => [...template.matchAll(/\{([^}]*)\}/g)].every((match) => placeholders.includes(match[1] ?? '')),
      'only {tenant}, {model} and {op} placeholders are known',
    )
    .default('{tenant}.{model}.{op}'),
  /** a batch fails (retryable) when the broker has not confirmed it within this time */
  confirmTimeoutMs: z.number().int().min(100).max(300_000).default(30_000),
});
export type AmqpSettings = z.infer<typeof amqpSettingsSchema>;

/** Fills the routing key template; topic words are dot-separated, so values lose their dots and wildcards. */
export function buildRoutingKey(template: string, values: { tenant: string; model: string; op: string }): string {
  return template.replace(/\{(tenant|model|op)\}/g, (_, name: 'tenant' | 'model' | 'op') => values[name].replace(/[.*#]/g, '_'));
}
