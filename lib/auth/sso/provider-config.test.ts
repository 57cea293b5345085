import { describe, expect, it } from "vitest";
import { mapRole, oidcProvidersSchema } from "./provider-config";

const provider = { roleClaim: "groups", roles: { admin: ["a"], helpdesk: ["h"], auditor: ["x"] } };

describe("SSO role mapping", () => {
  it("maps the highest role any claim value grants, and nothing for unmapped values", () => {
    expect(mapRole(provider, { groups: ["x", "h"] })).toBe("helpdesk");
    expect(mapRole(provider, { groups: ["h", "a"] })).toBe("admin");
    expect(mapRole(provider, { groups: "x" })).toBe("auditor");
    expect(mapRole(provider, { groups: ["sales"] })).toBeNull();
    expect(mapRole(provider, {})).toBeNull();
  });

  it("parses OIDC_PROVIDERS and names a bad field", () => {
    const [parsed] = oidcProvidersSchema.parse(JSON.stringify([{ id: "corp", name: "Corp", issuer: "https://idp.example", clientId: "c", clientSecret: "s", roles: { admin: ["a"] } }]));
    expect(parsed).toMatchObject({ roleClaim: "groups", jit: true, scopes: ["openid", "email", "profile"] });
    expect(() => oidcProvidersSchema.parse("not json")).toThrow(/JSON array/);
    expect(() => oidcProvidersSchema.parse(JSON.stringify([{ id: "Bad Id", name: "x", issuer: "https://i", clientId: "c", clientSecret: "s", roles: { admin: ["a"] } }]))).toThrow(/lowercase/);
  });
});
