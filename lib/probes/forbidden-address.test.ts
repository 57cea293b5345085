import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forbiddenAddressReason, isForbiddenAddress } from "@/lib/probes/forbidden-address";

describe("isForbiddenAddress", () => {
  it.each([
    ["169.254.169.254", "the cloud metadata service address"],
    ["169.254.0.1", "a link-local address (169.254.0.0/16)"],
    ["0.0.0.0", "an unspecified ('this network') address"],
    ["fd00:ec2::254", "the cloud metadata service address (fd00:ec2::254)"],
    ["FD00:0EC2:0:0:0:0:0:254", "the cloud metadata service address (fd00:ec2::254)"],
    ["fe80::1", "a link-local address (fe80::/10)"],
    ["febf:ffff::1", "a link-local address (fe80::/10)"],
    ["fe80::1%eth0", "a link-local address (fe80::/10)"],
    ["::", "the unspecified address (::)"],
    ["::ffff:169.254.169.254", "the cloud metadata service address"],
    ["::ffff:a9fe:a9fe", "the cloud metadata service address"],
    ["::169.254.1.1", "a link-local address (169.254.0.0/16)"],
    ["100.100.100.200", "the Alibaba Cloud metadata service address (100.100.100.200)"],
    ["168.63.129.16", "the Azure platform address (168.63.129.16: WireServer, Azure DNS and health probes)"],
    ["::ffff:168.63.129.16", "the Azure platform address (168.63.129.16: WireServer, Azure DNS and health probes)"],
    ["64:ff9b::169.254.169.254", "the cloud metadata service address, reached through NAT64 (64:ff9b::/96)"],
    ["64:ff9b::a9fe:a9fe", "the cloud metadata service address, reached through NAT64 (64:ff9b::/96)"],
    ["64:ff9b::6464:64c8", "the Alibaba Cloud metadata service address (100.100.100.200), reached through NAT64 (64:ff9b::/96)"],
    ["64:ff9b::a9fe:1", "a link-local address (169.254.0.0/16), reached through NAT64 (64:ff9b::/96)"],
    ["2002:a9fe:a9fe::1", "the cloud metadata service address, reached through 6to4 (2002::/16)"],
    ["2002:a83f:8110:1::", "the Azure platform address (168.63.129.16: WireServer, Azure DNS and health probes), reached through 6to4 (2002::/16)"],
    ["2002::1", "an unspecified ('this network') address, reached through 6to4 (2002::/16)"],
    ["not-an-ip", "not an IP address"],
    ["1::2::3", "not an IP address"],
    ["256.1.1.1", "not an IP address"],
  ])("refuses %s: %s", (ip, reason) => {
    expect(forbiddenAddressReason(ip)).toBe(reason);
    expect(isForbiddenAddress(ip)).toBe(true);
  });

  it.each([
    "127.0.0.1", "10.0.0.5", "192.168.1.10", "172.16.0.1", "8.8.8.8", "169.255.0.1", "::1", "fec0::1", "fd00:ec2::253", "2001:db8::1",
    "::ffff:10.0.0.1", "100.100.100.201", "100.64.0.1", "168.63.129.17",
    // NAT64 and 6to4 of allowed IPv4 addresses: DNS64 networks reach every IPv4-only host this way.
    "64:ff9b::10.0.0.5", "64:ff9b::808:808", "2002:c0a8:10a::1",
  ])(
    "allows %s (loopback and private networks are where Exchange often lives)",
    (ip) => {
      expect(isForbiddenAddress(ip)).toBe(false);
    },
  );

  it("leaves the local-use NAT64 prefix alone: where its IPv4 address sits depends on the network's prefix length", () => {
    expect(isForbiddenAddress("64:ff9b:1::a9fe:a9fe")).toBe(false);
  });

  it("refuses every 169.254.0.0/16 address, written as IPv4 or IPv4-mapped IPv6", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (c, d) => {
        const v4 = `169.254.${c}.${d}`;
        return isForbiddenAddress(v4) && isForbiddenAddress(`::ffff:${v4}`);
      }),
    );
  });

  it("allows any other IPv4 address outside 0.0.0.0/8", () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        fc.pre(!ip.startsWith("169.254.") && !ip.startsWith("0.") && ip !== "100.100.100.200" && ip !== "168.63.129.16");
        return !isForbiddenAddress(ip);
      }),
    );
  });

  it("judges NAT64 and 6to4 addresses exactly as the IPv4 address inside them", () => {
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.constantFrom("169.254.169.254", "100.100.100.200", "168.63.129.16", "0.1.2.3")), fc.integer({ min: 1, max: 0xffff }), (ip, interfaceId) => {
        const [a = 0, b = 0, c = 0, d = 0] = ip.split(".").map(Number);
        const forbidden = isForbiddenAddress(ip);
        const nat64 = [`64:ff9b::${ip}`, `64:ff9b::${hex(a, b)}:${hex(c, d)}`, `0064:ff9b:0:0:0:0:${hex(a, b)}:${hex(c, d)}`];
        const sixToFour = `2002:${hex(a, b)}:${hex(c, d)}::${interfaceId.toString(16)}`;
        return [...nat64, sixToFour].every((address) => isForbiddenAddress(address) === forbidden);
      }),
    );
  });

  it("refuses every fe80::/10 address", () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const groups = ip.split(":");
        fc.pre(groups[0] !== "" && !ip.includes("."));
        const first = (0xfe80 | (parseInt(groups[0] ?? "0", 16) & 0x3f)).toString(16);
        return isForbiddenAddress([first, ...groups.slice(1)].join(":"));
      }),
    );
  });
});
