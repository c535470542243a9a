import { BlockList, isIPv4, isIPv6 } from 'node:net'

/**
 * Who the client is, the way Express's `trust proxy`, nginx's `real_ip` and Rails do it: the
 * connection's own address, unless that is a proxy named in TRUSTED_PROXIES; then `X-Forwarded-For`
 * is read right to left, skipping proxies we trust, and the first address that is not one is the
 * client. Entries a client wrote (anything left of what our proxies appended) are never reached.
 */

/**
 * An address as one canonical literal, so that one client is one key: brackets and zone dropped,
 * IPv6 compressed and lower-case, IPv4-mapped IPv6 (`::ffff:127.0.0.1`) as the IPv4 it is;
 * undefined if it is no address.
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let address = raw?.trim()
  if (!address) return undefined
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1)
  address = address.replace(/%[\w.-]+$/, '')
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return undefined
  // The URL parser writes IPv6 in its canonical form (RFC 5952), a mapped IPv4 as two hex groups.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical)
  if (!mapped) return canonical
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

type ProxyEntry = { address: string; family: 'ipv4' | 'ipv6'; prefix?: number }

/** One TRUSTED_PROXIES entry (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`), or undefined if it is not an address or CIDR range. */
export function parseProxyEntry(entry: string): ProxyEntry | undefined {
  const [rawAddress, rawPrefix, ...extra] = entry.trim().split('/')
  if (extra.length > 0) return undefined
  const address = normalizeAddress(rawAddress)
  if (!address) return undefined
  const family = isIPv4(address) ? 'ipv4' : 'ipv6'
  if (rawPrefix === undefined) return { address, family }
  const max = family === 'ipv4' ? 32 : 128
  if (!/^\d{1,3}$/.test(rawPrefix) || Number(rawPrefix) > max) return undefined
  return { address, family, prefix: Number(rawPrefix) }
}

export const PROXY_ENTRY_EXAMPLE = 'an IP address or CIDR range such as 127.0.0.1, 10.0.0.0/8, ::1 or fd00::/8'

export class TrustedProxies {
  private readonly list = new BlockList()
  readonly size: number

  /** Entries must have passed parseProxyEntry (lib/config/env.ts validates TRUSTED_PROXIES with it). */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const parsed = parseProxyEntry(entry)
      if (!parsed) throw new Error(`Not ${PROXY_ENTRY_EXAMPLE}: ${JSON.stringify(entry)}`)
      if (parsed.prefix === undefined) this.list.addAddress(parsed.address, parsed.family)
      else this.list.addSubnet(parsed.address, parsed.prefix, parsed.family)
    }
    this.size = entries.length
  }

  trusts(address: string | undefined): boolean {
    const normalized = normalizeAddress(address)
    if (!normalized || this.size === 0) return false
    return this.list.check(normalized, isIPv4(normalized) ? 'ipv4' : 'ipv6')
  }
}

/** Every `X-Forwarded-For` entry in order, however many headers carried them. */
function forwardedEntries(forwardedFor: string | string[] | undefined): string[] {
  const headers = Array.isArray(forwardedFor) ? forwardedFor : forwardedFor === undefined ? [] : [forwardedFor]
  return headers.flatMap((header) => header.split(','))
}

/**
 * The client's address for a connection from `socketAddress`. A forwarded entry that is no address
 * (`unknown`, empty, garbage) ends the walk at the last hop we know is real, a trusted proxy: the
 * client cannot choose that one. Only X-Forwarded-For is read; X-Real-IP is not, as it names one hop
 * and a client can send it.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = normalizeAddress(socketAddress)
  if (!client) return 'unknown'
  if (!trusted.trusts(client)) return client
  const entries = forwardedEntries(forwardedFor)
  for (let index = entries.length - 1; index >= 0; index--) {
    const hop = normalizeAddress(entries[index])
    if (!hop) break
    client = hop
    if (!trusted.trusts(hop)) break
  }
  return client
}

/**
 * The part of an address one party controls, as the key of a rate limit: an IPv4 address, or an
 * IPv6 address's /64 network (one subscriber's, who can use any of its 2^64 addresses).
 */
export function subscriberNetwork(address: string): string {
  const normalized = normalizeAddress(address)
  if (!normalized || isIPv4(normalized)) return normalized ?? address
  // Canonical IPv6 has at most one "::"; expanded, its first four groups are the network.
  const [head = '', tail] = normalized.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  return `${normalizeAddress(`${groups.slice(0, 4).join(':')}::`)}/64`
}
