import { connect, type Socket } from "node:net";
import { ProbeStepError, errorCode, errorMessage } from "@/lib/probes/probe-step-error";
import type { StepOutcome } from "@/lib/probes/step-runner";

/** Opens a TCP connection to the address the DNS step checked; destroys it if the step is aborted. */
export function connectTcp(address: string, port: number, signal: AbortSignal): Promise<StepOutcome<Socket>> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port });
    const onAbort = () => socket.destroy();
    signal.addEventListener("abort", onAbort, { once: true });

    socket.once("connect", () => {
      signal.removeEventListener("abort", onAbort);
      socket.removeAllListeners("error");
      // Later errors (a reset mid-handshake) are reported by the step that is then running.
      socket.on("error", () => undefined);
      resolve({ status: "ok", value: socket, detail: `Connected to ${address}:${port}`, data: { address, port } });
    });
    socket.once("error", (error) => {
      signal.removeEventListener("abort", onAbort);
      socket.destroy();
      const refused = errorCode(error) === "ECONNREFUSED";
      reject(
        new ProbeStepError(
          refused ? "connection_refused" : "connection_error",
          refused ? `${address}:${port} refused the connection` : `Connecting to ${address}:${port} failed: ${errorMessage(error)}`,
          { address, port },
        ),
      );
    });
  });
}
