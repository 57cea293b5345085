/**
 * The Content-Security-Policy of every page: scripts only from this origin and with this
 * request's nonce (Next.js puts the nonce on its own scripts when it finds it in the request's
 * policy header), no framing, no plugins. Styles keep 'unsafe-inline': React and Radix set style
 * attributes, and the issue at stake is script injection. Development adds 'unsafe-eval', which
 * React's dev tooling needs; production never has it.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce per request (16 random bytes, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
