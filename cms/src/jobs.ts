import { config } from '@gd/shared/config'
import type { Config } from 'payload'
import { anonymiseFeedbackTask } from './collections/Feedback/personalData'
import { siteRebuildTask } from './site-build/consultations'
import { validityRebuildTask } from './site-build/validity-rebuilds'
import { isStaffUser } from './access/isStaff'
import { holdLease } from './coordination/lease'
import { reportRemindersTask } from './collections/ReportDeadlines/reminders'
import { processWide, processWideIfAny } from '@gd/shared/process-wide'

/** The lease (./coordination/lease.ts) held by the one CMS process that runs the job queue. */
export const JOBS_LEASE = 'job-runner'
const JOBS_LEASE_MS = 60_000

/**
 * Payload's job queue (scheduled publishing and later tasks) runs inside the server by itself: a cron ticks every
 * JOBS_CRON (default every 10 seconds) and runs what is due. Only the process that asked for crons runs them
 * (the express server calls getPayload with cron: true), and only once per process. Across CMS processes on one
 * database, only the holder of the `job-runner` lease queues scheduled tasks and runs the queue on each tick: Payload
 * claims a job by a find then an update, which two processes could both do; and it queues a scheduled task after
 * checking none is queued, which two processes could both do too. The holder keeps the lease by ticking; if it
 * dies, another process takes over within a minute.
 */
export const jobsConfig: NonNullable<Config['jobs']> = {
  // running the queue over REST (GET /api/payload-jobs/run, /handle-schedules), queueing and cancelling with
  // overrideAccess: false — staff only (Payload's default is any logged-in user)
  access: {
    run: ({ req }) => isStaffUser(req.user),
    queue: ({ req }) => isStaffUser(req.user),
    cancel: ({ req }) => isStaffUser(req.user),
  },
  // scheduling (queueing the tasks whose `schedule` is due) is done by the lease holder in shouldAutoRun below
  autoRun: [{ cron: config().JOBS_CRON, queue: 'default', limit: 20, disableScheduling: true }],
  shouldAutoRun: async (payload) => {
    if (processWideIfAny<boolean>('jobRunner') !== true) return false
    if (!(await holdLease(payload, JOBS_LEASE, JOBS_LEASE_MS))) return false
    await payload.jobs.handleSchedules({ queue: 'default' })
    return true
  },
  // the retention of citizens' personal data: daily (FEEDBACK_RETENTION_CRON), scheduled by Payload itself;
  // a rebuild of the public site when a draft for comment opens or closes (queued with waitUntil by its hooks);
  // hourly, a rebuild when an announcement came into force or expired since the last build;
  // daily at 07:00 Hà Nội time, reminders to the schools that have not sent their opinion report
  tasks: [anonymiseFeedbackTask, siteRebuildTask, validityRebuildTask, reportRemindersTask],
}

/** Marks this process as the one that runs the job queue. */
export function enableJobRunner(): void {
  processWide('jobRunner', () => true)
}
