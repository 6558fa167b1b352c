import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEnv, port, postgresUrl } from './env';

const schema = z.object({ DATABASE_URL: postgresUrl, API_PORT: port.default(4000) });

describe('parseEnv', () => {
  it('returns typed values and applies defaults', () => {
    expect(parseEnv('api', schema, { DATABASE_URL: 'postgresql://u@localhost:5432/db' })).toEqual({
      DATABASE_URL: 'postgresql://u@localhost:5432/db',
      API_PORT: 4000,
    });
  });

  it('names the malformed variable and says why', () => {
    const error = (() => {
      try {
        parseEnv('api', schema, { DATABASE_URL: 'mysql//nope', API_PORT: '99999' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL: must be a URL like postgresql://');
    expect(message).toMatch(/API_PORT: .*65535/);
  });

  it('says when a required variable is missing', () => {
    expect(() => parseEnv('worker', schema, {})).toThrow(/DATABASE_URL: is required but not set/);
  });
});
