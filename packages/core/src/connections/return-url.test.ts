import { describe, expect, it } from 'vitest';
import { isReturnUrlAllowed } from './return-url';

const allowList = ['https://app.vendor.example/integrations', 'http://127.0.0.1:3000'];

describe('isReturnUrlAllowed', () => {
  it('admits the entry, paths below it, and query strings', () => {
    expect(isReturnUrlAllowed('https://app.vendor.example/integrations', allowList)).toBe(true);
    expect(isReturnUrlAllowed('https://app.vendor.example/integrations/done?x=1', allowList)).toBe(true);
    expect(isReturnUrlAllowed('http://127.0.0.1:3000/anything', allowList)).toBe(true);
  });

  it('refuses look-alikes, other paths, schemes, ports and credentials', () => {
    for (const candidate of [
      'https://app.vendor.example/integrations-evil',
      'https://app.vendor.example/other',
      'https://app.vendor.example.evil.test/integrations',
      'https://app.vendor.example@evil.test/integrations',
      'https://user:pw@app.vendor.example/integrations',
      'http://app.vendor.example/integrations',
      'http://127.0.0.1:3001/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isReturnUrlAllowed(candidate, allowList), candidate).toBe(false);
    }
    expect(isReturnUrlAllowed('https://app.vendor.example/integrations', [])).toBe(false);
  });
});
