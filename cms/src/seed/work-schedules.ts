import type { Payload } from 'payload'
import { daysOfWeek, mondayOf } from '@gd/shared/work-schedule'
import { WORK_SCHEDULE_WEEKS } from './data/work-schedules'
import { day, findBy, inDays, local, type SeedContext } from './stored'

/** Weeks of the work schedule around the seed's "now" (published ones and next week's draft), idempotent by week. */
export async function seedWorkSchedules(payload: Payload, { now, count }: SeedContext): Promise<void> {
  for (const w of WORK_SCHEDULE_WEEKS) {
    const monday = mondayOf(inDays(now, w.weekOffset * 7))
    const days = daysOfWeek(monday)
    if (await findBy(payload, 'work-schedules', 'weekStart', day(monday))) continue
    await payload.create({
      ...local,
      collection: 'work-schedules',
      draft: !w.published,
      data: {
        weekStart: day(monday),
        note: w.note ?? null,
        entries: w.entries.map((e) => ({
          day: day(days[e.weekday]!),
          time: e.time,
          content: e.content,
          leaders: e.leaders,
          place: e.place ?? null,
          participants: e.participants ?? null,
        })),
        _status: w.published ? 'published' : 'draft',
      },
    })
    count('work-schedules')
  }
}
