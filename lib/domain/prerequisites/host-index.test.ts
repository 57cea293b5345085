import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listContainsHost } from "@/lib/domain/hosts";
import { hostIndexFor } from "@/lib/domain/prerequisites/host-index";

const hostPort = fc.record({
  host: fc.constantFrom("mail.corp.example", "ews.corp.example", "10.1.2.3"),
  port: fc.constantFrom(443, 8443, 25),
});
const entry = fc
  .record({ target: hostPort, upper: fc.boolean(), dot: fc.boolean() })
  .map(({ target, upper, dot }) => `${upper ? target.host.toUpperCase() : target.host}${dot ? "." : ""}:${target.port}`);

describe("hostIndexFor", () => {
  it("answers exactly as listContainsHost does", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), hostPort, (list, target) => {
        return hostIndexFor(list).has(target) === listContainsHost(list, `${target.host}:${target.port}`);
      }),
    );
  });

  it("lists the ports a host appears with, once each", () => {
    const index = hostIndexFor(["mail.corp.example:8443", "MAIL.corp.example:25", "mail.corp.example.:8443"]);
    expect(index.portsFor("mail.corp.example")).toEqual([8443, 25]);
    expect(index.portsFor("other.corp.example")).toEqual([]);
  });

  it("reuses the index for the same unchanged list, and rebuilds it after an in-place edit", () => {
    const list = ["mail.corp.example:443"];
    const first = hostIndexFor(list);
    expect(hostIndexFor(list)).toBe(first);

    list.push("ews.corp.example:443");
    const second = hostIndexFor(list);
    expect(second).not.toBe(first);
    expect(second.has({ host: "ews.corp.example", port: 443 })).toBe(true);
  });

  it("skips invalid entries instead of throwing", () => {
    expect(hostIndexFor(["not a host", "mail.corp.example:443"]).has({ host: "mail.corp.example", port: 443 })).toBe(true);
  });
});
