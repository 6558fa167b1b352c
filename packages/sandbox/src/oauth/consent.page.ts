const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

function renderLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}
button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem}</style></head>
<body>${body}</body></html>`;
}

export interface ConsentView {
  providerName: string;
  decisionPath: string;
  requestId: string;
  clientId: string;
  scope: string;
}

/** The provider's consent screen: Allow / Deny post back to the decision route. */
export function renderConsentPage(view: ConsentView): string {
  const scopes = view.scope
    .split(/[\s+]+/)
    .filter(Boolean)
    .map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`)
    .join('');
  return renderLayout(
    `${view.providerName}: authorize ${view.clientId}`,
    `<h1>${escapeHtml(view.providerName)}</h1>
<p>The application <strong>${escapeHtml(view.clientId)}</strong> asks for access to your account.</p>
${scopes ? `<ul id="scopes">${scopes}</ul>` : '<p>No scopes requested.</p>'}
<form method="post" action="${escapeHtml(view.decisionPath)}">
<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`,
  );
}

export function renderErrorPage(providerName: string, message: string): string {
  return renderLayout(`${providerName}: authorization error`, `<h1>Authorization error</h1><p id="error">${escapeHtml(message)}</p>`);
}
