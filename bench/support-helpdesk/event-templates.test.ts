import { describe, expect, it } from "vitest";
import { CAUSE_CODES, isCauseValidFor } from "@/lib/domain/outcomes";
import { ingestEventSchema } from "@/lib/telemetry/schemas";
import { eventTemplates } from "./event-templates";

describe("eventTemplates", () => {
  const templates = eventTemplates();

  it("covers [0, 1) without gaps, one template per cause plus rich", () => {
    expect(templates[0]!.from).toBe(0);
    templates.slice(1).forEach((template, index) => expect(template.from).toBeCloseTo(templates[index]!.to, 12));
    expect(templates.at(-1)!.to).toBeGreaterThanOrEqual(1);
    expect(templates.map((template) => template.cause).filter(Boolean).sort()).toEqual([...CAUSE_CODES].sort());
  });

  it("only builds events the ingestion API would accept", () => {
    for (const { outcome, cause, failedStep, steps } of templates) {
      expect(isCauseValidFor(outcome, cause)).toBe(true);
      const event = { id: "e1", deviceId: "d1", occurredAt: "2026-11-28T10:00:00Z", outcome, cause, failedStep, steps };
      expect(ingestEventSchema.safeParse(event).success).toBe(true);
    }
  });
});
