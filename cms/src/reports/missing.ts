import type { Payload } from 'payload'
import { type Period, periodKey } from '@gd/shared/report-periods'

export interface SchoolRef {
  id: number
  name: string
}

/** Ids of the schools that have a submitted (đã gửi) report for the period. */
export async function filedSchoolIds(payload: Payload, period: Period): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'opinion-reports',
    where: { and: [{ periodKey: { equals: periodKey(period) } }, { state: { equals: 'da-gui' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => (typeof d.school === 'object' ? d.school.id : d.school)))
}

/** Who has not filed: every school without a submitted report for the period, in name order. */
export async function missingSchools(payload: Payload, period: Period): Promise<SchoolRef[]> {
  const filed = await filedSchoolIds(payload, period)
  const { docs } = await payload.find({ collection: 'schools', pagination: false, depth: 0, sort: 'name', overrideAccess: true })
  return docs
    .filter((s) => !filed.has(s.id))
    .map((s) => ({ id: s.id, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}
