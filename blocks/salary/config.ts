import type { Block } from 'payload'
import { SALARY_PERIODS } from '@/lib/content/taxonomy'
import { blockPresentation } from '@/blocks/admin'
import { heading, paragraphs } from '@/blocks/fields'
import { salaryLabels } from './labels'

export const salaryConfig: Block = {
  slug: 'salary',
  interfaceName: 'SalaryBlock',
  ...blockPresentation(salaryLabels),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'rows',
      type: 'array',
      fields: [
        { name: 'region', type: 'text', required: true },
        {
          name: 'currency',
          type: 'text',
          required: true,
          defaultValue: 'USD',
          validate: (value: unknown) =>
            typeof value === 'string' && /^[A-Z]{3}$/.test(value)
              ? true
              : 'Use a three-letter ISO 4217 code such as USD, EUR or INR.',
        },
        { name: 'min', type: 'number', min: 0 },
        { name: 'max', type: 'number', min: 0 },
        {
          name: 'period',
          type: 'select',
          defaultValue: 'year',
          options: SALARY_PERIODS.map(({ value, label }) => ({ value, label })),
        },
        { name: 'source', type: 'text' },
        { name: 'year', type: 'number', min: 1990, max: 2100 },
      ],
    },
    paragraphs('outro'),
  ],
}
