import { describe, expect, it } from "vitest";
import { roleChangeEffect } from "./role-change";

describe("roleChangeEffect", () => {
  it("helpdesk to auditor gains audit:read and loses probe:run", () => {
    expect(roleChangeEffect("helpdesk", "auditor")).toEqual({ gained: ["audit:read"], lost: ["probe:run"] });
  });
  it("admin to helpdesk loses every permission helpdesk lacks and gains none", () => {
    expect(roleChangeEffect("admin", "helpdesk")).toEqual({ gained: [], lost: ["policy:write", "audit:read", "account:manage", "token:manage", "alert:manage", "api_key:manage", "alert_channel:manage"] });
  });
  it("no change, no effect", () => {
    expect(roleChangeEffect("auditor", "auditor")).toEqual({ gained: [], lost: [] });
  });
});
