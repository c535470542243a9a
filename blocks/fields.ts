import type { Field } from 'payload'

/**
 * The fields guide blocks share. Every block has a heading (an h2, or an h3/h4 for a
 * sub-section such as "Relational Databases" under "Databases") and optional paragraphs before and
 * after its structured content, so a writer's prose survives around the lists.
 */
export const heading: Field[] = [
  { name: 'heading', type: 'text', required: true },
  {
    name: 'headingLevel',
    type: 'select',
    defaultValue: '2',
    required: true,
    options: [
      { value: '2', label: 'Section (h2)' },
      { value: '3', label: 'Sub-section (h3)' },
      { value: '4', label: 'Sub-sub-section (h4)' },
    ],
    admin: { width: '30%' },
  },
]

export const paragraphs = (name: 'intro' | 'outro'): Field => ({
  name,
  type: 'textarea',
  admin: {
    description:
      name === 'intro'
        ? 'Paragraphs before the list; separate paragraphs with an empty line.'
        : 'Paragraphs after the list; separate paragraphs with an empty line.',
  },
})

export const titledItems = (name: string, labels: { singular: string; plural: string }): Field => ({
  name,
  type: 'array',
  labels,
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
  ],
})
