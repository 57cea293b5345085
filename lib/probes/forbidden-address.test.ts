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
    ["not-an-ip", "not an IP address"],
    ["1::2::3", "not an IP address"],
    ["256.1.1.1", "not an IP address"],
  ])("refuses %s: %s", (ip, reason) => {
    expect(forbiddenAddressReason(ip)).toBe(reason);
    expect(isForbiddenAddress(ip)).toBe(true);
  });

  it.each(["127.0.0.1", "10.0.0.5", "192.168.1.10", "172.16.0.1", "8.8.8.8", "169.255.0.1", "::1", "fec0::1", "fd00:ec2::253", "2001:db8::1", "::ffff:10.0.0.1"])(
    "allows %s (loopback and private networks are where Exchange often lives)",
    (ip) => {
      expect(isForbiddenAddress(ip)).toBe(false);
    },
  );

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
        fc.pre(!ip.startsWith("169.254.") && !ip.startsWith("0."));
        return !isForbiddenAddress(ip);
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
