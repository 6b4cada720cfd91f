import type { SanitizedConfig } from 'payload'

/** Payload's own global: when each scheduled task last ran, which decides when it runs next. */
const JOB_STATS = 'payload-jobs-stats'
const nobody = () => false

/**
 * Payload adds a global of its own, `payload-jobs-stats`, when tasks are scheduled (../jobs.ts). It comes with Payload's
 * default access, anyone signed in: a school account could read it and write it over REST, and a `lastScheduledRun` in
 * the year 9999 would stop a scheduled task from being queued again (the daily erasure of citizens' personal data
 * past its retention among them). Payload reads and writes it through the database adapter, which no access rule
 * stops; here nobody may through the API or the admin. Applied to the built config (the global is added while Payload
 * builds it).
 */
export function jobScheduleServerOnly(config: SanitizedConfig): SanitizedConfig {
  const stats = config.globals.find((g) => g.slug === JOB_STATS)
  if (stats) stats.access = { ...stats.access, read: nobody, readVersions: nobody, update: nobody }
  return config
}
