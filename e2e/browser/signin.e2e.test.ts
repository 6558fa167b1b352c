import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './portal-browser';
import { startPortal } from './web-server';

let browser: Browser;
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  portal = await startPortal(4121);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('the portal in a real browser', () => {
  it('sends a visitor to the sign-in page with an email and password form', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    await page.waitForURL(/\/signin$/);
    await expect(page.getByRole('heading', { name: 'Sign in to Tributary' }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Email').getAttribute('type')).resolves.toBe('email');
    await expect(page.getByLabel('Password').getAttribute('type')).resolves.toBe('password');
    await expect(page.getByRole('button', { name: 'Sign in' }).isEnabled()).resolves.toBe(true);
    await page.close();
  });
});
