/** Where a provider sends the browser back; register this URL with the IdP as the redirect URI. */
export function ssoCallbackUrl(appUrl: string, providerId: string): string {
  return `${appUrl.replace(/\/$/, "")}/sign-in/sso/${providerId}/callback`;
}
