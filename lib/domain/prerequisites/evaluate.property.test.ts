import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHostPort } from "@/lib/domain/hosts";
import { VIP_ONLY_UNAVAILABLE } from "@/lib/domain/prerequisites/consequences";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { evaluationInputArbitrary } from "@/lib/domain/prerequisites/testing/arbitraries";
import { RULE_IDS, type Evaluation, type RuleId } from "@/lib/domain/prerequisites/types";
import { evaluationInputSchema } from "@/lib/domain/settings";

const statusOf = (evaluation: Evaluation, id: RuleId) => evaluation.checks.find((check) => check.id === id)?.status;

describe("evaluate over arbitrary valid settings", () => {
  it("only generates inputs the settings schema accepts", () => {
    fc.assert(fc.property(evaluationInputArbitrary, (input) => evaluationInputSchema.safeParse(input).success));
  });

  it("supports rich push exactly when no check fails", () => {
    fc.assert(
      fc.property(evaluationInputArbitrary, (input) => {
        const evaluation = evaluate(input);
        const someFail = evaluation.checks.some((check) => check.status === "fail");
        expect(evaluation.richPushSupported).toBe(!someFail);
      }),
      { numRuns: 1000 },
    );
  });

  it("always returns every rule once, in order, and the matching consequences", () => {
    fc.assert(
      fc.property(evaluationInputArbitrary, (input) => {
        const evaluation = evaluate(input);
        expect(evaluation.checks.map((check) => check.id)).toEqual([...RULE_IDS]);
        const vipOnly = evaluation.consequences.length === 1 && evaluation.consequences[0] === VIP_ONLY_UNAVAILABLE;
        expect(vipOnly).toBe(evaluation.richPushSupported);
      }),
    );
  });

  it("is unknown on device facts exactly when the fact is absent", () => {
    fc.assert(
      fc.property(evaluationInputArbitrary, (input) => {
        const evaluation = evaluate(input);
        expect(statusOf(evaluation, "mail-notifications") === "unknown").toBe(input.mailNotificationsEnabled === undefined);
        expect(statusOf(evaluation, "derived-credentials") === "unknown").toBe(input.derivedCredentials === undefined);
      }),
    );
  });

  it("checks Background network services only under tunnel, and the push registration host only warns", () => {
    fc.assert(
      fc.property(evaluationInputArbitrary, (input) => {
        const evaluation = evaluate(input);
        const tunnel = input.networkAccess === "tunnel_to_internal_network";
        expect(statusOf(evaluation, "background-network-services") === "not_applicable").toBe(!tunnel);
        expect(["pass", "warn", "not_applicable"]).toContain(statusOf(evaluation, "push-registration-host"));
      }),
    );
  });

  it("gives the same verdict however the EWS host is spelled (case, trailing dot, explicit 443)", () => {
    fc.assert(
      fc.property(evaluationInputArbitrary, (input) => {
        const ews = parseHostPort(input.ewsHost)!;
        const respelled = `${ews.host.toUpperCase()}.:${ews.port}`;
        const statuses = (evaluation: Evaluation) => evaluation.checks.map((check) => check.status);
        expect(statuses(evaluate({ ...input, ewsHost: respelled }))).toEqual(statuses(evaluate(input)));
      }),
    );
  });
});
