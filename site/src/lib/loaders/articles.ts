/** Articles (news) and, among them, press releases: newest first, through the content cache. */
import { isPressRelease } from '../press.ts'
import type { Article } from '../types.ts'
import { once } from './client.ts'
import { synced } from './content-cache.ts'
import { newestFirst } from './newest-first.ts'

export const getArticles = (): Promise<Article[]> => once('articles', async () => newestFirst((await synced<Article>('articles')).docs))

/** Articles marked as press releases (thông cáo báo chí), newest first. */
export const getPressReleases = (): Promise<Article[]> => once('press-releases', async () => (await getArticles()).filter(isPressRelease))
