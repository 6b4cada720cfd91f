import type { RunningServer } from '../../cms/src/server/index.ts'
import { resolveDependenciesFast } from './dependency-resolve.ts'

/**
 * Starts Payload and the express server in this process (Next in production mode, as `next start` does)
 * and stops both cleanly on SIGINT/SIGTERM.
 */
export async function serve(): Promise<RunningServer> {
  Object.assign(process.env, { NODE_ENV: 'production' })
  const stopResolvingFast = resolveDependenciesFast()
  const { limitHeapGrowth } = await import('../../cms/src/server/heap-growth.ts')
  limitHeapGrowth()
  const { payloadInstance } = await import('../../cms/src/server/payload.ts')
  const { startServer } = await import('../../cms/src/server/index.ts')
  const payload = await payloadInstance({ runJobs: true })
  const server = await startServer(payload)
  stopResolvingFast()
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\nĐang dừng máy chủ (${signal})…`)
    await server.close()
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  return server
}
