/** Pure selections over schools' disclosures (công khai): by school, by school year (@gd/shared/disclosures). */
import { byYear } from '@gd/shared/disclosures'
import { viCollator } from '@gd/shared'
import { populated, type DisclosureDoc, type DisclosureFileDoc, type School } from './types.ts'

const schoolOf = (d: DisclosureDoc): School | null => populated<School>(d.school)

/** One school's disclosures, by school year (newest first). */
export const disclosuresOfSchool = (items: DisclosureDoc[], school: School) =>
  byYear(items.filter((d) => String(schoolOf(d)?.id ?? d.school) === String(school.id)))

/** The schools that disclosed, in Vietnamese order of their names, each with its disclosures by school year. */
export function disclosuresBySchool(items: DisclosureDoc[]): { school: School; years: ReturnType<typeof byYear<DisclosureDoc>> }[] {
  const schools = new Map<string, School>()
  for (const d of items) {
    const s = schoolOf(d)
    if (s) schools.set(String(s.id), s)
  }
  return [...schools.values()]
    .sort((a, b) => viCollator.compare(a.name, b.name))
    .map((school) => ({ school, years: disclosuresOfSchool(items, school) }))
}

/** A disclosure's files that are there to download (populated, with a file name). */
export const disclosureFiles = (d: DisclosureDoc): DisclosureFileDoc[] =>
  (d.files ?? []).map((f) => populated<DisclosureFileDoc>(f)).filter((f): f is DisclosureFileDoc => Boolean(f?.filename))
