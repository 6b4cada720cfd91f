import type { RelationshipField } from 'payload'
import { l } from '../utilities/label'

/**
 * An album shown with an article or an exemplar (its thumbnails under the text, each linking to the photo's page).
 * Only a published album reaches the site; the album's changes rebuild every page (FULL_REBUILD_COLLECTIONS).
 */
export const albumField: RelationshipField = {
  name: 'album',
  type: 'relationship',
  relationTo: 'albums',
  label: l('Album ảnh kèm theo', 'Album'),
  admin: { position: 'sidebar', description: l('Ảnh của album hiện ở cuối bài.', 'Shown under the text.') },
}
