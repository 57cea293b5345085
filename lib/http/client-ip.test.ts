import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For when no proxy is trusted: a client can write anything there", () => {
    expect(clientIpFrom("198.51.100.9", 0)).toBeNull();
  });

  it("believes only the entry the trusted proxies appended, never the client's first entry", () => {
    // The client forged "10.0.0.1"; the one trusted proxy appended the address it really saw.
    expect(clientIpFrom("10.0.0.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIpFrom("10.0.0.1, 203.0.113.7, 192.0.2.10", 2)).toBe("203.0.113.7");
  });

  it("gives null when the chain is shorter than the trusted hops or the entry is not an address", () => {
    expect(clientIpFrom("203.0.113.7", 2)).toBeNull();
    expect(clientIpFrom("10.0.0.1, not-an-ip", 1)).toBeNull();
    expect(clientIpFrom(null, 1)).toBeNull();
  });

  it("reads IPv6 and entries with ports", () => {
    expect(clientIpFrom("2001:db8::1", 1)).toBe("2001:db8::1");
    expect(clientIpFrom("[2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(clientIpFrom("203.0.113.7:51234", 1)).toBe("203.0.113.7");
  });
});
