import { config } from '@gd/shared/config'
import type { Config } from 'payload'
import { anonymiseFeedbackTask } from './collections/Feedback/personalData'
import { siteRebuildTask } from './site-build/consultations'
import { validityRebuildTask } from './site-build/validity-rebuilds'
import { isStaffUser } from './access/isStaff'

const KEY = Symbol.for('gd.jobRunner')

/**
 * Payload's job queue (scheduled publishing and later tasks) runs inside the server by itself: a cron ticks every
 * JOBS_CRON (default every 10 seconds) and runs what is due. Only the process that asked for crons runs them
 * (the express server calls getPayload with cron: true), and only once per process.
 */
export const jobsConfig: NonNullable<Config['jobs']> = {
  // running the queue over REST (GET /api/payload-jobs/run, /handle-schedules), queueing and cancelling with
  // overrideAccess: false — staff only (Payload's default is any logged-in user)
  access: {
    run: ({ req }) => isStaffUser(req.user),
    queue: ({ req }) => isStaffUser(req.user),
    cancel: ({ req }) => isStaffUser(req.user),
  },
  autoRun: [{ cron: config().JOBS_CRON, queue: 'default', limit: 20 }],
  shouldAutoRun: () => {
    const g = globalThis as { [KEY]?: boolean }
    return g[KEY] === true
  },
  // the retention of citizens' personal data: daily (FEEDBACK_RETENTION_CRON), scheduled by Payload itself;
  // a rebuild of the public site when a draft for comment opens or closes (queued with waitUntil by its hooks);
  // hourly, a rebuild when an announcement came into force or expired since the last build
  tasks: [anonymiseFeedbackTask, siteRebuildTask, validityRebuildTask],
}

/** Marks this process as the one that runs the job queue. */
export function enableJobRunner(): void {
  ;(globalThis as { [KEY]?: boolean })[KEY] = true
}
