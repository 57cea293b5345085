import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queryKeys } from "@/lib/client/query-keys";
import type { ProbeRunView } from "@/lib/probe-runs/views";
import { ProbeHistory } from "./probe-history";

const groupId = "9b2e4c1e-0000-4000-8000-000000000001";

const run = (over: Partial<ProbeRunView>): ProbeRunView => ({
  id: "9b2e4c1e-0000-4000-8000-0000000000aa",
  groupId,
  trigger: "manual",
  actorEmail: "admin@example.test",
  startedAt: "2026-01-05T10:00:00.000Z",
  finishedAt: "2026-01-05T10:00:02.000Z",
  status: "finished",
  ok: true,
  causes: [],
  summary: "The one host is reachable",
  certificates: [],
  result: null,
  ...over,
});

function render(runs: ProbeRunView[]): string {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  client.setQueryData(queryKeys.groups.probes(groupId), { runs });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ProbeHistory groupId={groupId} />
    </QueryClientProvider>,
  );
}

describe("ProbeHistory", () => {
  it("names scheduled checks and shows each certificate's days to expiry", () => {
    const html = render([
      run({
        trigger: "scheduled",
        actorEmail: null,
        certificates: [
          { kind: "ews", host: "mail.corp.test", port: 443, validTo: "2026-02-04T10:00:00.000Z", daysToExpiry: 30 },
          { kind: "activesync", host: "as.corp.test", port: 443, validTo: "2026-01-03T10:00:00.000Z", daysToExpiry: -2 },
        ],
      }),
      run({ id: "9b2e4c1e-0000-4000-8000-0000000000bb" }),
    ]);

    expect(html).toContain("scheduled check");
    expect(html).toContain("EWS host mail.corp.test:443: certificate expires in 30 days");
    expect(html).toContain("ActiveSync host as.corp.test:443: certificate expired 2 days ago");
    expect(html).toContain("by admin@example.test");
  });
});
