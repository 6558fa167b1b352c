-- Canonical record ids become time-ordered (UUID v7: 48 bits of Unix milliseconds, then random).
-- A random v4 id puts every new record on a random leaf page of every index keyed by it: the
-- primary key here, record_source (record, version), record_delivery's primary key and each
-- warehouse table's primary key. Time-ordered ids land at the right edge of those indexes, where
-- Postgres's rightmost-leaf fast path and a hot cache make the insert cheap, and checkpoints
-- write far fewer full-page images. Postgres 15 has no uuidv7() (18 does): this is the RFC 9562
-- layout in plain SQL.
CREATE OR REPLACE FUNCTION uuid_v7() RETURNS uuid
  LANGUAGE sql VOLATILE PARALLEL SAFE
  AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
  $$;

ALTER TABLE "canonical_record" ALTER COLUMN "id" SET DEFAULT uuid_v7();
