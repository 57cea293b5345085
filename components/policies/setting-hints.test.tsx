import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIELD_GUIDANCE_MARKER } from "@/lib/domain/field-guidance";
import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import { PUSH_REGIONS } from "@/lib/domain/settings";
import { SettingSelect } from "./setting-select";

describe("setting hints", () => {
  it("the push region's hint names each region's push registration host, marked as field guidance", () => {
    const html = renderToStaticMarkup(
      <SettingSelect field="pushRegion" value="emea" options={PUSH_REGIONS} labels={PUSH_REGION_LABELS} disabled={false} onChange={() => undefined} />,
    );
    const hint = html.slice(html.indexOf('id="setting-pushRegion-hint"'));

    expect(hint).toContain('data-source="field-guidance"');
    expect(hint).toContain(">Field guidance</span>");
    expect(hint).toContain("us-east-1.pushreg.xm.citrix.com:443 (Americas)");
    expect(hint).toContain("eu-west-1.pushreg.xm.citrix.com:443 (EMEA)");
    expect(hint).toContain("ap-southeast-1.pushreg.xm.citrix.com:443 (APAC)");
    expect(hint).toContain("Secure Ticket Authority (STA) with split tunneling off");
    expect(hint).not.toContain(FIELD_GUIDANCE_MARKER);
    expect(hint).not.toContain("&lt;region&gt;");
  });

  it("a hint in the console's own words stays plain", () => {
    const html = renderToStaticMarkup(
      <SettingSelect field="networkAccess" value="unrestricted" options={["unrestricted"]} labels={{ unrestricted: "Unrestricted" }} disabled={false} onChange={() => undefined} />,
    );

    expect(html).toContain("only hosts listed in Background network services go through the gateway");
    expect(html).not.toContain("Field guidance");
  });
});
