import { createHmac } from 'node:crypto'

/**
 * The reader's IP address as the nearest proxy saw it: the last `X-Forwarded-For` entry (nginx
 * appends the address it received the request from; Next sets the header to the socket's address
 * when no proxy did). Behind more than one proxy, that is the address of the one in front.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip') || 'unknown'
}

/** A keyed hash of an IP address: enough to recognise a repeat sender, useless to recover the address. */
export function hashIp(ip: string, secret: string): string {
  return createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32)
}
