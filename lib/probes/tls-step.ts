import { isIP, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { ProbeStepError, errorMessage } from "@/lib/probes/probe-step-error";
import type { StepOutcome } from "@/lib/probes/step-runner";
import { classifyCertificate } from "@/lib/probes/tls-certificate";
import { trustStoreFor } from "@/lib/probes/trust-store";

/**
 * TLS handshake over the connected socket. It never rejects a certificate itself
 * (rejectUnauthorized: false) so it can name what is wrong; a certificate problem comes back as
 * a failed step that still carries the socket, because with Accept all SSL certificates on the
 * app goes on to talk to Exchange anyway.
 */
export function tlsHandshake(
  socket: Socket,
  host: string,
  caBundlePem: string | null | undefined,
  signal: AbortSignal,
): Promise<StepOutcome<TLSSocket>> {
  const secureContext = trustStoreFor(caBundlePem);
  return new Promise((resolve, reject) => {
    const tlsSocket = tlsConnect({
      socket,
      servername: isIP(host) ? undefined : host, // SNI must be a name, never an IP literal
      secureContext,
      rejectUnauthorized: false,
      // The host is checked in classifyCertificate, so authorizationError only describes the chain.
      checkServerIdentity: () => undefined,
    });
    const onAbort = () => tlsSocket.destroy();
    signal.addEventListener("abort", onAbort, { once: true });

    const fail = (detail: string) => {
      signal.removeEventListener("abort", onAbort);
      tlsSocket.destroy();
      reject(new ProbeStepError("handshake_failed", detail));
    };
    tlsSocket.once("error", (error) => fail(`TLS handshake with ${host} failed: ${errorMessage(error)}`));
    tlsSocket.once("close", () => fail(`${host} closed the connection during the TLS handshake`));

    tlsSocket.once("secureConnect", () => {
      signal.removeEventListener("abort", onAbort);
      tlsSocket.removeAllListeners("error").removeAllListeners("close");
      tlsSocket.on("error", () => undefined); // the next step listens for its own failures
      const certificate = tlsSocket.getPeerCertificate();
      const protocol = tlsSocket.getProtocol();
      const cipher = tlsSocket.getCipher()?.name ?? null;
      if (!certificate?.valid_to) {
        resolve({ status: "failed", reason: "invalid_certificate", detail: `${host} sent no certificate`, data: { protocol, cipher }, value: tlsSocket });
        return;
      }
      const chainError = tlsSocket.authorizationError ? String(tlsSocket.authorizationError) : null;
      const verdict = classifyCertificate({ host, protocol, cipher, chainError, certificate });
      resolve(
        verdict.reason
          ? { status: "failed", reason: verdict.reason, detail: verdict.detail, data: verdict.data, value: tlsSocket }
          : { status: "ok", value: tlsSocket, detail: verdict.detail, data: verdict.data },
      );
    });
  });
}
