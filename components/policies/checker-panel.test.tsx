import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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
});
