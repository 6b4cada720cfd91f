import { viCollator } from '@gd/shared'
import type { School } from '../types.ts'
import { fetchAll, once } from './client.ts'

/** Every school, by name in Vietnamese order. */
export const getSchools = (): Promise<School[]> =>
  once('schools', async () => (await fetchAll<School>('schools', { depth: 0 })).sort((a, b) => viCollator.compare(a.name, b.name)))
