import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConnectivityPanel } from "./index";

function render(canRun: boolean): string {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ConnectivityPanel groupId="9b2e4c1e-0000-4000-8000-000000000001" canRun={canRun} />
    </QueryClientProvider>,
  );
}

describe("ConnectivityPanel (first paint)", () => {
  it("offers the test with an optional CA bundle, a live region, and the last tests loading", () => {
    const html = render(true);

    expect(html).toMatch(/<button[^>]*>.*Test connectivity<\/button>/);
    expect(html).toContain("Trust an extra CA for this test (optional)");
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain("Loading the last tests…");
  });

  it("without the permission shows the results only", () => {
    const html = render(false);

    expect(html).not.toContain("Test connectivity</button>");
    expect(html).toContain("Running a test needs the admin or helpdesk role");
  });
});
