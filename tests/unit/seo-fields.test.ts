import { describe, expect, it } from '@jest/globals'
import type { Field, TextField, TextareaField, UIField } from 'payload'
import { withOneLengthScale } from '@/collections/fields/seo'
import { LIMITS } from '@/lib/seo/analysis'

// The SEO plugin's own fields, as seoPlugin builds them (node_modules/@payloadcms/plugin-seo/dist/fields).
const pluginFields: Field[] = [
  {
    name: 'overview',
    type: 'ui',
    admin: { components: { Field: { path: '@payloadcms/plugin-seo/client#OverviewComponent', clientProps: {} } } },
  },
  { name: 'title', type: 'text', localized: true },
  { name: 'description', type: 'textarea', localized: true },
]

describe('the SEO fields have one length scale', () => {
  const [overview, title, description] = withOneLengthScale(pluginFields) as [UIField, TextField, TextareaField]

  it("gives the plugin's meters the analysis's limits", () => {
    expect(title).toMatchObject({ minLength: LIMITS.titleMin, maxLength: LIMITS.titleMax })
    expect(description).toMatchObject({ minLength: LIMITS.descriptionMin, maxLength: LIMITS.descriptionMax })
    const props = (overview.admin!.components!.Field as { clientProps: Record<string, unknown> }).clientProps
    expect(props).toEqual({
      titleOverrides: { minLength: 30, maxLength: 60 },
      descriptionOverrides: { minLength: 120, maxLength: 160 },
    })
  })

  it('never refuses a save for a length: that is advice', () => {
    const validate = title.validate as unknown as (value: string) => unknown
    expect(validate('x'.repeat(200))).toBe(true)
    expect((description.validate as unknown as (value: string) => unknown)('short')).toBe(true)
  })
})
