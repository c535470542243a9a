import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'
import { scriptingLinkMessage, scriptingScheme } from '@/lib/content/safe-url'

/** Lexical's own check of a link's URL, after ours: a `javascript:`, `vbscript:` or `data:` link is refused first. */
function refuseScriptingLinks(field: FieldAffectingData): FieldAffectingData {
  if (field.name !== 'url' || field.type !== 'text' || field.hasMany) return field
  const lexicalValidate = field.validate as TextFieldSingleValidation | undefined
  const validate: TextFieldSingleValidation = (value, options) => {
    const scheme = typeof value === 'string' ? scriptingScheme(value) : undefined
    if (scheme) return scriptingLinkMessage(scheme)
    return lexicalValidate ? lexicalValidate(value, options) : true
  }
  return { ...field, validate }
}

/**
 * The rich-text editor of every rich-text field (payload.config.ts): Lexical's default features,
 * its link feature with a URL that cannot run script. Links and the autolinks Lexical makes from
 * pasted addresses share these fields, so both are checked whenever a document is saved.
 */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ fields: ({ defaultFields }) => defaultFields.map(refuseScriptingLinks) }),
  ],
})
