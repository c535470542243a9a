import { createHmac } from 'node:crypto'
import { subscriberNetwork } from './trusted-proxies'

/**
 * The header in which the production server (server.ts) hands Next the client's address, worked
 * out from the connection and TRUSTED_PROXIES (lib/http/trusted-proxies.ts). server.ts sets it on
 * every request, replacing whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-careerpath-client-address'

/** What clientIp answers where no trustworthy address exists: all such requests share one budget. */
export const UNKNOWN_CLIENT = 'unknown'

/**
 * The reader's IP address, for every rate limit and the comment IP hash. Only server.ts's header
 * counts: no `X-Forwarded-For` or `X-Real-IP` a client can write. Under `next dev` or `next start`
 * (no server.ts, CAREERPATH_SERVER unset) nobody sets the header, so a copy in the request would
 * be the client's own: every request is then the one unknown client, which makes the limits
 * stricter there, never escapable. An IPv6 client counts as its /64 network, which one
 * subscriber holds whole.
 */
export function clientIp(headers: Headers): string {
  if (process.env.CAREERPATH_SERVER !== '1') return UNKNOWN_CLIENT
  const address = headers.get(CLIENT_ADDRESS_HEADER)
  return address ? subscriberNetwork(address) : UNKNOWN_CLIENT
}

/** A keyed hash of an IP address: enough to recognise a repeat sender, useless to recover the address. */
export function hashIp(ip: string, secret: string): string {
  return createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
