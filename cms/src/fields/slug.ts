import type { Field, FieldHook } from 'payload'
import { slugify } from '@gd/shared/text'
import { l } from '../utilities/label'

/**
 * A unique URL slug made from another field (the Vietnamese title by default): "Đào tạo giáo viên" → dao-tao-giao-vien.
 * When the slug is taken in the collection, -2, -3… is appended.
 */
export const formatSlug =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection }) => {
    // a source of another kind (a number or an object sent for a title) makes no slug; the field's own check refuses it
    const given: unknown = data?.[sourceField] ?? originalDoc?.[sourceField]
    const source = typeof given === 'string' ? given : ''
    const base = slugify(typeof value === 'string' && value.trim() ? value : source)
    if (!base || !collection) return base || value
    const selfId = originalDoc?.id ?? data?.id
    let candidate = base
    for (let n = 2; n < 1000; n++) {
      const clash = await req.payload.find({
        collection: collection.slug as 'articles',
        where: { and: [{ slug: { equals: candidate } }, ...(selfId ? [{ id: { not_equals: selfId } }] : [])] },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        pagination: false,
        req,
      })
      if (clash.docs.length === 0) return candidate
      candidate = `${base}-${n}`
    }
    return candidate
  }

export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    label: l('Đường dẫn (slug)', 'Slug'),
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: l('Tự tạo từ tiêu đề nếu để trống.', 'Generated from the title when empty.'),
    },
    hooks: { beforeValidate: [formatSlug(sourceField)] },
  }
}
