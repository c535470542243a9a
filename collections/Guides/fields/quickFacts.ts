import type { Field } from 'payload'
import { currencyField, figureNumber, figureYearField, periodField, sourceField } from '@/collections/fields/figures'

/**
 * The career's facts at a glance, typed so that they can be shown in a box at the top of the guide,
 * compared between guides and checked for age — like the Occupational Outlook Handbook's Quick Facts.
 * Every figure names its source and year; the top technologies and skills come from the guide's own
 * technology groups and skill lists.
 */
export const quickFactsField: Field = {
  name: 'quickFacts',
  type: 'group',
  admin: {
    description: 'Shown in a box at the top of the guide and on comparison pages. Leave empty what you do not know.',
  },
  fields: [
    {
      name: 'medianPay',
      type: 'group',
      label: 'Median pay',
      fields: [
        {
          type: 'row',
          fields: [
            figureNumber({ name: 'amount', min: 0, admin: { width: '30%' } }),
            currencyField,
            periodField,
            figureYearField,
          ],
        },
        { ...sourceField, admin: { ...sourceField.admin, condition: (_, sibling) => sibling?.amount != null } },
        {
          name: 'region',
          type: 'text',
          admin: {
            description: 'Where the figure holds, e.g. "United States".',
            condition: (_, sibling) => sibling?.amount != null,
          },
        },
      ],
    },
    {
      name: 'entryEducation',
      label: 'Typical entry-level education',
      type: 'text',
      admin: { description: 'e.g. "Bachelor’s degree".' },
    },
    {
      name: 'experience',
      label: 'Work experience needed',
      type: 'text',
      admin: { description: 'e.g. "None" or "2–5 years".' },
    },
    {
      name: 'outlook',
      type: 'group',
      label: 'Job outlook',
      fields: [
        {
          type: 'row',
          fields: [
            figureNumber({
              name: 'growthPercent',
              label: 'Growth (%)',
              min: -100,
              max: 1000,
              admin: { width: '30%', description: 'Projected change in employment over the period.' },
            }),
            figureNumber({ name: 'fromYear', min: 1990, max: 2100, admin: { width: '20%' } }),
            figureNumber({ name: 'toYear', min: 1990, max: 2100, admin: { width: '20%' } }),
          ],
        },
        { ...sourceField, admin: { ...sourceField.admin, condition: (_, sibling) => sibling?.growthPercent != null } },
      ],
    },
    {
      name: 'jobs',
      type: 'group',
      label: 'Number of jobs',
      fields: [
        { type: 'row', fields: [figureNumber({ name: 'count', min: 0, admin: { width: '30%' } }), figureYearField] },
        { ...sourceField, admin: { ...sourceField.admin, condition: (_, sibling) => sibling?.count != null } },
      ],
    },
  ],
}
