import { describe, expect, it } from "vitest";
import { permissionsOf } from "@/lib/auth/permissions";
import { scopesBeyond } from "./scopes-beyond";

describe("scopesBeyond", () => {
  it("lists each requested scope the holder lacks, with its index", () => {
    expect(scopesBeyond(permissionsOf("helpdesk"), ["directory:read", "audit:read", "probe:run", "account:manage"])).toEqual([
      { index: 1, scope: "audit:read" },
      { index: 3, scope: "account:manage" },
    ]);
  });
  it("is empty when the holder has every scope", () => {
    expect(scopesBeyond(permissionsOf("admin"), ["policy:write", "token:manage"])).toEqual([]);
  });
});
