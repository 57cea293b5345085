import { describe, expect, it } from "vitest";
import { auditContract } from "@/lib/audit/contract";
import { AUDIT_EXPORT_LINK } from "./audit-export-link";

describe("the audit page's export link", () => {
  it("points at the contract's export endpoint", () => {
    expect(AUDIT_EXPORT_LINK).toEqual({ operationId: auditContract.export.operationId, path: auditContract.export.path });
  });
});
