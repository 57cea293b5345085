import { describe, expect, it } from "vitest";
import { readNdjson } from "./read-ndjson";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readNdjson(streamOf(chunks))) out.push(value);
  return out;
}

describe("readNdjson", () => {
  it("yields one value per line, however the chunks split them", async () => {
    expect(await collect(['{"a":1}\n{"b"', ':2}\n\n{"c":', "3}\n"])).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it("keeps a multi-byte character split across chunks, and reads a last line without a newline", async () => {
    const bytes = new TextEncoder().encode('{"t":"→"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 7));
        controller.enqueue(bytes.slice(7));
        controller.close();
      },
    });
    const out: unknown[] = [];
    for await (const value of readNdjson(stream)) out.push(value);
    expect(out).toEqual([{ t: "→" }]);
  });
});
