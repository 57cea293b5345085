import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listContainsHost, normalizeHostPort, parseHostPort, sameHostPort } from "@/lib/domain/hosts";

// Letter-first labels, so a generated name is never mistaken for an (invalid) IPv4 address.
const label = fc.stringMatching(/^[a-z](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const hostName = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join("."));
const port = fc.integer({ min: 1, max: 65535 });

/** Ways an admin may write the same host:port: any case, optional trailing dot, 443 left implicit. */
function spelling(host: string, portNumber: number) {
  return fc
    .record({ cased: fc.mixedCase(fc.constant(host)), trailingDot: fc.boolean(), omitPort: fc.boolean() })
    .map(({ cased, trailingDot, omitPort }) => {
      const name = trailingDot ? `${cased}.` : cased;
      return portNumber === 443 && omitPort ? name : `${name}:${portNumber}`;
    });
}

const hostPort = fc.record({ host: hostName, port: fc.oneof(fc.constant(443), port) });

describe("parseHostPort", () => {
  it("normalises case and a trailing dot, defaulting the port to 443", () => {
    expect(parseHostPort("Mail.Corp.Example.")).toEqual({ host: "mail.corp.example", port: 443 });
    expect(parseHostPort(" mail.corp.example:8443 ")).toEqual({ host: "mail.corp.example", port: 8443 });
    expect(parseHostPort("10.0.0.7:25")).toEqual({ host: "10.0.0.7", port: 25 });
  });

  it.each(["", ":443", "mail.corp.example:", "mail.corp.example:0", "mail.corp.example:65536", "mail corp", "-mail.corp", "300.1.1.1"])(
    "rejects %j",
    (text) => {
      expect(parseHostPort(text)).toBeNull();
    },
  );

  it("writes the normal form with the port explicit", () => {
    expect(normalizeHostPort("MAIL.corp.example.")).toBe("mail.corp.example:443");
  });
});

describe("sameHostPort", () => {
  it("treats case, a trailing dot and an implicit 443 as the same host", () => {
    fc.assert(
      fc.property(
        hostPort.chain(({ host, port: p }) => fc.tuple(spelling(host, p), spelling(host, p))),
        ([a, b]) => sameHostPort(a, b),
      ),
    );
  });

  it("is symmetric, for valid and invalid values alike", () => {
    const value = fc.oneof(fc.string(), hostPort.chain(({ host, port: p }) => spelling(host, p)));
    fc.assert(fc.property(value, value, (a, b) => sameHostPort(a, b) === sameHostPort(b, a)));
  });

  it("never matches the same host on different ports", () => {
    fc.assert(
      fc.property(hostName, port, port, (host, p1, p2) => {
        fc.pre(p1 !== p2);
        return !sameHostPort(`${host}:${p1}`, `${host.toUpperCase()}.:${p2}`);
      }),
    );
    expect(sameHostPort("mail.corp.example", "mail.corp.example:8443")).toBe(false);
  });

  it("never matches different hosts", () => {
    fc.assert(
      fc.property(hostName, hostName, port, (a, b, p) => {
        fc.pre(a !== b);
        return !sameHostPort(`${a}:${p}`, `${b}:${p}`);
      }),
    );
  });

  it("matches nothing when a value is invalid", () => {
    expect(sameHostPort("not a host", "not a host")).toBe(false);
  });
});

describe("listContainsHost", () => {
  it("finds a host written any equivalent way among other entries", () => {
    fc.assert(
      fc.property(
        fc.array(hostPort, { maxLength: 5 }),
        hostPort.chain(({ host, port: p }) => fc.tuple(fc.constant(`${host}:${p}`), spelling(host, p))),
        fc.nat(),
        (others, [entry, lookup], at) => {
          const list = others.map(({ host, port: p }) => `${host}:${p}`);
          list.splice(at % (list.length + 1), 0, entry);
          return listContainsHost(list, lookup);
        },
      ),
    );
  });

  it("does not find a host missing from the list", () => {
    expect(listContainsHost(["mail.corp.example:8443", "intranet.corp.example:443"], "mail.corp.example")).toBe(false);
    expect(listContainsHost([], "mail.corp.example")).toBe(false);
  });
});
