import type { Duplex } from "node:stream";

export class StreamEndedError extends Error {
  constructor(readonly received: number) {
    super(received === 0 ? "the connection closed without an answer" : "the connection closed in the middle of an answer");
  }
}

export type ByteReader = {
  /** Resolves with exactly `count` bytes, or rejects when the stream ends or fails first. */
  read(count: number): Promise<Buffer>;
  /** Stops listening; later reads reject. */
  release(): void;
};

/** Reads a binary protocol (SOCKS5) from a stream in exact-length pieces. */
export function createByteReader(stream: Duplex): ByteReader {
  let buffered = Buffer.alloc(0);
  let ended: Error | null = null;
  let waiting: { count: number; resolve: (bytes: Buffer) => void; reject: (error: Error) => void } | null = null;

  const settle = () => {
    if (!waiting) return;
    if (buffered.length >= waiting.count) {
      const { count, resolve } = waiting;
      waiting = null;
      const bytes = buffered.subarray(0, count);
      buffered = buffered.subarray(count);
      resolve(bytes);
    } else if (ended) {
      const { reject } = waiting;
      waiting = null;
      reject(ended);
    }
  };
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    settle();
  };
  const onEnd = () => {
    ended ??= new StreamEndedError(buffered.length);
    settle();
  };
  const onError = (error: Error) => {
    ended ??= error;
    settle();
  };
  stream.on("data", onData).on("end", onEnd).on("close", onEnd).on("error", onError);

  return {
    read(count) {
      if (waiting) return Promise.reject(new Error("one read at a time"));
      return new Promise((resolve, reject) => {
        waiting = { count, resolve, reject };
        settle();
      });
    },
    release() {
      stream.off("data", onData).off("end", onEnd).off("close", onEnd).off("error", onError);
      ended ??= new Error("reader released");
      settle();
    },
  };
}
