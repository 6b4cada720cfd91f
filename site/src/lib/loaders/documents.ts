import { sortDocuments } from '../documents.ts'
import type { DocumentDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** The documents library, newest issued first (related and replaced documents populated one level). */
export const getDocuments = (): Promise<DocumentDoc[]> =>
  once('documents', async () => sortDocuments(withSlug(await fetchAll<DocumentDoc>('documents'))))
