/** A test stand-in for the person at the browser: opens the consent page and clicks Allow or Deny, following no redirects. */
export interface ConsentAnswer {
  code?: string;
  state?: string;
  error?: string;
  location: string;
}

export async function answerConsent(authorizationUrl: string, decision: 'allow' | 'deny'): Promise<ConsentAnswer> {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 200)}`);
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !requestId) throw new Error('no consent form on the page');
  const decisionUrl = new URL(action.replace(/&amp;/g, '&'), authorizationUrl);
  const posted = await fetch(decisionUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
  });
  const location = posted.headers.get('location');
  if (posted.status !== 302 || !location) throw new Error(`consent decision answered ${posted.status}`);
  const params = new URL(location).searchParams;
  return { location, code: params.get('code') ?? undefined, state: params.get('state') ?? undefined, error: params.get('error') ?? undefined };
}
