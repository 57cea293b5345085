import { describe, expect, it } from "vitest";
import { loadSettings, parseSettings } from "@/scripts/cli/load-settings";

const VALID = {
  pushNotifications: true,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: ["mail.corp.example:443"],
  ewsHost: "mail.corp.example",
  activeSyncHost: "mail.corp.example",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
};

const errorsOf = (value: unknown) => {
  const result = parseSettings(JSON.stringify(value));
  return result.ok ? [] : result.errors;
};

describe("parseSettings", () => {
  it("accepts the documented fields, filling schema defaults", () => {
    const result = parseSettings(JSON.stringify({ ...VALID, pushRegion: "emea", derivedCredentials: false }));
    expect(result).toEqual({ ok: true, input: { ...VALID, pushRegion: "emea", derivedCredentials: false, acceptAllSslCertificates: false } });
  });

  it("names each offending field by path", () => {
    const errors = errorsOf({ ...VALID, backgroundNetworkServices: ["a.corp.example:443", "mail.corp.example"], networkAccess: "vpn" });
    expect(errors).toEqual([
      'networkAccess: "vpn" is not one of "unrestricted", "tunnel_to_internal_network", "blocked"',
      'backgroundNetworkServices[1]: "mail.corp.example" must be host:port',
    ]);
  });

  it("reports missing and mistyped fields", () => {
    const { ewsHost: _omitted, ...withoutEws } = VALID;
    expect(errorsOf({ ...withoutEws, intuneManaged: "no" })).toEqual([
      "ewsHost: is required (string)",
      'intuneManaged: expected boolean, got "no"',
    ]);
  });

  it("rejects unknown fields, so a misspelt device fact is not silently ignored", () => {
    expect(errorsOf({ ...VALID, mailNotificationEnabled: true })).toEqual(["mailNotificationEnabled: unknown field"]);
  });

  it("rejects anything but one JSON object", () => {
    expect(errorsOf([VALID])).toEqual(["settings must be one JSON object, got an array"]);
    const result = parseSettings("{", "standard input");
    expect(result.ok === false && result.errors[0]).toMatch(/^standard input is not valid JSON: /);
  });
});

describe("loadSettings", () => {
  const reject = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

  it("reads standard input for -", async () => {
    const result = await loadSettings("-", { readFile: reject("ENOENT"), readStdin: async () => JSON.stringify(VALID) });
    expect(result.ok).toBe(true);
  });

  it("says why a file cannot be read", async () => {
    const result = await loadSettings("missing.json", { readFile: reject("ENOENT"), readStdin: reject("EIO") });
    expect(result).toEqual({ ok: false, errors: ['cannot read "missing.json": no such file'] });
  });
});
