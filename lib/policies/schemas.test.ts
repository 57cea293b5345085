import { describe, expect, it } from "vitest";
import { parseOrThrow } from "@/lib/errors/app-error";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { importFileSchema, replaceSettingsSchema } from "./schemas";

const settings = { ...SUPPORTED_INPUT };

describe("policy request schemas", () => {
  it("names the bad host by its index in the PUT body", () => {
    expect(() => parseOrThrow(replaceSettingsSchema, { ...settings, backgroundNetworkServices: ["mail.corp.example:443", "no port"] })).toThrow(
      expect.objectContaining({ code: "validation_failed", extra: { fields: [{ field: "backgroundNetworkServices[1]", message: expect.stringContaining("host:port") }] } }),
    );
  });

  it("keeps a blank comment as none", () => {
    expect(parseOrThrow(replaceSettingsSchema, { ...settings, comment: "  " }).comment).toBeNull();
  });

  it("names the group and field of an invalid import, and refuses misspelt settings and duplicate names", () => {
    const groups = [
      { name: "A", settings },
      { name: "B", settings: { ...settings, pushNotificationz: true } },
      { name: "C", settings: { ...settings, backgroundNetworkServices: ["bad host:1"] } },
      { name: "A", settings },
    ];
    const error = (() => {
      try {
        parseOrThrow(importFileSchema, { groups });
      } catch (caught) {
        return caught as { extra: { fields: { field: string }[] } };
      }
    })();
    expect(error?.extra.fields.map((f) => f.field).sort()).toEqual(["groups[1].settings", "groups[2].settings.backgroundNetworkServices[0]", "groups[3].name"]);
  });
});
