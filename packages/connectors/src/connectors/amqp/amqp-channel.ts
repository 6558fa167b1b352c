import amqp from 'amqplib';
import type { Credentials } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';

/** An open connection with one confirm channel, shared by every write to the same broker and user. */
export interface AmqpLink {
  model: amqp.ChannelModel;
  channel: amqp.ConfirmChannel;
  assertedExchanges: Set<string>;
}

/** broker URL with credentials -> its link; `base` (the URL without credentials) lets `close(settings)` find it */
const links = new Map<string, { base: string; opening: Promise<AmqpLink> }>();

/** The broker URL with the connection's basic credentials in it (they win over any in the settings URL). */
export function buildBrokerUrl(url: string, credentials: Credentials): string {
  if (credentials.type !== 'basic') return url;
  const withUser = new URL(url);
  withUser.username = encodeURIComponent(credentials.username);
  withUser.password = encodeURIComponent(credentials.password);
  return withUser.toString();
}

/** The shared link for a broker URL, opened on first use and forgotten as soon as it closes or fails. */
export function openAmqpLink(brokerUrl: string): Promise<AmqpLink> {
  const existing = links.get(brokerUrl);
  if (existing) return existing.opening;
  // forget only this entry: a newer link may already sit under the same key
  const forget = () => {
    if (links.get(brokerUrl) === entry) links.delete(brokerUrl);
  };
  const entry = { base: stripCredentials(brokerUrl), opening: connectLink(brokerUrl, forget) };
  links.set(brokerUrl, entry);
  entry.opening.catch(forget);
  return entry.opening;
}

async function connectLink(brokerUrl: string, forget: () => void): Promise<AmqpLink> {
  let model: amqp.ChannelModel;
  try {
    model = await amqp.connect(brokerUrl);
  } catch (error) {
    throw classifyAmqpError(error);
  }
  // without listeners an 'error' event would crash the process; the next write reconnects
  model.on('error', forget);
  model.on('close', forget);
  try {
    const channel = await model.createConfirmChannel();
    channel.on('error', forget);
    channel.on('close', () => {
      forget();
      model.close().catch(() => undefined);
    });
    return { model, channel, assertedExchanges: new Set() };
  } catch (error) {
    await model.close().catch(() => undefined);
    throw classifyAmqpError(error);
  }
}

/** Closes every link to a broker URL, whatever credentials they use (no-op when none is open). */
export async function closeAmqpLinks(url: string): Promise<void> {
  const base = stripCredentials(url);
  const closing = [...links.entries()]
    .filter(([, entry]) => entry.base === base)
    .map(async ([key, entry]) => {
      links.delete(key);
      const link = await entry.opening.catch(() => undefined);
      await link?.model.close().catch(() => undefined);
    });
  await Promise.all(closing);
}

function stripCredentials(url: string): string {
  const bare = new URL(url);
  bare.username = '';
  bare.password = '';
  return bare.toString();
}

/** Broker refusals of the credentials need re-authentication; anything else on the wire is a retryable network error. */
export function classifyAmqpError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const safe = message.replace(/\/\/[^@/]*@/g, '//[redacted]@');
  if (/ACCESS[-_]REFUSED|403/.test(message)) return new ConnectorError('needs_reauth', `broker refused the credentials: ${safe}`);
  if (/NOT[-_]FOUND|404|PRECONDITION[-_]FAILED|406/.test(message)) return new ConnectorError('config', `broker: ${safe}`);
  return new ConnectorError('network', `broker unreachable: ${safe}`);
}
