/** The server alone (no build, no seed): what tests and the production container run. */
import { prepareLocalEnv } from './lib/local-env.ts'
import { serve } from './lib/serve.ts'

prepareLocalEnv()
const server = await serve()
console.log(`Máy chủ đã chạy: ${server.url}/`)
