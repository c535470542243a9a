import { afterEach, describe, expect, it } from '@jest/globals'
import { CLIENT_ADDRESS_HEADER, clientIp } from '@/lib/http/client-ip'
import { parseEnv } from '@/lib/config/env'
import {
  clientAddress,
  normalizeAddress,
  parseProxyEntry,
  subscriberNetwork,
  TrustedProxies,
} from '@/lib/http/trusted-proxies'

const nginx = new TrustedProxies(['127.0.0.1', '::1'])
const none = new TrustedProxies([])

describe('normalizeAddress', () => {
  it('writes each address one way, IPv4-mapped IPv6 as IPv4, and refuses what is no address', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normalizeAddress('::FFFF:7f00:1')).toBe('127.0.0.1')
    expect(normalizeAddress('0:0:0:0:0:0:0:1')).toBe('::1')
    expect(normalizeAddress('[2001:DB8::1]')).toBe('2001:db8::1')
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1')
    expect(normalizeAddress(' 203.0.113.9 ')).toBe('203.0.113.9')
    for (const garbage of [
      '',
      ' ',
      'unknown',
      '127.1',
      '1.2.3.4.5',
      '999.1.1.1',
      '1.2.3.4:80',
      '<script>',
      '::g',
      undefined,
    ]) {
      expect(normalizeAddress(garbage)).toBeUndefined()
    }
  })
})

describe('TrustedProxies', () => {
  it('matches addresses and CIDR ranges, IPv4 and IPv6, mapped IPv4 included', () => {
    const trusted = new TrustedProxies(['10.0.0.0/8', '192.0.2.7', 'fd00::/8', '::1'])
    expect(trusted.trusts('10.255.0.1')).toBe(true)
    expect(trusted.trusts('::ffff:10.1.2.3')).toBe(true)
    expect(trusted.trusts('11.0.0.1')).toBe(false)
    expect(trusted.trusts('192.0.2.7')).toBe(true)
    expect(trusted.trusts('192.0.2.8')).toBe(false)
    expect(trusted.trusts('fd12:3456::1')).toBe(true)
    expect(trusted.trusts('fe00::1')).toBe(false)
    expect(trusted.trusts('0:0:0:0:0:0:0:1')).toBe(true)
    expect(trusted.trusts('unknown')).toBe(false)
    expect(none.trusts('127.0.0.1')).toBe(false)
  })

  it('accepts only addresses and ranges with a prefix that fits', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '0.0.0.0/0', '::1', 'fd00::/8', '::/0', '::ffff:127.0.0.1'])
      expect(parseProxyEntry(entry)).toBeDefined()
    for (const entry of [
      'localhost',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.0/',
      '10.0.0.0/8/8',
      '10.0.0.0/-1',
      '10.0.0.0/a',
      '*',
    ])
      expect(parseProxyEntry(entry)).toBeUndefined()
    expect(() => new TrustedProxies(['localhost'])).toThrow(/localhost/)
  })
})

describe('clientAddress', () => {
  it('is the socket address when the socket is no trusted proxy, whatever the headers say', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '127.0.0.1', nginx)).toBe('203.0.113.9')
    // Not even a trusted proxy's address in the header makes a stranger one.
    expect(clientAddress('::ffff:203.0.113.9', ['127.0.0.1', '198.51.100.1'], nginx)).toBe('203.0.113.9')
    expect(clientAddress('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1')
  })

  it('reads X-Forwarded-For right to left from a trusted proxy, skipping trusted hops', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', nginx)).toBe('198.51.100.1')
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.1', nginx)).toBe('198.51.100.1')
    // A spoofed chain: the client wrote the left part, nginx appended the address it saw.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 2.2.2.2, 198.51.100.1', nginx)).toBe('198.51.100.1')
    const chain = new TrustedProxies(['127.0.0.1', '10.0.0.0/8'])
    expect(clientAddress('127.0.0.1', '1.1.1.1, 198.51.100.1, 10.0.0.5, 10.2.0.1', chain)).toBe('198.51.100.1')
    // Several headers are one list, in order.
    expect(clientAddress('127.0.0.1', ['1.1.1.1, 198.51.100.1', '10.0.0.5'], chain)).toBe('198.51.100.1')
    // Every hop trusted: the furthest one.
    expect(clientAddress('127.0.0.1', '10.0.0.5, 10.0.0.6', chain)).toBe('10.0.0.5')
  })

  it('stops at an entry that is no address, at the last hop known to be real', () => {
    expect(clientAddress('127.0.0.1', ',', nginx)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', 'unknown', nginx)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', '198.51.100.1, unknown', nginx)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', 'garbage, 198.51.100.1', nginx)).toBe('198.51.100.1')
    expect(clientAddress('127.0.0.1', undefined, nginx)).toBe('127.0.0.1')
    expect(clientAddress(undefined, '198.51.100.1', nginx)).toBe('unknown')
  })
})

describe('subscriberNetwork', () => {
  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(subscriberNetwork('203.0.113.9')).toBe('203.0.113.9')
    expect(subscriberNetwork('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(subscriberNetwork('2001:db8:1:2::ffff')).toBe(subscriberNetwork('2001:db8:1:2:aaaa::1'))
    expect(subscriberNetwork('2001:db8::1')).toBe('2001:db8::/64')
    expect(subscriberNetwork('::1')).toBe('::/64')
    expect(subscriberNetwork('::ffff:192.0.2.1')).toBe('192.0.2.1')
  })
})

describe('clientIp', () => {
  const previous = process.env.CAREERPATH_SERVER
  afterEach(() => {
    if (previous === undefined) delete process.env.CAREERPATH_SERVER
    else process.env.CAREERPATH_SERVER = previous
  })

  it("reads only the production server's header, never X-Forwarded-For or X-Real-IP", () => {
    process.env.CAREERPATH_SERVER = '1'
    expect(
      clientIp(
        new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '2.2.2.2' }),
      ),
    ).toBe('198.51.100.7')
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '2.2.2.2' }))).toBe('unknown')
  })

  it('under next dev, where no server.ts sets the header, treats every request as one unknown client', () => {
    delete process.env.CAREERPATH_SERVER
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' }))).toBe('unknown')
  })
})

describe('TRUSTED_PROXIES', () => {
  const base = { NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) } as const
  it('is none by default, a list when set, and a clear error naming a wrong entry', () => {
    expect(parseEnv(base, '/tmp').TRUSTED_PROXIES).toEqual([])
    expect(parseEnv({ ...base, TRUSTED_PROXIES: '127.0.0.1, ::1,10.0.0.0/8' }, '/tmp').TRUSTED_PROXIES).toEqual([
      '127.0.0.1',
      '::1',
      '10.0.0.0/8',
    ])
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: '127.0.0.1,localhost' }, '/tmp')).toThrow(
      'Invalid environment variable TRUSTED_PROXIES: "localhost" is not an IP address or CIDR range such as 127.0.0.1, 10.0.0.0/8, ::1 or fd00::/8',
    )
  })
})
