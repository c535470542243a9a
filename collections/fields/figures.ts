import {
  validations,
  type NumberField,
  type NumberFieldSingleValidation,
  type SelectField,
  type TextField,
} from 'payload'
import { SALARY_PERIODS } from '@/lib/content/taxonomy'

/**
 * The fields every figure a reader may act on shares (a salary row, median pay, the job outlook):
 * the amount's currency and period, and who published it for which year, so the page can say
 * "US BLS, May 2025" beside it and the SEO analysis can ask for it.
 */
export const currencyField: TextField = {
  name: 'currency',
  type: 'text',
  defaultValue: 'USD',
  validate: (value: unknown, { required }: { required?: boolean }) =>
    (!required && (value === null || value === undefined || value === '')) ||
    (typeof value === 'string' && /^[A-Z]{3}$/.test(value))
      ? true
      : 'Use a three-letter ISO 4217 code such as USD, EUR or INR.',
  admin: { width: '20%' },
}

export const periodField: SelectField = {
  name: 'period',
  type: 'select',
  defaultValue: 'year',
  options: SALARY_PERIODS.map(({ value, label }) => ({ value, label })),
  admin: { width: '20%' },
}

export const sourceField: TextField = {
  name: 'source',
  type: 'text',
  admin: { description: 'Who published the figure, e.g. "US BLS, May 2025".' },
}

export const figureYearField: NumberField = {
  name: 'year',
  type: 'number',
  min: 1990,
  max: 2100,
  validate: (value, options) => aNumber(value, options),
  admin: { description: 'The year the figure is for.', width: '20%' },
}

/**
 * Payload turns a number sent as text ("abc") into NaN, which its own check lets through and the
 * database stores as nothing: the figure an editor had is lost with a 200. Refused instead.
 */
const aNumber: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && Number.isNaN(value)
    ? 'Enter a number, such as 133080 (digits only, no currency sign).'
    : validations.number(value, options)

/** A figure's number field: Payload's number, refusing what is not a number. */
export const figureNumber = (field: Omit<NumberField, 'type' | 'hasMany'>): NumberField =>
  ({ ...field, type: 'number', validate: aNumber }) as NumberField
