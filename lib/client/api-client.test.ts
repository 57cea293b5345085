import { afterEach, describe, expect, it, vi } from "vitest";
import { policiesContract } from "@/lib/policies/contract";
import { probesContract } from "@/lib/probe-runs/contract";
import { ApiError, apiUrl, callApi } from "./api-client";

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("callApi", () => {
  it("fills the contract's path parameters and query, and sends the body as JSON with the contract's method", async () => {
    const fetch = answer(200, { runs: [] });
    await callApi(probesContract.list, { params: { id: "a b" }, query: { limit: 10 } });
    expect(fetch.mock.calls[0]![0]).toBe("/api/v1/groups/a%20b/probes?limit=10");
    await callApi(policiesContract.revert, { params: { id: "g", revisionId: "r" }, headers: { "if-match": '"3"' }, body: { comment: "back" } });
    const [url, init] = fetch.mock.calls[1]!;
    expect(url).toBe("/api/v1/groups/g/revisions/r/revert");
    expect(init).toMatchObject({ method: "POST", body: '{"comment":"back"}', headers: { "content-type": "application/json", "if-match": '"3"' } });
  });

  it("turns an ErrorBody into an ApiError with its code, fields and details", async () => {
    answer(412, { error: { code: "precondition_failed", message: "stale", details: { current: { version: 4 } } } });
    const error = await callApi(policiesContract.getGroup, { params: { id: "g" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: "precondition_failed", message: "stale", details: { current: { version: 4 } } });
  });

  it("reports an answer that is not an ErrorBody by its status and text", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502 })));
    await expect(callApi(policiesContract.listGroups)).rejects.toMatchObject({ status: 502, code: "http_error" });
  });

  it("leaves out empty query values", () => {
    expect(apiUrl(policiesContract.importGroups, {}, { dryRun: undefined })).toBe("/api/v1/groups/import");
  });
});
