import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EditorToolbar } from "./editor-toolbar";

const noop = () => {};

describe("EditorToolbar", () => {
  it("is a labelled region pinned to the bottom of the viewport while there are unsaved changes", () => {
    const html = renderToStaticMarkup(<EditorToolbar changeCount={2} invalidCount={0} onSave={noop} onDiscard={noop} />);
    expect(html).toMatch(/^<div role="region" aria-label="Save changes" data-testid="editor-toolbar" data-pinned="true" class="[^"]*\bfixed\b[^"]*\bbottom-0\b/);
    expect(html).toContain("2 unsaved changes");
  });

  it("stays in the page header, not pinned, without changes", () => {
    const html = renderToStaticMarkup(<EditorToolbar changeCount={0} invalidCount={0} onSave={noop} onDiscard={noop} />);
    expect(html).toContain('data-pinned="false"');
    expect(html).not.toMatch(/\bfixed\b/);
    expect(html).toContain("No unsaved changes");
  });
});
