import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'
import { coordinator, requestSiteRebuild } from './coordinator'

/**
 * A draft for comment changes phase (sắp mở → đang lấy ý kiến → đã kết thúc) when its opensAt and closesAt pass,
 * without anyone saving anything: its page, the /du-thao/ list and the home page are built with the phase of
 * build time. So publishing a consultation queues one Payload job per future instant (waitUntil = that instant);
 * the server's own job runner (jobs.ts, autoRun) runs it then, and it asks the server's one build coordinator
 * (globalThis, coordinator.ts) for a rebuild. Consultation pages are always rendered again on an incremental build
 * (they are not in the content cache), so an incremental build is enough.
 *
 * Each save of the published consultation replaces its queued jobs by those of its current dates (delete
 * removes them). A job also checks, when it runs, that the consultation is still published with that instant
 * among its dates, so a job left over from anything else is harmless.
 */
export const SITE_REBUILD_TASK = 'site-rebuild'

type Id = number | string
type ConsultationDates = { id?: Id; _status?: string | null; status?: string | null; opensAt?: string | null; closesAt?: string | null }
type RebuildInput = { reason: string; consultation?: number | null; at?: string | null }

const iso = (value: string | null | undefined): string | null => {
  const t = value ? Date.parse(value) : NaN
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

/** The instants still to come at which this consultation's public phase changes (none once closed by hand). */
export function phaseChanges(doc: ConsultationDates, now = new Date()): string[] {
  if (doc._status !== 'published' || doc.status === 'da-ket-thuc') return []
  const instants = [iso(doc.opensAt), iso(doc.closesAt)].filter((t): t is string => t !== null && Date.parse(t) > now.getTime())
  return [...new Set(instants)]
}

/** The site-rebuild jobs of one consultation still waiting in the queue. */
async function queuedFor(req: PayloadRequest, consultation: Id) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: SITE_REBUILD_TASK } }, { completedAt: { exists: false } }, { processing: { not_equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.filter((job) => String((job.input as RebuildInput | null)?.consultation ?? '') === String(consultation))
}

/** Makes the queued jobs of one consultation exactly one per instant in `wanted`. */
async function reconcile(req: PayloadRequest, consultation: Id, wanted: string[]): Promise<void> {
  const kept = new Set<string>()
  for (const job of await queuedFor(req, consultation)) {
    const at = iso((job.input as RebuildInput | null)?.at)
    if (at && wanted.includes(at) && !kept.has(at)) kept.add(at)
    else await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  }
  for (const at of wanted) {
    if (kept.has(at)) continue
    await req.payload.jobs.queue({
      task: SITE_REBUILD_TASK,
      input: { reason: `dự thảo #${String(consultation)} chuyển giai đoạn lấy ý kiến`, consultation: Number(consultation), at },
      waitUntil: new Date(at),
      req,
    })
  }
}

/** Saving the published consultation (not a draft of it) sets its queued rebuilds to its current dates. */
export const scheduleConsultationRebuilds: CollectionAfterChangeHook = async ({ doc, req }) => {
  const d = doc as ConsultationDates
  if (d._status === 'published' && d.id !== undefined) await reconcile(req, d.id, phaseChanges(d))
  return doc
}

export const unscheduleConsultationRebuilds: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const id = (doc as ConsultationDates).id
  if (id !== undefined) await reconcile(req, id, [])
  return doc
}

/**
 * The task: asks the build coordinator of this process (the server, which alone runs the job queue) for a
 * rebuild. Where the server does not rebuild the site (SITE_REBUILD=off) it does nothing; if the coordinator is not
 * installed yet (a job due while the server was down runs as soon as the queue starts), it fails and is retried.
 */
export const siteRebuildTask: TaskConfig<{ input: RebuildInput; output: { requested: boolean } }> = {
  slug: SITE_REBUILD_TASK,
  label: 'Build lại trang công khai (dự thảo mở hoặc hết hạn lấy ý kiến)',
  inputSchema: [
    { name: 'reason', type: 'text', required: true },
    { name: 'consultation', type: 'number' },
    { name: 'at', type: 'text' },
  ],
  outputSchema: [{ name: 'requested', type: 'checkbox' }],
  retries: { attempts: 10, backoff: { type: 'fixed', delay: 5000 } },
  handler: async ({ input, req }) => {
    if (input.consultation !== undefined && input.consultation !== null) {
      const doc = (await req.payload.findByID({
        collection: 'consultations',
        id: input.consultation,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as ConsultationDates | null
      const at = iso(input.at)
      const current = doc?._status === 'published' && at !== null && [iso(doc.opensAt), iso(doc.closesAt)].includes(at)
      if (!current) return { output: { requested: false } }
    }
    if (process.env.SITE_REBUILD === 'off') return { output: { requested: false } }
    if (!coordinator()) throw new Error('Bộ build trang công khai chưa sẵn sàng; sẽ thử lại.')
    requestSiteRebuild({ reason: input.reason })
    return { output: { requested: true } }
  },
}
