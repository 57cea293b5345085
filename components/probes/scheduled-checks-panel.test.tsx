import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queryKeys } from "@/lib/client/query-keys";
import type { ProbeRunView } from "@/lib/probe-runs/views";
import type { ProbeScheduleView } from "@/lib/probe-schedule/contract";
import { fakeStep, fakeStoredResult, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";
import { CheckScheduleControl } from "./check-schedule-control";
import { LastScheduledCheck } from "./last-scheduled-check";

const groupId = "9b2e4c1e-0000-4000-8000-000000000001";
const NOW = new Date("2026-06-01T12:00:00.000Z");

const schedule = (over: Partial<ProbeScheduleView> = {}): ProbeScheduleView => ({
  groupId,
  enabled: true,
  intervalMinutes: 60,
  isDefault: true,
  updatedAt: null,
  updatedByEmail: null,
  lastScheduledRunAt: null,
  ...over,
});

const scheduledRun = (id: string, daysToExpiry: number): ProbeRunView => ({
  id,
  groupId,
  trigger: "scheduled",
  actorEmail: null,
  startedAt: "2026-06-01T11:30:00.000Z",
  finishedAt: "2026-06-01T11:30:02.000Z",
  status: "finished",
  ok: false,
  causes: ["exchange_tls_failed"],
  summary: "EWS fails for users",
  certificates: [{ kind: "ews", host: "ews.corp.test", port: 443, validTo: "2026-07-01T00:00:00.000Z", daysToExpiry }],
  result: fakeStoredResult([fakeTarget("ews", "exchange_tls_failed", [fakeStep("dns"), fakeStep("tcp"), fakeStep("tls", "failed", { daysToExpiry })])]),
});

function render(node: ReactNode, runs?: ProbeRunView[]): string {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  if (runs) client.setQueryData(queryKeys.groups.scheduledProbes(groupId), { runs });
  return renderToStaticMarkup(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

describe("LastScheduledCheck", () => {
  it("is a placeholder shaped like the panel while the runs load", () => {
    const html = render(<LastScheduledCheck groupId={groupId} schedule={schedule()} now={NOW} />);
    expect(html).toContain('aria-label="Loading the last scheduled check"');
  });

  it("without a scheduled run yet, says when the next one is due", () => {
    const never = render(<LastScheduledCheck groupId={groupId} schedule={schedule()} now={NOW} />, []);
    expect(never).toContain("No scheduled check yet");
    expect(never).toContain("The next scheduled check is due now");

    const off = render(<LastScheduledCheck groupId={groupId} schedule={schedule({ enabled: false })} now={NOW} />, []);
    expect(off).toContain("Scheduled checks are off for this group.");
  });

  it("shows the last run step by step and the days to expiry of each run", () => {
    const html = render(
      <LastScheduledCheck groupId={groupId} schedule={schedule({ lastScheduledRunAt: "2026-06-01T11:30:00.000Z" })} now={NOW} />,
      [scheduledRun("9b2e4c1e-0000-4000-8000-0000000000aa", 29), scheduledRun("9b2e4c1e-0000-4000-8000-0000000000bb", -3)],
    );
    expect(html).toContain("The next scheduled check is due at");
    expect(html).toContain('aria-label="Results of the last scheduled check"');
    expect(html).toContain("Steps for EWS");
    expect(html).toContain("certificate expires in 29 days");
    expect(html).toMatch(/<td[^>]*>29 d<\/td>/);
    expect(html).toMatch(/<td[^>]*>expired 3 d ago<\/td>/);
  });
});

describe("CheckScheduleControl", () => {
  it("is labelled and offers the saved interval", () => {
    const html = render(<CheckScheduleControl groupId={groupId} schedule={schedule({ intervalMinutes: 360, isDefault: false })} canWrite />);
    expect(html).toContain('role="switch"');
    expect(html).toContain(">Check on a schedule</label>");
    expect(html).toMatch(/<option value="360" selected="">Every 6 hours<\/option>/);
    expect(html).toContain("Save schedule");
  });

  it("is disabled, without a save button, for a role that may not change it", () => {
    const html = render(<CheckScheduleControl groupId={groupId} schedule={schedule()} canWrite={false} />);
    expect(html).toMatch(/<button type="button" role="switch"[^>]*disabled=""/);
    expect(html).toMatch(/<select[^>]*disabled=""/);
    expect(html).not.toContain("Save schedule");
    expect(html).toContain("Only admins can change the schedule.");
  });
});
