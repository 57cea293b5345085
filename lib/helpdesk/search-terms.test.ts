import { describe, expect, it } from "vitest";
import { escapeLike, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("lower-cases and collapses blanks", () => {
    expect(searchTerms("  Ada   LOVELACE ").text).toBe("ada lovelace");
  });

  it("builds prefix, word-prefix and substring patterns", () => {
    expect(searchTerms("smi")).toMatchObject({
      prefix: "smi%",
      wordPrefixInName: "% smi%",
      wordPrefixInAddress: "%.smi%",
      substring: "%smi%",
    });
  });

  it("leaves queries shorter than a trigram to prefix matching", () => {
    expect(searchTerms("jo")).toMatchObject({ substring: null, typo: null });
  });

  it("matches whole addresses by prefix, and their local part as a substring", () => {
    expect(searchTerms("Ana.Lopez7@corp.example")).toMatchObject({
      prefix: "ana.lopez7@corp.example%",
      substring: "%ana.lopez7%",
      typo: { text: "ana.lopez", words: ["ana", "lopez"] },
    });
    expect(searchTerms("ab@corp.example")).toMatchObject({ substring: null, typo: null });
  });

  it("looks for look-alikes of each word of three letters or more, when one has four", () => {
    expect(searchTerms("smoth").typo).toEqual({ text: "smoth", words: ["smoth"] });
    expect(searchTerms("J. Smoth").typo).toEqual({ text: "j. smoth", words: ["smoth"] });
    expect(searchTerms("Michelle Meore").typo?.words).toEqual(["michelle", "meore"]);
    expect(searchTerms("h.li21").typo).toBeNull();
    expect(searchTerms("smi").typo).toBeNull();
  });

  it("takes LIKE wildcards in the query literally", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(searchTerms("a_b").substring).toBe("%a\\_b%");
  });
});
