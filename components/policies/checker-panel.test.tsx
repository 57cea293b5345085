import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIELD_GUIDANCE_MARKER } from "@/lib/domain/field-guidance";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { normalizeSettings } from "@/lib/policies/normalize-settings";
import { CheckerPanel } from "./checker-panel";

const working = normalizeSettings(SUPPORTED_INPUT);

describe("CheckerPanel", () => {
  it("marks the failing rule with its detail, remedy, reference and a link to its field", () => {
    const html = renderToStaticMarkup(<CheckerPanel settings={{ ...working, backgroundNetworkServices: [] }} />);
    const failing = html.slice(html.indexOf('data-testid="check-background-network-services"'));
    expect(failing).toMatch(/^data-testid="check-background-network-services" data-status="fail"/);
    expect(failing).toContain("Add &quot;mail.corp.example:443&quot; to the Background network services policy");
    expect(failing).toContain("ensure that Exchange Web Services (EWS) host is configured");
    expect(failing).toContain('href="#setting-backgroundNetworkServices"');
    expect(html).toContain("Rich push unavailable · 1 failing rule");
    expect(html).toContain("What users get instead");
  });

  it("says rich push works, lists per-user checks as confirm per user, and keeps the VIP-only note", () => {
    const html = renderToStaticMarkup(<CheckerPanel settings={working} />);
    expect(html).toContain("Rich push works");
    expect(html).toMatch(/data-testid="check-mail-notifications" data-status="unknown"/);
    expect(html).toContain("Confirm per user");
    expect(html).toContain("The VIP Only mail notifications feature is no longer available.");
    expect(html).not.toMatch(/VIP[^<]*(while|to these users|who get rich push)/);
  });

  it("shows the push registration warning's source as field guidance, not as a quotation of the reference", () => {
    const html = renderToStaticMarkup(<CheckerPanel settings={{ ...working, backgroundNetworkServices: ["mail.corp.example:443"] }} />);
    const check = html.slice(html.indexOf('data-testid="check-push-registration-host"'));
    const item = check.slice(0, check.indexOf("</li>"));

    expect(item).toMatch(/^data-testid="check-push-registration-host" data-status="warn"/);
    expect(item).toContain("us-east-1.pushreg.xm.citrix.com:443");
    expect(item).toContain('data-source="field-guidance"');
    expect(item).toContain(">Field guidance</span>");
    expect(item).toContain("Push notifications for Secure Mail");
    expect(item).not.toContain(FIELD_GUIDANCE_MARKER);
    expect(item).not.toContain("<blockquote");
  });

  it("quotes a reference sentence as a quotation", () => {
    const html = renderToStaticMarkup(<CheckerPanel settings={{ ...working, pushNotifications: false }} />);
    const check = html.slice(html.indexOf('data-testid="check-push-notifications"'));
    const item = check.slice(0, check.indexOf("</li>"));

    expect(item).toContain('<blockquote data-source="reference"');
    expect(item).toContain("“In the Endpoint Management console, set Push notifications to ON.”");
  });
});

describe("CheckerPanel fixes", () => {
  const broken = { ...working, pushNotifications: false, authentication: "modern_auth_o365" as const };

  it("lists failing checks first and offers a one-setting fix naming what it sets, only where there is one", () => {
    const html = renderToStaticMarkup(<CheckerPanel settings={broken} onApplyFix={() => {}} />);
    const ids = [...html.matchAll(/data-testid="check-([a-z-]+)" data-status="([a-z_]+)"/g)].map(([, id, status]) => `${status}:${id}`);
    expect(ids.slice(0, 2)).toEqual(["fail:push-notifications", "fail:authentication"]);

    const push = html.slice(html.indexOf('data-testid="check-push-notifications"'));
    expect(push.slice(0, push.indexOf("</li>"))).toContain(">Apply fix: Push notifications On</button>");
    const auth = html.slice(html.indexOf('data-testid="check-authentication"'));
    expect(auth.slice(0, auth.indexOf("</li>"))).not.toContain("Apply fix");
  });

  it("offers no fix without a handler (read-only editor)", () => {
    expect(renderToStaticMarkup(<CheckerPanel settings={broken} />)).not.toContain("Apply fix");
  });
});
