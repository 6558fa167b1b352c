/**
 * Whether `candidate` is on the allow-list: same scheme, host and port as an entry, and a path
 * at or below the entry's path. Parsed as URLs, so "https://good.example.evil.test" or
 * "https://good.example@evil.test" never pass for "https://good.example".
 */
export function isReturnUrlAllowed(candidate: string, allowList: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return false;
  return allowList.some((entry) => {
    let allowed: URL;
    try {
      allowed = new URL(entry);
    } catch {
      return false;
    }
    if (allowed.origin !== url.origin) return false;
    const base = allowed.pathname.endsWith('/') ? allowed.pathname : `${allowed.pathname}/`;
    return url.pathname === allowed.pathname || url.pathname.startsWith(base);
  });
}
