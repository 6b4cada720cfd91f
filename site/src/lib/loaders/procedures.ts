import { sortProcedures } from '@gd/shared/procedures'
import type { ProcedureDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** Published procedures in the editors' order (@gd/shared/procedures). */
export const getProcedures = (): Promise<ProcedureDoc[]> =>
  once('procedures', async () => sortProcedures(withSlug(await fetchAll<ProcedureDoc>('procedures'))))
