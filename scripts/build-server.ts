/** `npm run build:server`: the server as one file (scripts/lib/server-bundle.ts), which the production image runs. */
import { buildServerBundle, SERVER_BUNDLE } from './lib/server-bundle.ts'

await buildServerBundle()
console.log(`Đã đóng gói máy chủ: ${SERVER_BUNDLE}`)
