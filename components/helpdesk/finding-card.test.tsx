import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/domain/diagnosis/diagnose";
import { makeDevice, makeEvaluation, makeInput } from "@/lib/domain/diagnosis/test-factories";
import { FindingDetails } from "./finding-card";

describe("FindingDetails", () => {
  const [rule, lowPower] = diagnose(makeInput({ evaluation: makeEvaluation({ "intune-integration": "fail" }), devices: [makeDevice({ lowPowerMode: true })] }));

  it("shows field guidance apart from the remedy, under its own visible label, as a note", () => {
    const html = renderToStaticMarkup(<FindingDetails finding={lowPower!} devices={[]} />);
    const note = html.slice(html.indexOf('role="note"'));
    expect(note).toMatch(/^role="note" aria-labelledby="([^"]+)"/);
    const labelId = /aria-labelledby="([^"]+)"/.exec(note)![1];
    expect(html).toContain(`id="${labelId}" class="font-medium">Field guidance`);
    expect(note).toContain("Low Power Mode is switched in iOS Settings &gt; Battery.");
    // The remedy says what the reference says; the Settings path is not in it.
    const remedy = html.slice(html.indexOf("What to do"), html.indexOf('role="note"'));
    expect(remedy).not.toContain("iOS Settings");
    expect(html).toContain("dark:text-amber-100");
  });

  it("shows no field guidance box when there is none, and quotes the reference", () => {
    const html = renderToStaticMarkup(<FindingDetails finding={{ ...rule!, fieldGuidance: undefined }} devices={[]} />);
    expect(html).not.toContain("Field guidance");
    expect(html).toContain(`<blockquote`);
    expect(html).toContain("From the vendor reference");
  });

  it("says a finding resting on field guidance alone is so, instead of quoting, and leaves out an empty remedy", () => {
    const [warning] = diagnose(makeInput({ evaluation: makeEvaluation({ "push-registration-host": "warn" }) })).filter((finding) => finding.id === "rule:push-registration-host");
    const html = renderToStaticMarkup(<FindingDetails finding={warning!} devices={[]} />);
    expect(html).not.toContain("<blockquote");
    expect(html).toContain('data-source="field-guidance"');
    expect(html).toContain("From the vendor&#x27;s &quot;Push notifications for Secure Mail&quot; page");
    expect(html).not.toContain("(field guidance)");
    expect(html).not.toContain("What to do");
  });
});
