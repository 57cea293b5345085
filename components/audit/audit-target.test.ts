import { describe, expect, it } from "vitest";
import { auditTargetOf } from "./audit-target";

const id = "0b6e8f0e-4f59-4bb8-9b57-1c2a3e4d5f60";

describe("an audit entry's target", () => {
  it("links a named group, directory user, account and token to where they are shown", () => {
    expect(auditTargetOf({ targetType: "delivery_group", targetId: id, targetName: "Sales" })).toEqual({ label: "Sales", href: `/policies/${id}`, id });
    expect(auditTargetOf({ targetType: "group", targetId: id, targetName: "Sales" })?.href).toBe(`/policies/${id}`);
    expect(auditTargetOf({ targetType: "directory_user", targetId: id, targetName: "Olivia Jones" })?.href).toBe(`/helpdesk/users/${id}`);
    expect(auditTargetOf({ targetType: "account", targetId: id, targetName: "a@example.test" })?.href).toBe("/settings#accounts-heading");
    expect(auditTargetOf({ targetType: "ingest_token", targetId: id, targetName: "MDM" })?.href).toBe("/settings#tokens-heading");
  });

  it("shows an unresolved id as it is, unlinked", () => {
    expect(auditTargetOf({ targetType: "account", targetId: "nobody@example.test", targetName: null })).toEqual({ label: "nobody@example.test", href: null, id: "nobody@example.test" });
  });

  it("shows a target without an id by its type, and no target as none", () => {
    expect(auditTargetOf({ targetType: "directory", targetId: null, targetName: null })).toEqual({ label: "directory", href: null, id: null });
    expect(auditTargetOf({ targetType: null, targetId: null, targetName: null })).toBeNull();
  });
});
