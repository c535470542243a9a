import type { Block, Field } from 'payload'
import { editableRichText } from '@/lib/content/lexical'
import { SALARY_PERIODS, TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'
import { blockPresentation } from './block-admin'
import { technologiesOfGroupCategory } from './technology-picker'

/**
 * The sections a career guide is made of. Every block has a heading (an h2, or an h3/h4 for a
 * sub-section such as "Relational Databases" under "Databases") and optional paragraphs before and
 * after its structured content, so a writer's prose survives around the lists.
 */
const heading: Field[] = [
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

const paragraphs = (name: 'intro' | 'outro'): Field => ({
  name,
  type: 'textarea',
  admin: {
    description:
      name === 'intro'
        ? 'Paragraphs before the list; separate paragraphs with an empty line.'
        : 'Paragraphs after the list; separate paragraphs with an empty line.',
  },
})

const titledItems = (name: string, labels: { singular: string; plural: string }): Field => ({
  name,
  type: 'array',
  labels,
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
  ],
})

export const RichTextSection: Block = {
  slug: 'section',
  interfaceName: 'SectionBlock',
  ...blockPresentation('section'),
  fields: [
    ...heading,
    // An empty root stops Lexical loading the edit view (its error #38): mended when read and saved.
    {
      name: 'content',
      type: 'richText',
      hooks: {
        afterRead: [({ value }) => editableRichText(value)],
        beforeChange: [({ value }) => editableRichText(value)],
      },
    },
  ],
}

export const ResponsibilitiesBlock: Block = {
  slug: 'responsibilities',
  interfaceName: 'ResponsibilitiesBlock',
  ...blockPresentation('responsibilities'),
  fields: [
    ...heading,
    paragraphs('intro'),
    titledItems('items', {
      singular: 'Responsibility',
      plural: 'Responsibilities',
    }),
    paragraphs('outro'),
  ],
}

export const TechnologyGroupBlock: Block = {
  slug: 'technologyGroup',
  interfaceName: 'TechnologyGroupBlock',
  ...blockPresentation('technologyGroup'),
  fields: [
    ...heading,
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: TECHNOLOGY_CATEGORIES.map(({ value, label }) => ({
        value,
        label,
      })),
    },
    paragraphs('intro'),
    {
      name: 'technologies',
      type: 'relationship',
      relationTo: 'technologies',
      hasMany: true,
      filterOptions: technologiesOfGroupCategory,
      admin: {
        description: 'The picker offers technologies of the group’s category; choose "Other" to see all.',
      },
    },
    paragraphs('outro'),
  ],
}

export const SkillListBlock: Block = {
  slug: 'skillList',
  interfaceName: 'SkillListBlock',
  ...blockPresentation('skillList'),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'skills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
    },
    paragraphs('outro'),
  ],
}

export const PlainListBlock: Block = {
  slug: 'plainList',
  interfaceName: 'PlainListBlock',
  ...blockPresentation('plainList'),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'ordered',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Number the items instead of using bullets.' },
    },
    {
      name: 'items',
      type: 'array',
      fields: [{ name: 'text', type: 'text', required: true }],
    },
    paragraphs('outro'),
  ],
}

export const CareerPathsBlock: Block = {
  slug: 'careerPaths',
  interfaceName: 'CareerPathsBlock',
  ...blockPresentation('careerPaths'),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'items',
      type: 'array',
      labels: { singular: 'Career path', plural: 'Career paths' },
      fields: [
        { name: 'title', type: 'text', required: true },
        {
          name: 'guide',
          type: 'relationship',
          relationTo: 'guides',
          admin: {
            description: 'The guide for this role, when the site has one.',
          },
        },
      ],
    },
    paragraphs('outro'),
  ],
}

export const SalaryBlock: Block = {
  slug: 'salary',
  interfaceName: 'SalaryBlock',
  ...blockPresentation('salary'),
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

export const RoadmapBlock: Block = {
  slug: 'roadmap',
  interfaceName: 'RoadmapBlock',
  ...blockPresentation('roadmap'),
  fields: [
    ...heading,
    paragraphs('intro'),
    titledItems('steps', { singular: 'Step', plural: 'Steps' }),
    paragraphs('outro'),
  ],
}

export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  ...blockPresentation('faq'),
  fields: [
    ...heading,
    paragraphs('intro'),
    {
      name: 'items',
      type: 'array',
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', required: true },
      ],
    },
  ],
}

export const guideBlocks: Block[] = [
  RichTextSection,
  ResponsibilitiesBlock,
  TechnologyGroupBlock,
  SkillListBlock,
  PlainListBlock,
  CareerPathsBlock,
  SalaryBlock,
  RoadmapBlock,
  FaqBlock,
]
