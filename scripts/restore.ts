/**
 * `DATA_DIR=<empty folder> npm run restore -- <archive>`: brings back a backup made by `npm run backup` (the SQLite
 * file at DATA_DIR/cms.db, uploads in MEDIA_DIR and FILES_DIR, the secret; MongoDB through mongorestore).
 */
import path from 'node:path'
import { config } from '@gd/shared/config'
import { restore } from './lib/backup.ts'

const archive = process.argv[2]
if (!archive || !process.env.DATA_DIR) {
  console.error('Cách dùng: DATA_DIR=<thư mục trống> npm run restore -- <tệp sao lưu .tar.gz>')
  process.exit(2)
}
try {
  const result = await restore(path.resolve(archive))
  console.log(`Đã khôi phục ${result.database} và ${result.files} tệp vào ${config().DATA_DIR}.`)
} catch (err) {
  console.error(`Khôi phục thất bại: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
