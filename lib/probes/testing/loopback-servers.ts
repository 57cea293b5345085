import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer as createTcpServer, type Server, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { createServer as createTlsServer } from "node:tls";
import { createByteReader } from "@/lib/probes/byte-reader";
import type { TestCertificate } from "@/lib/probes/testing/test-certificates";

/** Real servers for the probe tests, bound to 127.0.0.1 only; every one is closed by `close()`. */

export type RunningServer = { port: number; close(): Promise<void> };

const LOOPBACK = "127.0.0.1";

/** Listens on a free loopback port; closing also destroys open connections so afterAll never waits on a client. */
async function serve(server: Server | HttpsServer): Promise<RunningServer> {
  const connections = new Set<Duplex>();
  server.on("connection", (socket: Socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of connections) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function closeAll(servers: RunningServer[]): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}

/** A port nothing listens on: bind, read the port, close. */
export async function closedPort(): Promise<number> {
  const server = await serve(createTcpServer());
  await server.close();
  return server.port;
}

/** Accepts TCP connections and never sends a byte: a firewall that swallows traffic, or a hung server. */
export function startSilentTcpServer(): Promise<RunningServer> {
  return serve(createTcpServer(() => undefined));
}

/** Completes TLS handshakes with `certificate`, then stays quiet (a gateway or push host without the protocol on top). */
export function startTlsServer(certificate: TestCertificate): Promise<RunningServer> {
  const server = createTlsServer({ key: certificate.key, cert: certificate.cert }, () => undefined);
  server.on("tlsClientError", () => undefined); // clients that reject the certificate are expected here
  return serve(server);
}

export type EwsRequestSeen = { method: string; path: string; host: string; body: string };
export type EwsAnswer = (req: IncomingMessage, res: ServerResponse) => void;

export const EWS_ANSWERS = {
  authenticating: (_req, res) => {
    res.writeHead(401, [
      ["WWW-Authenticate", "Negotiate"],
      ["WWW-Authenticate", "NTLM"],
      ["Content-Length", "0"],
    ]);
    res.end();
  },
  soap: (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/xml; charset=utf-8" });
    res.end(
      '<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">' +
        "<s:Body><GetServerTimeZonesResponse/></s:Body></s:Envelope>",
    );
  },
  html: (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end("<!DOCTYPE html><html><head><title>Sign in to Corp Portal</title></head><body>Please sign in</body></html>");
  },
} satisfies Record<string, EwsAnswer>;

/**
 * An HTTPS server standing in for Exchange; records what each request asked for.
 * `setCertificate` renews its certificate in place (same port), as a renewal on a real host does.
 */
export async function startEwsServer(
  certificate: TestCertificate,
  answer: EwsAnswer,
): Promise<RunningServer & { requests: EwsRequestSeen[]; setCertificate(next: TestCertificate): void }> {
  const requests: EwsRequestSeen[] = [];
  const server = createHttpsServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", path: req.url ?? "", host: req.headers.host ?? "", body });
      answer(req, res);
    });
  });
  server.on("tlsClientError", () => undefined);
  const setCertificate = (next: TestCertificate) => server.setSecureContext({ key: next.key, cert: next.cert });
  return { ...(await serve(server)), requests, setCertificate };
}

export type Socks5Behaviour = "accept" | "refuse_connect" | "reject_method" | "silent";

/** Serves one SOCKS5 exchange per connection, behaving as told; records each CONNECT destination. */
async function serveSocks5(stream: Duplex, behaviour: Socks5Behaviour, destinations: string[]): Promise<void> {
  if (behaviour === "silent") return;
  const reader = createByteReader(stream);
  try {
    const [, methodCount = 0] = await reader.read(2);
    await reader.read(methodCount);
    if (behaviour === "reject_method") {
      stream.end(Buffer.from([0x05, 0xff]));
      return;
    }
    stream.write(Buffer.from([0x05, 0x00]));
    const [, , , addressType] = await reader.read(4);
    let host: string;
    if (addressType === 0x01) host = [...(await reader.read(4))].join(".");
    else host = (await reader.read((await reader.read(1))[0] ?? 0)).toString("ascii");
    const port = (await reader.read(2)).readUInt16BE(0);
    destinations.push(`${host}:${port}`);
    const reply = behaviour === "accept" ? 0x00 : 0x02; // 0x02: connection not allowed by ruleset
    stream.write(Buffer.from([0x05, reply, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
  } catch {
    // the client went away mid-exchange; nothing to answer
  } finally {
    reader.release();
  }
}

/** A SOCKS5 server, plain or inside TLS (with `certificate`), as the gateway would run it. */
export async function startSocks5Server(
  behaviour: Socks5Behaviour,
  certificate?: TestCertificate,
): Promise<RunningServer & { destinations: string[] }> {
  const destinations: string[] = [];
  const handle = (stream: Duplex) => {
    stream.on("error", () => undefined);
    void serveSocks5(stream, behaviour, destinations);
  };
  const server = certificate
    ? createTlsServer({ key: certificate.key, cert: certificate.cert }, handle).on("tlsClientError", () => undefined)
    : createTcpServer(handle);
  return { ...(await serve(server)), destinations };
}
