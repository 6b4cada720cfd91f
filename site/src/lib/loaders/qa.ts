import type { PublicQa } from '@gd/shared/qa'
import { getJson, once } from './client.ts'

/** The published Q&A entries (the CMS's read-only public endpoint: public fields only), newest first. */
export const getPublicQa = (): Promise<PublicQa[]> =>
  once('hoi-dap', async () => (await getJson<{ docs: PublicQa[] }>('/api/feedback/hoi-dap')).docs)
