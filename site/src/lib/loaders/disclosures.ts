/** Schools' published disclosures (công khai), with their school and files (depth 1). */
import type { DisclosureDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

export const getDisclosures = (): Promise<DisclosureDoc[]> =>
  once('school-disclosures', async () => withSlug(await fetchAll<DisclosureDoc>('school-disclosures')))
