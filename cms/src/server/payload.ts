import { getPayload, type Payload } from 'payload'
import { enableJobRunner } from '../jobs'
import config from '../payload.config.ts'

/**
 * The Payload instance of this process. Next's route handlers reach the same cached instance (Payload caches it on
 * globalThis), so the server asks for it first, with `runJobs` set: this process then runs the job queue
 * (scheduled publishing) by itself.
 */
export function payloadInstance(options: { runJobs?: boolean } = {}): Promise<Payload> {
  if (options.runJobs) enableJobRunner()
  return getPayload({ config, cron: Boolean(options.runJobs) })
}
