import { docAccessOperation, docAccessOperationGlobal, type PayloadRequest, type ServerFunction } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { isStaffUser } from '../access/isStaff'

export const SCHEDULE_REFUSED = 'Bạn không có quyền lên lịch hoặc hủy lịch xuất bản cho mục này.'

type Target = { doc?: { relationTo?: string; value?: number | string } | null; global?: string | null }

/** Whether the caller may publish the target (Payload's own update access with `_status: published`). */
async function mayPublish(req: PayloadRequest, { doc, global }: Target): Promise<boolean> {
  const data = { _status: 'published' }
  if (doc?.relationTo && doc.value !== undefined && doc.value !== null) {
    const config = req.payload.collections[doc.relationTo as 'articles']?.config
    if (!config) return false
    const permissions = await docAccessOperation({ id: doc.value, collection: { config } as never, data, req })
    return permissions.update === true
  }
  if (global) {
    const globalConfig = req.payload.config.globals.find((g) => g.slug === global)
    if (!globalConfig) return false
    return (await docAccessOperationGlobal({ globalConfig, data, req })).update === true
  }
  return false
}

/**
 * The admin's "schedule-publish" server function with the access Payload leaves out: Payload's own handler deletes
 * any job named by `deleteID` and queues a publication for any document. Here only staff may schedule or cancel, and
 * only for an item (or global) they may publish; a cancellation names a scheduled publication of such an item.
 * A cancellation alone (the drawer's delete button) only deletes — Payload's handler would also queue an empty job.
 */
export const guardedSchedulePublish: ServerFunction<Target & { deleteID?: number | string }> = async (args) => {
  const { req, deleteID, doc, global } = args
  if (!isStaffUser(req.user)) return { error: SCHEDULE_REFUSED }
  if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
    const job = (await req.payload
      .findByID({ collection: 'payload-jobs', id: deleteID, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as { taskSlug?: string; completedAt?: string | null; input?: Target } | null
    if (!job || job.taskSlug !== 'schedulePublish' || !(await mayPublish(req, job.input ?? {}))) return { error: SCHEDULE_REFUSED }
    if (!doc && !global) {
      await req.payload.delete({ collection: 'payload-jobs', id: deleteID, overrideAccess: true, req })
      return { message: req.i18n.t('general:success') }
    }
  }
  if (!(await mayPublish(req, { doc, global }))) return { error: SCHEDULE_REFUSED }
  return schedulePublishHandler(args as Parameters<typeof schedulePublishHandler>[0])
}

/** Server functions of ours that replace Payload's (handed to handleServerFunctions by the admin layout). */
export const serverFunctions = { 'schedule-publish': guardedSchedulePublish }
