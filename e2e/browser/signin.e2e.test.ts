import { randomBytes } from 'node:crypto';
import { startApi, type RunningApi } from '@tributary/api/server';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, seedDemo } from '../../prisma/seed';
import { launchBrowser } from './portal-browser';
import { startPortal } from './web-server';

const sessionSecret = 'browser-test-session-secret-0123456789abcdef';
let database: TestDatabase;
let api: RunningApi;
let browser: Browser;
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  database = await createTestDatabase('browser');
  await seedDemo({ adminUrl: database.adminUrl });
  api = await startApi({
    DATABASE_URL: database.adminUrl,
    APP_DATABASE_URL: database.appUrl,
    API_PORT: '0',
    SESSION_SIGNING_SECRET: sessionSecret,
    CREDENTIAL_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    NODE_ENV: 'test',
  });
  portal = await startPortal(4121, { API_URL: api.url, NEXTAUTH_SECRET: sessionSecret, NEXTAUTH_URL: 'http://127.0.0.1:4121' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await api?.close();
  await database?.drop();
});

describe('the portal in a real browser', () => {
  it('sends a visitor to the sign-in page with an email and password form', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    await page.waitForURL(/\/signin$/);
    expect(await page.getByRole('heading', { name: 'Sign in to Tributary' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    await page.close();
  });

  it('refuses a wrong password with a clear message and keeps the visitor on the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/signin`);
    await page.getByLabel('Email').fill(DEMO_LOGIN.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const message = page.getByText('Sign-in failed: check your email and password.');
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/signin$/);
    await page.close();
  });

  it('signs the demo owner in and shows who they are and in which tenant', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/signin`);
    await page.getByLabel('Email').fill(DEMO_LOGIN.email);
    await page.getByLabel('Password').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/home$/);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Welcome, Demo Owner');
    expect(text).toContain('owner of Acme Corp (demo)');
    // the API token stays server-side: the browser's view of the session does not carry it
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).text());
    expect(session).toContain('Demo Owner');
    expect(session).not.toContain('apiToken');
    expect(session).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    await page.close();
  });
});
