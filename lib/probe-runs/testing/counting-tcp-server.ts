import { createServer, type Socket } from "node:net";
import type { RunningServer } from "@/lib/probes/testing/loopback-servers";

/** A loopback TCP server that only counts the connections it accepts: proof that nothing connected. */
export async function startCountingTcpServer(): Promise<RunningServer & { connections(): number }> {
  let count = 0;
  const open = new Set<Socket>();
  const server = createServer((socket) => {
    count += 1;
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {
    port: address.port,
    connections: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
