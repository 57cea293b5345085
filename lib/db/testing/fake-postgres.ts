import { createServer, type Server, type Socket } from "node:net";

/**
 * A loopback server that speaks just enough of the PostgreSQL wire protocol to make the real
 * `pg` driver fail the way a real server does while it is down, restarting or stuck; the
 * driver builds its own error objects from these bytes.
 */
export type FakePostgresBehaviour =
  /** Answers the startup message with this FATAL error and closes, as a starting or stopping server does. */
  | { atStartup: { code: string; message: string } }
  /** Accepts the session, then answers the first query like this. */
  | { onQuery: "silent" | "close" | "reset" | { error: { code: string; message: string; fatal?: boolean } } }
  /** Accepts TCP and never answers, like a hung server or a dropped network. */
  | "silent";

/** `behave` changes how connections opened from then on are answered. */
export type FakePostgres = { url: string; behave(next: FakePostgresBehaviour): void; close(): Promise<void> };

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function errorResponse(code: string, text: string, severity: string): Buffer {
  const field = (key: string, value: string) => Buffer.from(`${key}${value}\0`, "utf8");
  return message("E", Buffer.concat([field("S", severity), field("V", severity), field("C", code), field("M", text), Buffer.from([0])]));
}

const AUTHENTICATION_OK = message("R", Buffer.from([0, 0, 0, 0]));
const READY_FOR_QUERY = message("Z", Buffer.from("I"));

function serve(socket: Socket, behaviour: FakePostgresBehaviour): void {
  socket.on("error", () => undefined);
  if (behaviour === "silent") return;
  let started = false;
  socket.on("data", () => {
    if (!started) {
      started = true; // the startup message (pg sends no SSLRequest without sslmode)
      if ("atStartup" in behaviour) {
        socket.end(errorResponse(behaviour.atStartup.code, behaviour.atStartup.message, "FATAL"));
        return;
      }
      socket.write(Buffer.concat([AUTHENTICATION_OK, READY_FOR_QUERY]));
      return;
    }
    if ("atStartup" in behaviour) return;
    const answer = behaviour.onQuery;
    if (answer === "silent") return;
    if (answer === "close") socket.end();
    else if (answer === "reset") socket.resetAndDestroy();
    else if (answer.error.fatal) socket.end(errorResponse(answer.error.code, answer.error.message, "FATAL"));
    else socket.write(Buffer.concat([errorResponse(answer.error.code, answer.error.message, "ERROR"), READY_FOR_QUERY]));
  });
}

export async function startFakePostgres(initial: FakePostgresBehaviour): Promise<FakePostgres> {
  let behaviour = initial;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serve(socket, behaviour);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fake server has no port");
  return {
    url: `postgresql://postgres@127.0.0.1:${address.port}/fake`,
    behave: (next) => (behaviour = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
