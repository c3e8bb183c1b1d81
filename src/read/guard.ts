// Outbound fetches never reach this machine or its private network unless the operator configured such a source:
// every hop's host is resolved and refused when an address is loopback, private, link-local or a metadata address.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) PRIVATE.addSubnet(net, bits, "ipv6");

/** True for loopback, private (RFC 1918, ULA), link-local (169.254/16, the cloud metadata address, fe80::/10), CGNAT and the like. */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return PRIVATE.check(mapped, "ipv4");
  const family = isIP(ip);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return PRIVATE.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/** Every address `host` resolves to (an IP literal is itself). */
export async function resolveHost(host: string): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIP(bare)) return [bare];
  const found = await lookup(bare, { all: true, verbatim: true });
  return found.map((a) => a.address);
}

export interface Guard {
  /** Resolves with nothing when `url` may be fetched; throws with the reason otherwise. */
  check(url: string): Promise<void>;
}

/**
 * The guard for one source: a configured URL that itself resolves to a private address (a feed on the operator's own
 * network) may go there; any other source may not, on any hop of its redirects.
 */
export async function guardFor(configured: string, options: { resolve?: (host: string) => Promise<string[]>; isPrivate?: (ip: string) => boolean } = {}): Promise<Guard> {
  const resolve = options.resolve ?? resolveHost;
  const isPrivate = options.isPrivate ?? isPrivateAddress;
  const privateHops = async (url: string) => (await resolve(new URL(url).hostname)).filter(isPrivate);
  const allowed = (await privateHops(configured).catch(() => [])).length > 0;
  return {
    async check(url) {
      if (allowed) return;
      const hits = await privateHops(url);
      if (hits.length > 0) throw new Error(`refused: ${new URL(url).host} resolves to a private or local address (${hits[0]}); only a source configured with such an address may be read from one`);
    },
  };
}
