import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "./read-json-body";

const readJsonWithinLimit = (req: Request, maxBytes: number) => readJsonBody(req, { required: true, maxBytes });

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/ingest/events", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

function stream(chunks: string[], pulled: { count: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      pulled.count += 1;
      if (next < chunks.length) controller.enqueue(encoder.encode(chunks[next++]));
      else controller.close();
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJsonBody", () => {
  it("parses a body up to the limit, whole or in chunks", async () => {
    expect(await readJsonWithinLimit(post('{"events":[1]}'), 14)).toEqual({ events: [1] });
    expect(await readJsonWithinLimit(post(stream(['{"a":', '"é"}'], { count: 0 })), 100)).toEqual({ a: "é" });
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const pulled = { count: 0 };
    const request = post(stream(["{}"], pulled), { "content-length": "5000" });
    expect((await failure(readJsonWithinLimit(request, 4_096))).status).toBe(413);
    expect(pulled.count).toBeLessThanOrEqual(1); // a stream may pre-pull once when created; nothing is consumed
  });

  it("stops reading once the bytes received pass the limit, whatever the header said", async () => {
    const pulled = { count: 0 };
    const chunks = Array.from({ length: 100 }, () => "x".repeat(1_000));
    const error = await failure(readJsonWithinLimit(post(stream(chunks, pulled)), 4_096));
    expect(error).toMatchObject({ code: "payload_too_large", status: 413 });
    expect(pulled.count).toBeLessThan(10);
  });

  it("counts bytes, not characters", async () => {
    const body = JSON.stringify({ name: "é".repeat(10) }); // 20 bytes of é
    expect((await failure(readJsonWithinLimit(post(body), body.length))).status).toBe(413);
  });

  it("answers 400 for empty bodies, malformed JSON and invalid UTF-8", async () => {
    for (const body of ["", "   ", '{"events": [', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const error = await failure(readJsonWithinLimit(post(body), 1_000));
      expect(error).toMatchObject({ code: "bad_request", status: 400 });
    }
  });

  it("reads a missing or blank optional body as undefined", async () => {
    expect(await readJsonBody(new Request("http://localhost/x", { method: "POST" }), { required: false, maxBytes: 100 })).toBeUndefined();
    expect(await readJsonBody(post("  "), { required: false, maxBytes: 100 })).toBeUndefined();
  });

  it("answers 415 for a body that is not sent as application/json", async () => {
    const textPlain = new Request("http://localhost/x", { method: "POST", body: '{"a":1}', headers: { "content-type": "text/plain" } });
    expect(await failure(readJsonBody(textPlain, { required: true, maxBytes: 100 }))).toMatchObject({ code: "unsupported_media_type", status: 415 });
    const untyped = new Request("http://localhost/x", { method: "POST", body: new TextEncoder().encode('{"a":1}') });
    expect((await failure(readJsonBody(untyped, { required: false, maxBytes: 100 }))).status).toBe(415);
    const withCharset = post('{"a":1}', { "content-type": "application/json; charset=utf-8" });
    expect(await readJsonBody(withCharset, { required: true, maxBytes: 100 })).toEqual({ a: 1 });
  });
});
