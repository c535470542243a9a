import { parseAmount } from '@/lib/content/money'

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': 'JPY' }

/** "United States: $85,000 - $140,000 per year" as a salary row; undefined when the line is not one. */
export function parseSalaryLine(text: string) {
  const match =
    /^(?<region>[^:]{2,60}):\s*(?<cur1>[A-Z]{3}\s?|[$£€₹¥])?\s*(?<min>\d(?:[\d,.'’\u00a0\u202f ]*\d)?)\s*(?<k1>[kK]|[mM](?:illion|n)?|[lL](?:akhs?|acs?|PA)?|[cC]r(?:ores?)?)?\b\.?\s*(?<post1>[$£€₹¥]|[A-Z]{3}\b)?\s*(?:-|–|—|to)\s*(?<cur2>[A-Z]{3}\s?|[$£€₹¥])?\s*(?<max>\d(?:[\d,.'’\u00a0\u202f ]*\d)?)\s*(?<k2>[kK]|[mM](?:illion|n)?|[lL](?:akhs?|acs?|PA)?|[cC]r(?:ores?)?)?\b\.?\s*(?<post2>[$£€₹¥]|[A-Z]{3}\b)?\s*(?:(?:per|a|an|\/)\s*(?<period>year|annum|yr|month|mo|hour|hr)\b)?/.exec(
      text,
    )
  if (!match?.groups) return undefined
  const { region, cur1, cur2, post1, post2, min, max, k1, k2, period } = match.groups
  const symbol = (cur1 ?? cur2 ?? post1 ?? post2 ?? '').trim()
  let currency = CURRENCY_SYMBOLS[symbol] ?? (/^[A-Z]{3}$/.test(symbol) ? symbol : undefined)
  if (!currency) return undefined
  // A bare "$" outside the United States is that country's dollar.
  if (symbol === '$' && /canada/i.test(region!)) currency = 'CAD'
  if (symbol === '$' && /australia/i.test(region!)) currency = 'AUD'
  // "45 to 70k": a suffix written once after the range applies to both ends. "LPA" is lakhs per annum.
  const amount = (digits: string, suffix?: string) => parseAmount(`${digits} ${suffix?.replace(/pa$/i, '') ?? ''}`)
  const periods = {
    year: 'year',
    annum: 'year',
    yr: 'year',
    month: 'month',
    mo: 'month',
    hour: 'hour',
    hr: 'hour',
  } as const
  const [low, high] = [amount(min!, k1 ?? k2), amount(max!, k2)]
  if (low === undefined || high === undefined) return undefined
  return {
    region: region!.trim(),
    currency,
    min: low,
    max: high,
    period: periods[(period ?? 'year') as keyof typeof periods],
  }
}
