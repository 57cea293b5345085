import { describe, expect, it } from "vitest";
import { expectedVersionFrom, versionTag } from "./if-match";

const headers = (value?: string) => new Headers(value === undefined ? {} : { "if-match": value });

describe("If-Match", () => {
  it("reads the version from the quoted tag the API sends, and tolerant spellings of it", () => {
    expect(expectedVersionFrom(headers(versionTag(7)))).toBe(7);
    expect(expectedVersionFrom(headers("12"))).toBe(12);
    expect(expectedVersionFrom(headers('W/"3"'))).toBe(3);
  });

  it("is required: 428 without it", () => {
    expect(() => expectedVersionFrom(headers())).toThrow(expect.objectContaining({ code: "precondition_required", status: 428 }));
  });

  it("refuses * and junk, which would allow blind overwrites", () => {
    for (const value of ["*", '"abc"', '"1", "2"']) {
      expect(() => expectedVersionFrom(headers(value))).toThrow(expect.objectContaining({ code: "bad_request" }));
    }
  });
});
