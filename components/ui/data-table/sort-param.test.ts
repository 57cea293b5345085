import { describe, expect, it } from "vitest";
import { parseSortParam, sortParamOf } from "./sort-param";

const columns = ["name", "members"];

describe("the sort in the URL", () => {
  it("reads a column ascending, or descending with a leading minus", () => {
    expect(parseSortParam("name", columns)).toEqual([{ id: "name", desc: false }]);
    expect(parseSortParam("-members", columns)).toEqual([{ id: "members", desc: true }]);
  });

  it("reads an unknown or empty column as unsorted", () => {
    expect(parseSortParam("email", columns)).toEqual([]);
    expect(parseSortParam("-", columns)).toEqual([]);
    expect(parseSortParam("", columns)).toEqual([]);
  });

  it("writes what it reads back, and nothing for unsorted", () => {
    for (const text of ["name", "-name", "members", "-members"]) expect(sortParamOf(parseSortParam(text, columns))).toBe(text);
    expect(sortParamOf([])).toBeNull();
  });
});
