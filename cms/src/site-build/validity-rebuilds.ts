import { validityChangedBetween } from '@gd/shared/announcements'
import { eventsPassedBetween } from '@gd/shared/events'
import { weekChangedBetween } from '@gd/shared/work-schedule'
import { config } from '@gd/shared/config'
import type { TaskConfig } from 'payload'
import { coordinator, requestSiteRebuild } from './coordinator'

/**
 * The public site is static, so an announcement coming into force or expiring (by Hà Nội day,
 * @gd/shared/announcements), or an event passing from upcoming to past (@gd/shared/events), needs a build without
 * anyone saving anything: every hour this task compares each published announcement's validity and each published
 * event's state at the last successful build with those now, and asks the server's build coordinator for one
 * rebuild when any differs; so does a new week (Monday) when a work schedule is published (/lich-cong-tac/ shows the
 * current week, @gd/shared/work-schedule). Nothing happens on other hours.
 */
export const validityRebuildTask: TaskConfig = {
  slug: 'validity-rebuild',
  label: 'Build lại trang công khai khi thông báo bắt đầu, hết hiệu lực, sự kiện đã qua hoặc sang tuần mới',
  retries: 1,
  schedule: [{ cron: '0 2 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    if (config().SITE_REBUILD === 'off' || !coordinator()) return { output: { requested: false } }
    const build = await req.payload.findGlobal({ slug: 'site-build', overrideAccess: true, req })
    if (!build.lastSuccessAt) return { output: { requested: false } }
    const { docs } = await req.payload.find({
      collection: 'announcements',
      where: { _status: { equals: 'published' } },
      select: { validFrom: true, validUntil: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const events = await req.payload.find({
      collection: 'events',
      where: { _status: { equals: 'published' } },
      select: { startsAt: true, endsAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const schedules = await req.payload.count({
      collection: 'work-schedules',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
      req,
    })
    const now = new Date()
    const changed =
      validityChangedBetween(docs, build.lastSuccessAt, now) ||
      eventsPassedBetween(events.docs, build.lastSuccessAt, now) ||
      (schedules.totalDocs > 0 && weekChangedBetween(build.lastSuccessAt, now))
    if (changed) requestSiteRebuild({ reason: 'thông báo bắt đầu, hết hiệu lực, sự kiện đã qua hoặc sang tuần mới' })
    return { output: { requested: changed } }
  },
}
