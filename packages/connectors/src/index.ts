// @tributary/connectors: the connector contract, the stream engine and the connector registry.

export * from './canonical/index';
export type * from './contract';
export { defineConnector, defineStream } from './define';

export { readStream, type ReadStreamOptions } from './engine/read-stream';
export { readRecord, type ReadRecordOptions } from './engine/read-record';
export { writeRecords, checkConnection, type WriteRecordsOptions } from './engine/write-records';
export type { ConnectorCallOptions } from './engine/connector-http';
export { parseConnectorSettings, resolveAuth, resolveRateLimit, resolveStream, resolveStreams } from './engine/connector-settings';
export { createHttpClient, type CountingHttpClient, type HttpClientOptions, type HttpClientStats, type HttpEvent } from './engine/http-client';
export { ConnectorError, MappingError, classifyStatus, isConnectorError, type ConnectorErrorCode, type ConnectorErrorOptions } from './engine/connector-error';
export { createLocalRateLimiter, type LocalRateLimiterOptions } from './engine/rate-limiter';
export { computeBackoffMs, defaultRetry, parseRetryAfter, type RetryOptions } from './engine/retry-policy';
export { hashRecord, stableStringify } from './engine/record-hash';
export { mapInSlices } from './engine/event-loop-slices';
export { readPath } from './engine/dotted-path';
export { buildAuthHeaders, createStaticAuthSession } from './engine/auth-session';
export { buildAuthorizeUrl, createPkcePair, exchangeAuthorizationCode, refreshAccessToken, type OAuthClient } from './engine/oauth2';

export { hasConnector, listConnectors, loadConnector, type ConnectorCatalogEntry } from './registry';
