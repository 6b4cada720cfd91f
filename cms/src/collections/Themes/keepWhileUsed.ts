import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type Field, type SanitizedConfig } from 'payload'
import { THEME_STATUSES } from '@gd/shared/vocab'

const RETIRED = THEME_STATUSES.find((s) => s.value === 'da-ket-thuc')!.label

interface ThemeLink {
  collection: CollectionSlug
  /** the collection's name in the admin */
  label: string
  /** the link field's path, dotted through groups, named tabs and lists */
  path: string
}

/** The fields linking to themes in a list of fields, with their paths. */
function linksIn(fields: Field[], prefix: string, out: string[]): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) linksIn(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, out)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) linksIn(field.fields, prefix, out)
      continue
    }
    const path = `${prefix}${field.name}`
    // links to themes alone: a link that may point to any kind of record (Payload's own lock of a record being
    // edited) is not a use of the theme, nor can the database count those by theme
    if (field.type === 'relationship' && field.relationTo === 'themes') out.push(path)
    else if ((field.type === 'group' || field.type === 'array') && 'fields' in field) linksIn(field.fields, `${path}.`, out)
  }
}

let found: ThemeLink[] | null = null
/** Every field of every collection that links to themes (read from the configuration once). */
function themeLinks(config: SanitizedConfig): ThemeLink[] {
  if (!found) {
    found = config.collections.flatMap((collection) => {
      const paths: string[] = []
      linksIn(collection.fields, '', paths)
      const label = typeof collection.labels.plural === 'string' ? collection.labels.plural : collection.slug
      return paths.map((path) => ({ collection: collection.slug as CollectionSlug, label, path }))
    })
  }
  return found
}

/**
 * A theme that anything links to is not deleted. Its links would go with it: a published article whose only theme it
 * was would be left with none (against the article's own rule, and its next save refused), feedback and reports by
 * theme would lose theirs. What uses it is named, with how many of each; a theme no longer in force is retired
 * instead (status "Đã kết thúc"), which keeps its page and its articles.
 */
export const keepWhileUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const uses: string[] = []
  for (const link of themeLinks(req.payload.config)) {
    const { totalDocs } = await req.payload.count({
      collection: link.collection,
      where: { [link.path]: { in: [id] } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) uses.push(`${link.label} (${totalDocs})`)
  }
  if (uses.length > 0)
    throw new APIError(
      `Chưa xóa được chủ đề này: đang được dùng ở ${uses.join(', ')}. Hãy chuyển các mục đó sang chủ đề khác trước khi xóa, ` +
        `hoặc đặt Tình trạng là “${RETIRED}” để giữ trang của chủ đề và các bài của nó.`,
      409,
      null,
      true,
    )
}
