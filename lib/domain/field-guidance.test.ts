import { describe, expect, it } from "vitest";
import { fieldGuidance, isFieldGuidance, withoutFieldGuidanceMarker } from "@/lib/domain/field-guidance";

describe("field guidance marker", () => {
  it("marks a text so it can be told from a reference sentence, and gives it back unmarked", () => {
    const marked = fieldGuidance("Allow the push registration host on the gateway.");

    expect(marked).toBe("(field guidance) Allow the push registration host on the gateway.");
    expect(isFieldGuidance(marked)).toBe(true);
    expect(withoutFieldGuidanceMarker(marked)).toBe("Allow the push registration host on the gateway.");
  });

  it("leaves a reference sentence as it is", () => {
    const sentence = "In the Endpoint Management console, set Push notifications to ON.";

    expect(isFieldGuidance(sentence)).toBe(false);
    expect(withoutFieldGuidanceMarker(sentence)).toBe(sentence);
  });
});
