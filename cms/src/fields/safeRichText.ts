import type { FieldHook, RichTextField } from 'payload'
import { ValidationError } from 'payload'
import { richTextProblem } from '@gd/shared/richtext-schema'

/**
 * Refuses, on every save (drafts too, which Payload does not validate), a rich text with a node type or an
 * attribute value outside the closed lists of @gd/shared/richtext-schema: 400 with a Vietnamese message, nothing
 * stored. The admin's editor only produces listed values, so only a hand-made request meets this.
 */
const refuseUnlistedRichText: FieldHook = ({ value, path, collection, global, req }) => {
  const problem = richTextProblem(value)
  if (problem) {
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message: problem }], req },
      req.t,
    )
  }
  return value
}

/** A rich-text field whose content is held to the closed lists on save. */
export function safeRichText(field: Omit<RichTextField, 'type'>): RichTextField {
  return {
    ...field,
    type: 'richText',
    hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), refuseUnlistedRichText] },
  }
}
