/**
 * Drives a sandbox consent screen without a browser: opens the authorize URL, presses
 * Allow or Deny, and returns the redirect target (the client's callback URL with
 * `code` & `state` or `error`). Throws when the sandbox shows an error page instead.
 */
export async function approveSandboxConsent(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status === 302) return new URL(page.headers.get('location') ?? '', authorizeUrl);
  if (!page.ok) throw new Error(`consent page failed with ${page.status}: ${/<p id="error">([^<]*)<\/p>/.exec(html)?.[1] ?? html}`);
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!requestId || !action) throw new Error('no consent form on the page');
  const answer = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
  });
  await answer.arrayBuffer();
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`consent decision failed with ${answer.status}`);
  return new URL(location);
}
