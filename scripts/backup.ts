/**
 * `npm run backup [-- <folder>]`: one dated archive of the database (taken while the server runs), the uploads and
 * the secret, in <folder> (default DATA_DIR/../sao-luu, i.e. beside the data folder). Prints the archive's path last.
 */
import path from 'node:path'
import { config } from '@gd/shared/config'
import { prepareLocalEnv } from './lib/local-env.ts'
import { backup } from './lib/backup.ts'

prepareLocalEnv()
const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(config().DATA_DIR), 'sao-luu'))
try {
  const archive = await backup(dir)
  console.log(archive)
} catch (err) {
  console.error(`Sao lưu thất bại: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
