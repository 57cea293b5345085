import type { Server } from "node:http";
import Provider, { type KoaContext } from "oidc-provider";

/**
 * A real OpenID Connect provider (the certified oidc-provider package) for the end-to-end tests,
 * on loopback. Its development login page accepts any password for the users below; they differ
 * in their group claims: one is mapped to a console role, the other to none.
 */
export const OIDC_USERS = {
  hana: { email: "hana@idp.e2e.test", email_verified: true, name: "Hana Helpdesk", groups: ["rpc-helpdesk", "staff"] },
  uma: { email: "uma@idp.e2e.test", email_verified: true, name: "Uma Unmapped", groups: ["sales", "staff"] },
} as const;

export const OIDC_CLIENT = { id: "e2e", clientId: "rich-push-console", clientSecret: "e2e client secret that is long enough" };

export function oidcProviderEnv(issuer: string) {
  return JSON.stringify([
    {
      id: OIDC_CLIENT.id,
      name: "E2E Identity",
      issuer,
      clientId: OIDC_CLIENT.clientId,
      clientSecret: OIDC_CLIENT.clientSecret,
      scopes: ["openid", "email", "profile", "groups"],
      roleClaim: "groups",
      roles: { admin: ["rpc-admins"], helpdesk: ["rpc-helpdesk"], auditor: ["rpc-auditors"] },
      jit: true,
    },
  ]);
}

export function startOidcProvider(port: number, redirectUri: string): Promise<Server> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.clientId,
        client_secret: OIDC_CLIENT.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // The console reads the groups from the ID token (it does not call userinfo when the token has them).
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e oidc provider cookie key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const user = OIDC_USERS[id as keyof typeof OIDC_USERS];
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...user, groups: [...user.groups] }) };
    },
    // A first-party client: no consent screen, the grant is given on sign-in.
    async loadExistingGrant(ctx: KoaContext) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope("openid email profile groups");
      await grant.save();
      return grant;
    },
  });
  return new Promise((resolve) => {
    const server = provider.listen(port, "127.0.0.1", () => resolve(server));
  });
}
