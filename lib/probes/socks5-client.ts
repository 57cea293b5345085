import { isIP } from "node:net";
import type { Duplex } from "node:stream";
import { createByteReader, type ByteReader } from "@/lib/probes/byte-reader";
import { ProbeStepError, errorMessage } from "@/lib/probes/probe-step-error";
import type { StepOutcome } from "@/lib/probes/step-runner";
import type { HostPort } from "@/lib/probes/types";

/** A minimal SOCKS5 client (RFC 1928): no-auth greeting, then one CONNECT; nothing is sent through the tunnel. */

const VERSION = 0x05;
const NO_AUTH = 0x00;
const NO_ACCEPTABLE_METHOD = 0xff;
const CONNECT = 0x01;
const ADDRESS_IPV4 = 0x01;
const ADDRESS_DOMAIN = 0x03;
const ADDRESS_IPV6 = 0x04;

export const SOCKS5_REPLY_MEANINGS: Record<number, string> = {
  0x01: "general SOCKS server failure",
  0x02: "connection not allowed by ruleset",
  0x03: "network unreachable",
  0x04: "host unreachable",
  0x05: "connection refused by the destination",
  0x06: "TTL expired",
  0x07: "command not supported",
  0x08: "address type not supported",
};

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, "0")}`;

export function encodeGreeting(): Buffer {
  return Buffer.from([VERSION, 1, NO_AUTH]);
}

/** CONNECT to an IPv4 literal or a name (settings hold no IPv6 literals), so the gateway resolves names itself. */
export function encodeConnectRequest(destination: HostPort): Buffer {
  const port = Buffer.alloc(2);
  port.writeUInt16BE(destination.port);
  if (isIP(destination.host) === 4) {
    const octets = destination.host.split(".").map(Number);
    return Buffer.concat([Buffer.from([VERSION, CONNECT, 0x00, ADDRESS_IPV4, ...octets]), port]);
  }
  const name = Buffer.from(destination.host, "ascii");
  if (name.length > 255) throw new ProbeStepError("internal_error", `${destination.host} is too long for SOCKS5`);
  return Buffer.concat([Buffer.from([VERSION, CONNECT, 0x00, ADDRESS_DOMAIN, name.length]), name, port]);
}

async function readBoundAddress(reader: ByteReader, addressType: number): Promise<{ address: string; port: number }> {
  let address: string;
  if (addressType === ADDRESS_IPV4) address = [...(await reader.read(4))].join(".");
  else if (addressType === ADDRESS_IPV6) address = (await reader.read(16)).toString("hex").replace(/(.{4})(?!$)/g, "$1:");
  else if (addressType === ADDRESS_DOMAIN) {
    const [length = 0] = await reader.read(1);
    address = (await reader.read(length)).toString("ascii");
  } else throw new ProbeStepError("socks5_bad_reply", `The gateway's reply has an unknown address type ${hex(addressType)}`);
  return { address, port: (await reader.read(2)).readUInt16BE(0) };
}

async function negotiate(stream: Duplex, reader: ByteReader, destination: HostPort): Promise<StepOutcome<null>> {
  const target = `${destination.host}:${destination.port}`;
  stream.write(encodeGreeting());
  const [version = 0, method = 0] = await reader.read(2);
  if (version !== VERSION) {
    throw new ProbeStepError("socks5_bad_reply", `The gateway did not answer as SOCKS5 (version byte ${hex(version)})`);
  }
  if (method === NO_ACCEPTABLE_METHOD) {
    throw new ProbeStepError("socks5_method_rejected", "The gateway accepts none of the offered methods (no authentication)", {
      method: hex(method),
    });
  }
  if (method !== NO_AUTH) {
    throw new ProbeStepError("socks5_method_rejected", `The gateway chose method ${hex(method)}, which was not offered`, {
      method: hex(method),
    });
  }

  stream.write(encodeConnectRequest(destination));
  const [replyVersion = 0, reply = 0, , addressType = 0] = await reader.read(4);
  if (replyVersion !== VERSION) {
    throw new ProbeStepError("socks5_bad_reply", `The gateway's CONNECT reply is not SOCKS5 (version byte ${hex(replyVersion)})`);
  }
  if (reply !== 0x00) {
    const meaning = SOCKS5_REPLY_MEANINGS[reply] ?? "unassigned reply code";
    throw new ProbeStepError("socks5_connect_refused", `The gateway refused CONNECT to ${target}: reply ${hex(reply)} (${meaning})`, {
      replyCode: reply,
      replyMeaning: meaning,
    });
  }
  const bound = await readBoundAddress(reader, addressType);
  return {
    status: "ok",
    value: null,
    detail: `The gateway accepted CONNECT to ${target}`,
    data: { destination: target, replyCode: 0, boundAddress: bound.address, boundPort: bound.port },
  };
}

/** Runs the SOCKS5 handshake on an open stream (plain TCP or TLS) and classifies how it ends. */
export async function socks5Connect(stream: Duplex, destination: HostPort, signal: AbortSignal): Promise<StepOutcome<null>> {
  const reader = createByteReader(stream);
  const onAbort = () => stream.destroy();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    return await negotiate(stream, reader, destination);
  } catch (error) {
    if (error instanceof ProbeStepError) throw error;
    throw new ProbeStepError("socks5_no_answer", `No SOCKS5 answer from the gateway: ${errorMessage(error)}`);
  } finally {
    signal.removeEventListener("abort", onAbort);
    reader.release();
  }
}
