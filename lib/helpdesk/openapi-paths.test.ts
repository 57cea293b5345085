import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

describe("helpdesk API in the OpenAPI document", () => {
  const paths = openApiDocument().paths;

  it.each(["/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/{id}/events", "/api/v1/users/{id}/diagnosis"])(
    "documents GET %s with its refusals and the field-naming 422",
    (path) => {
      const get = paths[path]?.get;
      expect(get?.tags).toEqual(["helpdesk"]);
      expect(Object.keys(get?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "403", "422"]));
    },
  );

  it("says that viewing a user is audited", () => {
    expect(paths["/api/v1/users/{id}"]?.get?.description).toMatch(/directory\.user_view/);
  });
});
