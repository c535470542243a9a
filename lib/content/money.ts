/**
 * Salaries as their readers write them: the country a salary row's region names, that country's
 * locale for formatting (₹6,00,000 in India, 45.000 € in Germany), and amounts read back from the
 * ways writers type them ("6,00,000", "45.000", "1'200'000", "85k", "12 L", "1.5 Cr").
 */

interface Country {
  name: string
  /** Other names writers use for it, lower case. */
  aliases?: string[]
  locale: string
}

const COUNTRIES: Country[] = [
  { name: 'United States', aliases: ['usa', 'us', 'u.s.', 'america', 'united states of america'], locale: 'en-US' },
  {
    name: 'United Kingdom',
    aliases: ['uk', 'u.k.', 'great britain', 'britain', 'england', 'scotland', 'wales'],
    locale: 'en-GB',
  },
  { name: 'India', locale: 'en-IN' },
  { name: 'Canada', locale: 'en-CA' },
  { name: 'Australia', locale: 'en-AU' },
  { name: 'New Zealand', locale: 'en-NZ' },
  { name: 'Ireland', locale: 'en-IE' },
  { name: 'Germany', aliases: ['deutschland'], locale: 'de-DE' },
  { name: 'Austria', locale: 'de-AT' },
  { name: 'Switzerland', locale: 'de-CH' },
  { name: 'France', locale: 'fr-FR' },
  { name: 'Spain', locale: 'es-ES' },
  { name: 'Italy', locale: 'it-IT' },
  { name: 'Netherlands', aliases: ['the netherlands', 'holland'], locale: 'nl-NL' },
  { name: 'Belgium', locale: 'nl-BE' },
  { name: 'Portugal', locale: 'pt-PT' },
  { name: 'Poland', locale: 'pl-PL' },
  { name: 'Sweden', locale: 'sv-SE' },
  { name: 'Norway', locale: 'nb-NO' },
  { name: 'Denmark', locale: 'da-DK' },
  { name: 'Finland', locale: 'fi-FI' },
  { name: 'Japan', locale: 'ja-JP' },
  { name: 'China', locale: 'zh-CN' },
  { name: 'Singapore', locale: 'en-SG' },
  { name: 'Brazil', locale: 'pt-BR' },
  { name: 'Mexico', locale: 'es-MX' },
  { name: 'South Africa', locale: 'en-ZA' },
  { name: 'United Arab Emirates', aliases: ['uae'], locale: 'ar-AE' },
  { name: 'Pakistan', locale: 'en-PK' },
  { name: 'Bangladesh', locale: 'en-BD' },
  { name: 'Nigeria', locale: 'en-NG' },
  { name: 'Philippines', locale: 'en-PH' },
]

/** Where no country is named: the locale of the currency's main country. */
const CURRENCY_LOCALES: Record<string, string> = {
  USD: 'en-US',
  GBP: 'en-GB',
  INR: 'en-IN',
  EUR: 'de-DE',
  CAD: 'en-CA',
  AUD: 'en-AU',
  JPY: 'ja-JP',
  CHF: 'de-CH',
}

const words = (text: string) => text.toLowerCase().replace(/[()]/g, ' ')

const namesOf = (country: Country) => [country.name.toLowerCase(), ...(country.aliases ?? [])]

/** The country a region is, by name or a short name writers use ("USA", "UK"); undefined for "London, UK". */
export function countryNamed(region: string): Country | undefined {
  const text = words(region).trim()
  return COUNTRIES.find((country) => namesOf(country).includes(text))
}

/** The country a region names or lies in: "India", "Bangalore, India" or "USA"; undefined for "Europe" or "Remote". */
export function countryOfRegion(region: string): Country | undefined {
  const text = words(region)
  const whole = (name: string) => new RegExp(`(^|[\\s,/;-])${name.replace(/[.]/g, '\\.')}($|[\\s,/;-])`).test(text)
  return countryNamed(region) ?? COUNTRIES.find((country) => namesOf(country).some(whole))
}

/** The locale a salary is written in: its country's, else its currency's, else plain English. */
export function salaryLocale(region: string, currency: string): string {
  return countryOfRegion(region)?.locale ?? CURRENCY_LOCALES[currency] ?? 'en'
}

/** An amount of money in the salary's locale, whole units: "₹6,00,000", "$85,000", "45.000 €". */
export function formatMoney(value: number, currency: string, region: string): string {
  const locale = salaryLocale(region, currency)
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
  } catch {
    return `${currency} ${value.toLocaleString(locale)}`
  }
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  l: 1e5,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  cr: 1e7,
  crore: 1e7,
  crores: 1e7,
}

/** The suffixes parseAmount reads, for patterns that find amounts in a line. */
export const AMOUNT_SUFFIX = '(?:k|thousand|mn|million|m|lakhs?|lacs?|l|crores?|cr)\\b'

/**
 * An amount as written, whatever the grouping: "600,000", "6,00,000", "45.000", "45 000",
 * "1'200'000", "65,000.50", "85k", "12 L", "1.5 Cr". A separator followed by exactly three digits
 * groups thousands; a final separator followed by one or two digits is a decimal point.
 */
export function parseAmount(text: string): number | undefined {
  const match = /^\s*(\d[\d,.'’\u00a0\u202f ]*?)\s*([a-z]+)?\.?\s*$/i.exec(text)
  if (!match) return undefined
  const [, digits, suffix] = match
  const multiplier = suffix ? MULTIPLIERS[suffix.toLowerCase()] : 1
  if (!multiplier) return undefined
  const parts = digits!.split(/[,.'’\u00a0\u202f ]/)
  const last = parts.at(-1)!
  const decimal = parts.length > 1 && last.length !== 3 ? parts.pop() : undefined
  // Grouping: Indian lakhs group in twos ("6,00,000"), others in threes; either way only digits remain.
  if (parts.some((part) => part === '') || (decimal !== undefined && !/^\d{1,2}$/.test(decimal))) return undefined
  const value = Number(`${parts.join('')}${decimal ? `.${decimal}` : ''}`) * multiplier
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined
}
