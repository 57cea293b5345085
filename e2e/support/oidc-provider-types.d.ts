// oidc-provider ships no types; the test provider uses this much of it.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  type Claims = Record<string, unknown> & { sub: string };
  export type Account = { accountId: string; claims: () => Promise<Claims> };
  type Grant = {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
  export type KoaContext = {
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string };
      provider: { Grant: new (init: { clientId: string; accountId: string }) => Grant };
    };
  };
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    listen(port: number, host: string, callback?: () => void): Server;
    proxy: boolean;
  }
}
