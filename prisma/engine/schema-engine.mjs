#!/usr/bin/env node
// Offline stand-in for Prisma's native schema engine.
//
// Prisma 7's CLI downloads a native `schema-engine` binary on first use, which
// fails without internet. This executable speaks the same protocol the CLI
// expects from that binary (newline-delimited JSON-RPC 2.0 on stdin/stdout,
// JSON log lines on stderr, and the `cli <command>` sub-commands) and forwards
// every call to the published WebAssembly build of the same engine
// (@prisma/schema-engine-wasm, pinned to the CLI's engine commit) through the
// `@prisma/adapter-pg` driver adapter. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here. Snags worked around below: the adapter cannot
// read the "char" type, splits scripts on every ";", and drops its shadow
// database while still connected to it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const ENGINE_COMMIT = '0edf323efd1d98336f3f0a68684b56f689b900d3';

// The adapter cannot decode Postgres's internal one-byte "char" type (oid 18),
// which the engine's catalogue queries return (e.g. pg_constraint.contype).
// Report it as text: pg already yields it as a string.
const PgResult = require('pg/lib/result.js');
const addFields = PgResult.prototype.addFields;
PgResult.prototype.addFields = function addFieldsAsText(fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels' || arg === '-d') out.datamodels.push(argv[++i]);
    else if (arg === '--datasource') out.datasource = JSON.parse(argv[++i]);
    else if (arg === '--version' || arg === '-V') out.version = true;
    else if (arg === 'cli') out.cli = argv[++i];
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
  }
  return out;
}

function logLine(level, fields) {
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, target: 'schema_engine::logger', fields }) + '\n');
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

function databaseOf(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

function quoteIdent(name) {
  return '"' + name.replaceAll('"', '""') + '"';
}

async function withMaintenanceClient(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `schema-engine --datasource {...} cli <command>`: exit 0 on success; else an ERROR log line after one discarded line. */
async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  const fail = (code, message) => {
    process.stderr.write('Starting schema engine CLI\n');
    logLine('ERROR', { error_code: code, message });
    process.exit(1);
  };
  if (!url) return fail('P1012', 'No datasource url was given.');
  const database = databaseOf(url);
  try {
    if (command === 'can-connect-to-database') {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
      } catch (err) {
        if (err.code === '3D000') return fail('P1003', `Database \`${database}\` does not exist`);
        throw err;
      } finally {
        await client.end().catch(() => {});
      }
    } else if (command === 'create-database') {
      await withMaintenanceClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
    } else if (command === 'drop-database') {
      await withMaintenanceClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
    } else {
      return fail('P1000', `Unknown schema engine cli command: ${command}`);
    }
  } catch (err) {
    return fail('P1001', `Database operation failed: ${err.message}`);
  }
  process.exit(0);
}

/**
 * The stock adapter runs a script by splitting it on every ";", which breaks
 * dollar-quoted function bodies and comments. Send each script whole instead
 * (simple query protocol: one implicit transaction, so a migration is atomic).
 */
function runScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (err) {
      adapter.onError(err);
    }
  };
  return adapter;
}

/**
 * The adapter factory, with a shadow database the shim creates and drops itself
 * (the stock factory drops the database while its own pool still holds connections).
 */
function createAdapterFactory(datasource) {
  const url = datasource.url;
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => runScriptsWhole(await connect());
  factory.connectToShadowDb = async () => {
    if (datasource.shadowDatabaseUrl) return runScriptsWhole(await new PrismaPg({ connectionString: datasource.shadowDatabaseUrl }).connect());
    const shadow = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    await withMaintenanceClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(shadow)}`));
    const adapter = runScriptsWhole(await new PrismaPg({ connectionString: withDatabase(url, shadow) }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await withMaintenanceClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(shadow)} WITH (FORCE)`));
    };
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

async function loadEngine(datamodelPaths, adapterFactory) {
  const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/schema_engine_bg\.js$/, 'schema_engine_bg.wasm');
  const module = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const datamodels = await Promise.all(datamodelPaths.map(async (p) => [p, await readFile(p, 'utf8')]));
  const debug = (line) => process.stderr.write(String(line).trimEnd() + '\n');
  return runtime.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, debug, adapterFactory);
}

/**
 * The wasm build's evaluateDataLoss cannot open the shadow database itself; it
 * reads the migrations' schema from a cache that diagnoseMigrationHistory fills
 * (that path does use the adapter's shadow database). Fill it first.
 */
async function primeMigrationSchemaCache(engine, params) {
  if (!params?.migrationsList?.migrationDirectories?.length) return;
  await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters ?? { externalTables: [], externalEnums: [] } });
}

/** JSON-RPC method names where the binary and the wasm build differ. */
const methodAliases = { getDatabaseVersion: 'version' };

function toRpcError(err, adapterFactory) {
  const captured = adapterFactory.errorRegistry?.lookupError?.(err);
  const e = captured?.error ?? err;
  const message = e?.message ?? String(e);
  const code = typeof e?.code === 'string' ? e.code : undefined;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: false, message, error_code: code, meta: e?.meta ?? null } };
}

async function serveRpc(args) {
  if (!args.datasource?.url) {
    logLine('ERROR', { message: 'The schema engine shim needs a datasource url (set DATABASE_URL; prisma.config.ts passes it).' });
    process.exit(1);
  }
  const adapterFactory = createAdapterFactory(args.datasource);
  const enginePromise = loadEngine(args.datamodels, adapterFactory);
  let nextServerId = 1_000_000;
  const pendingPrints = new Map();
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextServerId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const handle = async (req) => {
    try {
      const engine = await enginePromise;
      const method = methodAliases[req.method] ?? req.method;
      if (typeof engine[method] !== 'function') throw new Error(`Schema engine method not available in the wasm build: ${req.method}`);
      if (method === 'evaluateDataLoss') await primeMigrationSchemaCache(engine, req.params);
      let result = await engine[method](req.params ?? undefined);
      if (req.method === 'diff' && result && typeof result === 'object' && 'stdout' in result) {
        const { stdout, ...rest } = result;
        if (stdout) await print(stdout.replace(/\n$/, ''));
        result = rest;
      }
      send({ jsonrpc: '2.0', id: req.id, result: result ?? null });
    } catch (err) {
      send({ jsonrpc: '2.0', id: req.id, error: toRpcError(err, adapterFactory) });
    }
  };

  const inflight = new Set();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    const msg = JSON.parse(line);
    if (msg.method === undefined && pendingPrints.has(msg.id)) {
      pendingPrints.get(msg.id)();
      pendingPrints.delete(msg.id);
      return;
    }
    const p = handle(msg).finally(() => inflight.delete(p));
    inflight.add(p);
  });
  rl.on('close', async () => {
    await Promise.allSettled([...inflight]);
    try {
      (await enginePromise).free?.();
    } catch {
      /* engine failed to start: nothing to free */
    }
    process.exit(0);
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_COMMIT}\n`);
  process.exit(0);
} else if (args.cli) {
  await runCliCommand(args.cli, args.datasource);
} else {
  await serveRpc(args);
}
