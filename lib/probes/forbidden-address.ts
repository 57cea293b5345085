/**
 * Addresses a probe must never connect to, whatever name led there: link-local ranges and cloud
 * metadata services, where a probe could read instance credentials. Private and loopback
 * addresses stay allowed: Exchange and gateways often live on private networks.
 * IPv6 forms that carry an IPv4 address to a translator or relay (IPv4-mapped and -compatible,
 * NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address they reach. Not covered:
 * the local-use NAT64 prefix 64:ff9b:1::/48 and operators' own NAT64 prefixes (where the IPv4
 * address sits depends on a prefix length only the network knows) and Teredo (2001::/32).
 * Pure (no node:net) so the settings form can warn on IP literals too.
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(text: string): number[] | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail allowed), or null. */
function parseIpv6(text: string): number[] | null {
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".")) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const toGroups = (part: string | undefined) => (part ? part.split(":") : []);
  const left = toGroups(halves[0]);
  const right = toGroups(halves[1]);
  if (![...left, ...right].every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const known = left.length + right.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const zeros = new Array<number>(8 - known).fill(0);
  return [...left.map((g) => parseInt(g, 16)), ...zeros, ...right.map((g) => parseInt(g, 16)), ...tail];
}

/** Single addresses of cloud platforms' instance services, outside 169.254.0.0/16. */
const PLATFORM_ADDRESSES: Record<string, string> = {
  "100.100.100.200": "the Alibaba Cloud metadata service address (100.100.100.200)",
  "168.63.129.16": "the Azure platform address (168.63.129.16: WireServer, Azure DNS and health probes)",
};

function ipv4Reason(octets: number[]): string | null {
  const [a, b, c, d] = octets;
  if (a === 0) return "an unspecified ('this network') address";
  if (a === 169 && b === 254) {
    return c === 169 && d === 254 ? "the cloud metadata service address" : "a link-local address (169.254.0.0/16)";
  }
  return PLATFORM_ADDRESSES[octets.join(".")] ?? null;
}

const groupsToIpv4 = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff];

/**
 * NAT64 and 6to4 addresses reach the IPv4 address inside them, so they are refused exactly when
 * that address is. Not the whole ranges: on IPv6-only networks DNS64 answers 64:ff9b::a.b.c.d
 * for every IPv4-only name, so refusing the range would refuse every Exchange server there.
 */
function embeddedIpv4Reason(groups: number[]): string | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const why = ipv4Reason(groupsToIpv4(g6, g7));
    return why && `${why}, reached through NAT64 (64:ff9b::/96)`;
  }
  if (g0 === 0x2002) {
    const why = ipv4Reason(groupsToIpv4(g1, g2));
    return why && `${why}, reached through 6to4 (2002::/16)`;
  }
  return null;
}

/** Why `ip` must not be contacted, or null when it may be. Anything that is not an IP address is refused. */
export function forbiddenAddressReason(ip: string): string | null {
  const address = ip.trim().replace(/%.*$/, ""); // drop an IPv6 zone id such as %eth0
  const v4 = parseIpv4(address);
  if (v4) return ipv4Reason(v4);

  const groups = parseIpv6(address);
  if (!groups) return "not an IP address";
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms reach the IPv4 address.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0) && (g6 !== 0 || g5 === 0xffff)) {
    return ipv4Reason(groupsToIpv4(g6, g7));
  }
  const embedded = embeddedIpv4Reason(groups);
  if (embedded) return embedded;
  if (groups.every((group) => group === 0)) return "the unspecified address (::)";
  if ((g0 & 0xffc0) === 0xfe80) return "a link-local address (fe80::/10)";
  if (g0 === 0xfd00 && g1 === 0x0ec2 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254) {
    return "the cloud metadata service address (fd00:ec2::254)";
  }
  return null;
}

export function isForbiddenAddress(ip: string): boolean {
  return forbiddenAddressReason(ip) !== null;
}
