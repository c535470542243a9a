import type { Block } from 'payload'
import { SALARY_LEVELS } from '@/lib/content/taxonomy'
import { currencyField, figureNumber, figureYearField, periodField, sourceField } from '@/collections/fields/figures'
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
        { ...currencyField, required: true },
        figureNumber({ name: 'min', min: 0 }),
        figureNumber({ name: 'max', min: 0 }),
        periodField,
        {
          name: 'level',
          type: 'select',
          options: SALARY_LEVELS.map(({ value, label }) => ({ value, label })),
          admin: { description: 'Leave empty for a range covering everyone in the region.' },
        },
        sourceField,
        figureYearField,
      ],
    },
    paragraphs('outro'),
  ],
}
