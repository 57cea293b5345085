import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConnectivityPanel } from "./index";

function render(canRun: boolean, edits: { unsavedEdits?: boolean; savedVersion?: number } = {}): string {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ConnectivityPanel groupId="9b2e4c1e-0000-4000-8000-000000000001" canRun={canRun} {...edits} />
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

describe("ConnectivityPanel beside unsaved edits", () => {
  it("says the test uses the saved version and ties the note to the button", () => {
    const html = render(true, { unsavedEdits: true, savedVersion: 4 });
    expect(html).toContain("Tests use the saved settings (version 4); your unsaved changes are not tested.");
    const noteId = /<p id="([^"]+)" data-testid="connectivity-unsaved-note"/.exec(html)?.[1];
    expect(noteId).toBeTruthy();
    expect(html).toMatch(new RegExp(`<button[^>]*aria-describedby="${noteId}"[^>]*>.*Test connectivity</button>`));
  });

  it("says nothing about saved settings without unsaved edits", () => {
    const html = render(true, { unsavedEdits: false, savedVersion: 4 });
    expect(html).not.toContain("Tests use the saved settings");
    expect(html).toMatch(/<button(?![^>]*aria-describedby)[^>]*>.*Test connectivity<\/button>/);
  });
});
