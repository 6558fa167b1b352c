import type { z } from 'zod';
import type { CanonicalModelName, CanonicalRecord, CanonicalRecordOf } from './canonical/index';

/**
 * The connector contract. A connector is data plus a few small functions:
 * the stream engine (not each connector) does paging, rate limiting, Retry-After,
 * backoff and the retryable / permanent split of errors.
 *
 * Functions in these interfaces are declared as methods on purpose: method parameters
 * are bivariant in TypeScript, which lets a `StreamDef<S, ContactRaw, 'contact'>` or a
 * `ConnectorDef<CrmSettings>` be stored as the erased `AnyStreamDef<S>` / `AnyConnectorDef`
 * without casts. The engine is the only caller and it only ever passes values produced by
 * the definition's own schemas (`raw.safeParse`, `settings.parse`), which is what makes
 * the erasure sound. Use `defineConnector` / `defineStream` (src/define.ts) to author them.
 */

export type ConnectorCategory = 'crm' | 'erp' | 'api' | 'database' | 'files' | 'webhook' | 'warehouse' | 'queue';

/** How a connection authenticates. URLs are functions of the per-tenant settings (base URLs differ per tenant and per sandbox). */
export type AuthSpec<S> =
  | {
      type: 'oauth2';
      authorizeUrl(settings: S): string;
      tokenUrl(settings: S): string;
      scopes: string[];
      tokenAuthMethod: 'client_secret_basic' | 'client_secret_post';
      pkce: boolean;
    }
  | { type: 'apiKey'; /** where the key goes on each request */ apply(apiKey: string): Record<string, string> }
  | { type: 'basic' }
  | { type: 'none' };

/** Decrypted credentials, as handed to the engine by the connection layer (never logged). */
export type Credentials =
  | { type: 'oauth2'; accessToken: string; refreshToken?: string; expiresAt?: string; tokenType?: string; scope?: string }
  | { type: 'apiKey'; apiKey: string }
  | { type: 'basic'; username: string; password: string }
  | { type: 'none' };

/**
 * Supplies request headers for a connection. The connection layer implements it
 * (decrypt, refresh before expiry with one shared refresh per connection).
 * `invalidate` is called once after a 401 so the next call refreshes.
 */
export interface AuthSession {
  headers(): Promise<Record<string, string>>;
  invalidate?(): Promise<void>;
}

/**
 * A limiter shared by every worker that talks to one provider connection.
 * `acquire` resolves when `cost` request slots are available. The hub implements it
 * in Postgres so N workers together stay under the provider's limit.
 */
export interface RateLimiter {
  /** `spec` is the provider limit for this key (the connector's, possibly from settings); a limiter may also be configured per key */
  acquire(key: string, cost?: number, spec?: RateLimitSpec): Promise<void>;
  /** the provider told us to back off (429 + Retry-After): every worker pauses */
  pause(key: string, untilMs: number): Promise<void>;
}

/** Provider rate limit declared by the connector (requests per interval). */
export interface RateLimitSpec {
  requests: number;
  perMs: number;
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** absolute URL, or a path joined to `baseUrl` */
  url: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  /** raw body (e.g. form-encoded); wins over `body` */
  rawBody?: string;
  /** per-request timeout override (ms) */
  timeoutMs?: number;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** The engine's HTTP client: auth, rate limits, retries and error classification applied. */
export interface HttpClient {
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
}

/** One page of a stream: the records and the cursor to resume *after* it (undefined = stream finished). */
export interface Page<Raw = unknown> {
  records: Raw[];
  cursor: StreamCursor | undefined;
}

/**
 * What a checkpoint stores for a stream: where paging stands and, for incremental
 * streams, the high-water mark of the incremental field seen so far.
 */
export interface StreamCursor {
  /** paginator position inside the current read (after token, offset, next link) */
  position?: string;
  /** incremental high-water mark (ISO timestamp or provider value) reached by completed reads */
  since?: string;
  /** high-water mark observed so far in the current read; becomes `since` when the read finishes */
  pendingSince?: string;
  /** with `position`: whether the interrupted read was full or incremental, so a resume continues the same request */
  mode?: 'full' | 'incremental';
}

/** Where a paginator puts its parameters: the query string (default) or the top level of the JSON body (search APIs). */
export type PaginatorParamLocation = 'query' | 'body';

export type Paginator =
  | {
      type: 'cursor';
      /** query param (or body field) carrying the cursor */ param: string;
      /** dotted path of the next cursor in the response body */ nextPath: string;
      location?: PaginatorParamLocation;
    }
  | {
      type: 'offset';
      offsetParam: string;
      limitParam: string;
      /** dotted path of a boolean "has more" flag; else: a short page ends */ hasMorePath?: string;
      location?: PaginatorParamLocation;
    }
  | { type: 'link' /** RFC 8288 Link: <...>; rel="next" */ }
  | { type: 'graphql'; /** dotted path of the connection inside `data` */ connectionPath: string; afterVariable: string }
  | { type: 'none' };

export interface StreamRequestContext<S> {
  settings: S;
  pageSize: number;
  /** incremental lower bound; undefined for a full read */
  since: string | undefined;
}

export interface IncrementalSpec<Raw, S = unknown> {
  /** read the record's incremental value (ISO timestamp, epoch number string or sortable string) */
  value(raw: Raw): string | undefined;
  /**
   * optional: the first request of an incremental read (a `since` is known) when it differs from a full
   * read's, e.g. a search endpoint instead of a list endpoint. Defaults to the stream's `request`.
   */
  request?(ctx: StreamRequestContext<S> & { since: string }): HttpRequest;
  /** paginator of incremental reads; defaults to the stream's */
  paginator?: Paginator;
  /** records path of incremental responses; defaults to the stream's */
  itemsPath?: string;
}

export interface StreamDef<S = unknown, Raw = unknown, M extends CanonicalModelName = CanonicalModelName> {
  name: string;
  label?: string;
  model: M;
  pageSize: number;
  /** builds the first request of a read (the paginator adds its parameters to it) */
  request?(ctx: StreamRequestContext<S>): HttpRequest;
  paginator?: Paginator;
  /** dotted path of the record array in the response body ('' = the body itself) */
  itemsPath?: string;
  incremental?: IncrementalSpec<Raw, S>;
  /** zod schema of the provider's raw record */
  raw: z.ZodType<Raw>;
  externalId(raw: Raw): string;
  /** optional: the provider marks the record deleted / archived (soft delete in the feed) */
  isDeleted?(raw: Raw): boolean;
  /** pure: raw record -> canonical model; may throw (a `MappingError` carries a field path) */
  normalize(raw: Raw, settings: S): CanonicalRecordOf<M>;
  /** escape hatch for providers that no declaration fits (files, databases, custom protocols) */
  fetch?(ctx: StreamFetchContext<S>): AsyncIterable<Page<unknown>>;
  /**
   * optional: one raw record by external id, for inbound events that carry ids only;
   * resolves undefined when the record no longer exists
   */
  fetchOne?(ctx: { settings: S; http: HttpClient; credentials: Credentials }, externalId: string): Promise<unknown>;
}

/** A stream with its raw type erased: what a connector's `streams` array holds. */
export type AnyStreamDef<S = unknown> = StreamDef<S, unknown, CanonicalModelName>;

export interface StreamFetchContext<S> {
  settings: S;
  credentials: Credentials;
  http: HttpClient;
  cursor: StreamCursor | undefined;
  pageSize: number;
  incremental: boolean;
  /** the incremental lower bound of this read (`cursor.since` when `incremental`), for convenience */
  since: string | undefined;
  signal?: AbortSignal;
}

/** Result of writing one canonical record to a destination. */
export interface WriteResult {
  /** the destination's id for the record */
  externalId: string;
  /** false when the destination recognised the idempotency key and did nothing */
  written: boolean;
}

export interface WriteItem<M extends CanonicalModelName = CanonicalModelName> {
  canonicalId: string;
  version: number;
  idempotencyKey: string;
  record: CanonicalRecordOf<M>;
  /** `record` as the hub's canonical JSON text, when the hub has it at hand: a destination that sends JSON can use it instead of serialising again */
  recordJson?: string;
  deleted?: boolean;
}

/** Per-item outcome of a batch write: success, or a per-record failure (never throws for one bad record). */
export type WriteOutcome = ({ ok: true } & WriteResult) | { ok: false; error: RecordError };

export interface DestinationContext<S> {
  settings: S;
  credentials: Credentials;
  http: HttpClient;
  tenantId: string;
  signal?: AbortSignal;
}

export interface DestinationDef<S = unknown> {
  /** canonical models this destination accepts */
  models: CanonicalModelName[];
  /** writes a batch; the outcomes array is index-aligned with `items` */
  write(ctx: DestinationContext<S>, model: CanonicalModelName, items: WriteItem[]): Promise<WriteOutcome[]>;
  /** optional: release pooled resources (db pools, channels) held for these settings */
  close?(settings: S): Promise<void>;
}

/** An inbound webhook request as the API received it (raw body kept for signatures). */
export interface WebhookRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  rawBody: string;
}

export interface InboundEvent {
  /** provider event id: inbound events are de-duplicated on it */
  eventId: string;
  stream: string;
  kind: 'upsert' | 'delete';
  externalId: string;
  occurredAt: string;
  /** the raw record when the provider sent it, else the hub fetches it */
  raw?: unknown;
}

export interface WebhookDef<S> {
  verify(req: WebhookRequest, settings: S, secret: string): boolean;
  toEvents(payload: unknown, settings: S): InboundEvent[];
}

export interface ConnectorDef<S = unknown> {
  id: string;
  label: string;
  category: ConnectorCategory;
  description?: string;
  auth: AuthSpec<S>;
  /** zod schema of per-tenant settings (base URL, account ids, options) */
  settings: z.ZodType<S>;
  rateLimit?: RateLimitSpec;
  /** optional: the rate limit for these settings (e.g. a sandbox's configurable limit); wins over `rateLimit` */
  rateLimitFor?(settings: S): RateLimitSpec | undefined;
  /** optional: base URL that relative request URLs are joined to; without it requests must be absolute */
  baseUrl?(settings: S): string;
  /** a cheap authenticated call used to validate credentials before a connection is saved */
  check?(ctx: { settings: S; http: HttpClient; credentials: Credentials }): Promise<void>;
  /** `S` is inferred from `settings` only: streams that ignore settings (typed `unknown`) fit any connector */
  streams: readonly AnyStreamDef<NoInfer<S>>[];
  /**
   * optional: streams configured per connection (declarative REST, files, SQL queries). When present
   * the engine reads these instead of `streams`, which then stays the static (often empty) catalogue list.
   */
  resolveStreams?(settings: S): readonly AnyStreamDef<NoInfer<S>>[];
  /** optional: auth that depends on the settings (e.g. a REST API configured with a bearer token); wins over `auth` */
  resolveAuth?(settings: S): AuthSpec<S>;
  destination?: DestinationDef<S>;
  webhook?: WebhookDef<S>;
}

/** A connector with its settings type erased: what the registry hands out. */
export type AnyConnectorDef = ConnectorDef<unknown>;

/** A failure of one record: the raw payload travels with it to the dead-letter queue. */
export interface RecordError {
  code: 'validation' | 'mapping' | 'destination_rejected' | 'destination_conflict';
  message: string;
  /** zod issue path or destination field, e.g. ["properties","email"] */
  path?: (string | number)[];
  issues?: { path: (string | number)[]; message: string; code?: string }[];
}

/** One record of a page as the engine hands it over: normalized, or a per-record failure with its raw payload. */
export type RecordResult =
  | {
      ok: true;
      externalId: string;
      raw: unknown;
      record: CanonicalRecord;
      /** stable content hash of the raw record */
      sourceHash: string;
      /** the provider marks the record deleted (`StreamDef.isDeleted`) */
      deleted: boolean;
    }
  | { ok: false; externalId?: string; raw: unknown; error: RecordError };

/** One page of `readStream`: save `cursor` with the page's writes; `done` marks the final page of the read. */
export interface StreamPage {
  records: RecordResult[];
  /** where to resume after this page; on the final page: `{ since }` only (or undefined when nothing to keep) */
  cursor: StreamCursor | undefined;
  /** records the provider returned on this page (valid or not) */
  rawCount: number;
  done: boolean;
}
