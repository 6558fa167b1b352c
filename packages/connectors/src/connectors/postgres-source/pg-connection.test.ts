import { describe, expect, it } from 'vitest';
import { buildConnectionString, classifyPgError, stripCredentials } from './pg-connection';

describe('pg-connection', () => {
  it('puts basic credentials into the connection string and strips them back out', () => {
    const url = buildConnectionString('postgres://old:pw@db.example:5432/app?sslmode=require', { type: 'basic', username: 'rö ot', password: 'p@ss/word' });
    expect(url).toBe('postgres://r%C3%B6%20ot:p%40ss%2Fword@db.example:5432/app?sslmode=require');
    expect(stripCredentials(url)).toBe('postgres://db.example:5432/app?sslmode=require');
    expect(buildConnectionString('postgres://db/app', { type: 'none' })).toBe('postgres://db/app');
  });

  it('classifies server and network failures', () => {
    const withCode = (code: string) => Object.assign(new Error(`failed ${code}`), { code });
    expect(classifyPgError(withCode('28P01'))).toMatchObject({ code: 'needs_reauth', retryable: false });
    expect(classifyPgError(withCode('42P01'))).toMatchObject({ code: 'config', retryable: false });
    expect(classifyPgError(withCode('57014'))).toMatchObject({ code: 'timeout', retryable: true });
    expect(classifyPgError(withCode('53300'))).toMatchObject({ code: 'provider_unavailable', retryable: true });
    expect(classifyPgError(withCode('ECONNREFUSED'))).toMatchObject({ code: 'network', retryable: true });
    expect(classifyPgError(new Error('Connection terminated unexpectedly'))).toMatchObject({ code: 'network', retryable: true });
    expect(classifyPgError(withCode('22P02'))).toMatchObject({ code: 'permanent', retryable: false });
    expect(classifyPgError(new Error('could not reach postgres://u:secret@h/db')).message).not.toContain('secret');
  });
});
