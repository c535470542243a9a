import type { NextConfig } from 'next'

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>

// Payload (withPayload) asks every page for the reader's colour scheme, and with `Critical-CH` a
// browser that has not sent it yet retries the navigation to send it: a second request on every
// first visit. Only Payload's admin reads the hint (its server-rendered theme, getRequestTheme);
// the public site's pages are the same for light and dark (a CSS media query).
const THEME_HINT_HEADERS = new Set(['accept-ch', 'critical-ch', 'vary'])
const THEME_HINT = /sec-ch-prefers-color-scheme/i

/** Moves Payload's colour-scheme client-hint headers from every path to the admin's paths only. */
export function themeHintsForAdminOnly(rules: HeaderRules, adminRoute = '/admin'): HeaderRules {
  const hints = rules.flatMap((rule) =>
    rule.headers.filter((header) => THEME_HINT_HEADERS.has(header.key.toLowerCase()) && THEME_HINT.test(header.value)),
  )
  const withoutHints = rules
    .map((rule) => ({ ...rule, headers: rule.headers.filter((header) => !hints.includes(header)) }))
    .filter((rule) => rule.headers.length > 0)
  return hints.length ? [...withoutHints, { source: `${adminRoute}/:path*`, headers: hints }] : withoutHints
}
