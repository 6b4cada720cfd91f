/** Exemplars (người tốt, việc tốt): newest first, through the content cache. */
import type { Exemplar } from '../types.ts'
import { once } from './client.ts'
import { synced } from './content-cache.ts'
import { newestFirst } from './newest-first.ts'

export const getExemplars = (): Promise<Exemplar[]> =>
  once('exemplars', async () => newestFirst((await synced<Exemplar>('exemplars')).docs))
