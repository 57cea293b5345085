import { request } from "node:https";
import type { TLSSocket } from "node:tls";
import { classifyEwsResponse, type EwsResponse } from "@/lib/probes/ews-classify";
import { ProbeStepError, errorMessage } from "@/lib/probes/probe-step-error";
import type { StepOutcome } from "@/lib/probes/step-runner";
import type { HostPort } from "@/lib/probes/types";

export const EWS_PATH = "/EWS/Exchange.asmx";
const MAX_BODY_BYTES = 64 * 1024;

/**
 * A read-only SOAP request carrying no credentials: Exchange answers it with 401 and its
 * authentication schemes; a front end that pre-authenticates answers with SOAP; a proxy or
 * login page answers with HTML. None of these changes anything on the server.
 */
const PROBE_ENVELOPE =
  '<?xml version="1.0" encoding="utf-8"?>' +
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" ' +
  'xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">' +
  '<soap:Header><t:RequestServerVersion Version="Exchange2013"/></soap:Header>' +
  '<soap:Body><m:GetServerTimeZones ReturnFullTimeZoneData="false"/></soap:Body>' +
  "</soap:Envelope>";

/** POSTs the probe envelope over the already verified TLS socket (no second DNS lookup or connection). */
function postProbe(socket: TLSSocket, target: HostPort, signal: AbortSignal): Promise<EwsResponse> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.host,
      port: target.port,
      path: EWS_PATH,
      method: "POST",
      headers: {
        "content-type": "text/xml; charset=utf-8",
        "content-length": Buffer.byteLength(PROBE_ENVELOPE),
        "user-agent": "RichPushConsole-ConnectivityTest/1",
        connection: "close",
      },
      createConnection: () => socket,
    });
    const onAbort = () => req.destroy();
    signal.addEventListener("abort", onAbort, { once: true });

    req.once("error", (error) => {
      signal.removeEventListener("abort", onAbort);
      reject(new ProbeStepError("connection_error", `The connection failed before an HTTP answer: ${errorMessage(error)}`));
    });
    req.once("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        signal.removeEventListener("abort", onAbort);
        const headers = Object.fromEntries(Object.entries(res.headersDistinct).map(([name, values]) => [name, values ?? []]));
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        req.destroy();
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY_BYTES) finish(); // enough to classify; do not download a whole page
      });
      res.once("end", finish);
      res.once("error", finish);
    });
    req.end(PROBE_ENVELOPE);
  });
}

export async function ewsRequestStep(socket: TLSSocket, target: HostPort, signal: AbortSignal): Promise<StepOutcome<null>> {
  const response = await postProbe(socket, target, signal);
  const verdict = classifyEwsResponse(response);
  return verdict.ok
    ? { status: "ok", value: null, detail: verdict.detail, data: verdict.data }
    : { status: "failed", reason: verdict.reason, detail: verdict.detail, data: verdict.data };
}
