import { Duplex } from "node:stream";
import { describe, expect, it } from "vitest";
import { encodeConnectRequest, encodeGreeting, socks5Connect } from "@/lib/probes/socks5-client";

/** A stream that answers each write with the next scripted reply, like a SOCKS5 server would. */
function scriptedPeer(replies: Buffer[]): Duplex {
  const peer: Duplex = new Duplex({
    read() {},
    write(_chunk, _encoding, done) {
      const reply = replies.shift();
      if (reply) setImmediate(() => peer.push(reply));
      else setImmediate(() => peer.push(null));
      done();
    },
  });
  return peer;
}

const never = new AbortController().signal;

describe("SOCKS5 encoding", () => {
  it("offers only the no-authentication method", () => {
    expect([...encodeGreeting()]).toEqual([0x05, 0x01, 0x00]);
  });

  it("sends names as domain names, for the gateway to resolve", () => {
    expect([...encodeConnectRequest({ host: "mail.corp", port: 443 })]).toEqual([
      0x05, 0x01, 0x00, 0x03, 9, ...Buffer.from("mail.corp"), 0x01, 0xbb,
    ]);
  });

  it("sends IPv4 literals as addresses", () => {
    expect([...encodeConnectRequest({ host: "10.0.0.7", port: 8443 })]).toEqual([0x05, 0x01, 0x00, 0x01, 10, 0, 0, 7, 0x20, 0xfb]);
  });
});

describe("socks5Connect", () => {
  it("reads a domain-name bound address", async () => {
    const bound = Buffer.from([0x05, 0x00, 0x00, 0x03, 2, ...Buffer.from("gw"), 0x04, 0x38]);
    const peer = scriptedPeer([Buffer.from([0x05, 0x00]), bound]);

    const outcome = await socks5Connect(peer, { host: "mail.corp", port: 443 }, never);

    expect(outcome).toMatchObject({ status: "ok", data: { boundAddress: "gw", boundPort: 1080 } });
  });

  it("a peer that is not SOCKS5 (an HTTP answer) is a bad reply", async () => {
    const peer = scriptedPeer([Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n")]);

    await expect(socks5Connect(peer, { host: "mail.corp", port: 443 }, never)).rejects.toMatchObject({ reason: "socks5_bad_reply" });
  });

  it("a method the client did not offer is a rejected method", async () => {
    const peer = scriptedPeer([Buffer.from([0x05, 0x02])]);

    await expect(socks5Connect(peer, { host: "mail.corp", port: 443 }, never)).rejects.toMatchObject({
      reason: "socks5_method_rejected",
      message: "The gateway chose method 0x02, which was not offered",
    });
  });

  it("a peer that closes without answering gives no answer", async () => {
    const peer = scriptedPeer([]);

    await expect(socks5Connect(peer, { host: "mail.corp", port: 443 }, never)).rejects.toMatchObject({ reason: "socks5_no_answer" });
  });
});
