import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma's CLI would download a native schema engine (no internet here): use the
// project's own stand-in that runs the published wasm build of the same engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma/engine/schema-engine.mjs');

export default defineConfig({
  schema: path.join(root, 'prisma/schema.prisma'),
  migrations: {
    path: path.join(root, 'prisma/migrations'),
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // `prisma generate` needs no database; migrate commands need DATABASE_URL (the start and test scripts set it).
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  },
});
