import { describe, expect, it, vi } from "vitest";
import { elementById } from "@/components/testing/element-tree";
import { renderText } from "@/components/testing/render-text";
import { CAUSES, GENERIC_CAUSES, OUTCOMES } from "@/lib/domain/outcomes";
import { OUTCOME_LABELS } from "./outcome-badge";
import { causesFor, TimelineFilters, withOutcome } from "./timeline-filters";
import { NO_FILTERS, type EventFilters } from "./use-user-events";

/** Renders the filters and chooses `value` in the select with `id`, as a user would; returns what the timeline is told. */
function choose(filters: EventFilters, id: string, value: string): EventFilters {
  const onChange = vi.fn<(next: EventFilters) => void>();
  const select = elementById(TimelineFilters({ value: filters, onChange }), id);
  (select.props.onChange as (event: { target: { value: string } }) => void)({ target: { value } });
  expect(onChange).toHaveBeenCalledTimes(1);
  return onChange.mock.calls[0]![0];
}

describe("TimelineFilters", () => {
  it("offers every outcome, After sync included", () => {
    const text = renderText(<TimelineFilters value={NO_FILTERS} onChange={() => {}} />);
    for (const outcome of OUTCOMES) expect(text).toContain(OUTCOME_LABELS[outcome]);
    expect(OUTCOME_LABELS.sync).toBe("After sync");
  });

  it("clears the cause when After sync is chosen, and then turns the cause filter off with the reason", () => {
    const chosen = choose({ outcome: "", cause: "ews_timeout" }, "timeline-outcome", "sync");
    expect(chosen).toEqual({ outcome: "sync", cause: "" });

    const cause = elementById(TimelineFilters({ value: chosen, onChange: () => {} }), "timeline-cause");
    expect(cause.props.disabled).toBe(true);
    expect(cause.props["aria-describedby"]).toBe("timeline-cause-hint");
    expect(renderText(<TimelineFilters value={chosen} onChange={() => {}} />)).toContain("A notification after sync has no cause");
  });

  it("keeps a cause that belongs to the new outcome and drops one that does not", () => {
    expect(choose({ outcome: "", cause: "container_locked" }, "timeline-outcome", "generic")).toEqual({ outcome: "generic", cause: "container_locked" });
    expect(choose({ outcome: "generic", cause: "container_locked" }, "timeline-outcome", "failure")).toEqual({ outcome: "failure", cause: "" });
    expect(choose({ outcome: "sync", cause: "" }, "timeline-outcome", "")).toEqual({ outcome: "", cause: "" });
  });

  it("lists a fallback outcome's own causes, enabled", () => {
    expect(causesFor("generic")).toEqual([...GENERIC_CAUSES]);
    expect(causesFor("sync")).toEqual([]);
    expect(causesFor("rich")).toEqual([]);
    expect(causesFor("")).toHaveLength(Object.keys(CAUSES).length);
    const cause = elementById(TimelineFilters({ value: { outcome: "failure", cause: "" }, onChange: () => {} }), "timeline-cause");
    expect(cause.props.disabled).toBe(false);
    expect(choose({ outcome: "failure", cause: "" }, "timeline-cause", "ews_timeout")).toEqual({ outcome: "failure", cause: "ews_timeout" });
  });

  it("ignores values that are not an outcome or a cause", () => {
    expect(choose(NO_FILTERS, "timeline-outcome", "sometimes")).toEqual(NO_FILTERS);
    expect(withOutcome({ outcome: "", cause: "channel_failed" }, "rich")).toEqual({ outcome: "rich", cause: "" });
  });
});
