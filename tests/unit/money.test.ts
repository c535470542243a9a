import { describe, expect, it } from '@jest/globals'
import { countryOfRegion, formatMoney, parseAmount, salaryLocale } from '@/lib/content/money'

describe('formatMoney', () => {
  it('writes amounts in the locale of the salary’s country', () => {
    expect(formatMoney(600000, 'INR', 'India')).toBe('₹6,00,000')
    expect(formatMoney(2000000, 'INR', 'Bangalore, India')).toBe('₹20,00,000')
    expect(formatMoney(85000, 'USD', 'United States')).toBe('$85,000')
    expect(formatMoney(45000, 'GBP', 'UK')).toBe('£45,000')
    expect(formatMoney(45000, 'EUR', 'Germany').replace(/\s/g, ' ')).toBe('45.000 €')
  })

  it('falls back to the currency’s country, then to English', () => {
    expect(salaryLocale('Europe', 'EUR')).toBe('de-DE')
    expect(salaryLocale('Remote', 'XYZ')).toBe('en')
    expect(formatMoney(600000, 'INR', 'Remote')).toBe('₹6,00,000')
  })
})

describe('countryOfRegion', () => {
  it('finds the country a region names, by name or by the short names writers use', () => {
    expect(countryOfRegion('India')?.name).toBe('India')
    expect(countryOfRegion('USA')?.name).toBe('United States')
    expect(countryOfRegion('London, UK')?.name).toBe('United Kingdom')
    expect(countryOfRegion('Europe')).toBeUndefined()
    expect(countryOfRegion('Freelance (remote)')).toBeUndefined()
  })
})

describe('parseAmount', () => {
  it.each([
    ['600,000', 600000],
    ['6,00,000', 600000],
    ['20,00,000', 2000000],
    ['45.000', 45000],
    ['45 000', 45000],
    ["120'000", 120000],
    ['65,000.50', 65000.5],
    ['85k', 85000],
    ['85.5k', 85500],
    ['12 L', 1200000],
    ['6 lakh', 600000],
    ['1.5 Cr', 15000000],
    ['2 million', 2000000],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value)
  })

  it('refuses what is not an amount', () => {
    expect(parseAmount('about')).toBeUndefined()
    expect(parseAmount('12 apples')).toBeUndefined()
    expect(parseAmount('1,,000')).toBeUndefined()
  })
})
