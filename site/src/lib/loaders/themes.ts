import { THEMES, type Theme } from '@gd/shared'
import type { ThemeDoc } from '../types.ts'
import { fetchAll, once } from './client.ts'

/**
 * The plan's ten themes, in the plan's order and at the plan's URLs (shared THEMES), named and described as the
 * CMS holds them: an editor's rewording of a theme reaches its page, the theme list and the home page.
 */
export const getThemes = (): Promise<Theme[]> =>
  once('themes', async () => {
    const stored = new Map((await fetchAll<ThemeDoc>('themes', { depth: 0 })).map((t) => [t.slug, t]))
    return THEMES.map((t) => ({
      ...t,
      name: stored.get(t.slug)?.name || t.name,
      description: stored.get(t.slug)?.description || t.description,
    }))
  })
