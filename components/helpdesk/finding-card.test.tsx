import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIELD_GUIDANCE_MARKER } from "@/lib/domain/field-guidance";
import { ruleFindings } from "@/lib/domain/diagnosis/rule-findings";
import { makeContext, makeEvaluation } from "@/lib/domain/diagnosis/test-factories";
import { FindingDetails } from "./finding-card";

const findingFor = (statuses: Parameters<typeof makeEvaluation>[0]) => ruleFindings(makeContext({ evaluation: makeEvaluation(statuses) }))[0]!;

describe("FindingDetails", () => {
  it("shows the push registration warning's source as field guidance, never as a quotation", () => {
    const html = renderToStaticMarkup(<FindingDetails finding={findingFor({ "push-registration-host": "warn" })} devices={[]} />);

    expect(html).toContain('data-source="field-guidance"');
    expect(html).toContain(">Field guidance</span>");
    expect(html).toContain("Secure Ticket Authority (STA) with split tunneling off");
    expect(html).not.toContain(FIELD_GUIDANCE_MARKER);
    expect(html).not.toContain("<blockquote");
  });

  it("quotes the reference sentence of a failing rule", () => {
    const html = renderToStaticMarkup(<FindingDetails finding={findingFor({ "push-notifications": "fail" })} devices={[]} />);

    expect(html).toContain('<blockquote data-source="reference"');
    expect(html).toContain("“In the Endpoint Management console, set Push notifications to ON.”");
    expect(html).not.toContain("Field guidance");
  });
});
