/**
 * Backup and restore of everything a department needs to rebuild its site (`npm run backup`, `npm run restore`):
 * the database taken consistently while the server runs (SQLite: `VACUUM INTO`, an online snapshot in one read
 * transaction; MongoDB: `mongodump --archive --gzip`), the uploaded images (MEDIA_DIR) and documents (FILES_DIR), the
 * private files of the schools' and the department's reports (REPORT_FILES_DIR: attachments, signed scans), and
 * the installation's secret (DATA_DIR/.secret, when the secret is not set in the environment). The public site is
 * not kept: it is built again from the CMS.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { config } from '@gd/shared/config'
import { type Entry, extractTarGz, folderEntries, writeTarGz } from './tar.ts'

export const MANIFEST = 'sao-luu.json'
const SQLITE_FILE = 'cms.db'
const MONGO_FILE = 'mongodb.archive.gz'

interface Manifest {
  createdAt: string
  database: 'sqlite' | 'mongodb'
  files: string[]
}

function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', (err) => reject(new Error(`Không chạy được ${command} (${err.message}); hãy cài MongoDB Database Tools.`)))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} kết thúc với mã ${code}.`))))
  })
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

/** Writes `<dir>/sao-luu-<yyyymmdd-hhmmss>.tar.gz` and returns its path. */
export async function backup(dir: string): Promise<string> {
  const c = config()
  const now = new Date()
  fs.mkdirSync(dir, { recursive: true })
  const work = fs.mkdtempSync(path.join(dir, '.dang-sao-luu-'))
  try {
    const mongo = c.DATABASE_URL.startsWith('mongodb')
    const dbFile = path.join(work, mongo ? MONGO_FILE : SQLITE_FILE)
    if (mongo) await runTool('mongodump', [`--uri=${c.DATABASE_URL}`, `--archive=${dbFile}`, '--gzip'])
    else {
      const client = createClient({ url: c.DATABASE_URL })
      try {
        await client.execute({ sql: 'VACUUM INTO ?', args: [dbFile] })
      } finally {
        client.close()
      }
    }
    const entries: Entry[] = [{ name: path.basename(dbFile), file: dbFile }]
    entries.push(
      ...(await folderEntries(c.MEDIA_DIR, 'media')),
      ...(await folderEntries(c.FILES_DIR, 'files')),
      ...(await folderEntries(c.REPORT_FILES_DIR, 'report-files')),
    )
    const secret = path.join(c.DATA_DIR, '.secret')
    if (fs.existsSync(secret)) entries.push({ name: '.secret', file: secret })
    const manifest: Manifest = { createdAt: now.toISOString(), database: mongo ? 'mongodb' : 'sqlite', files: entries.map((e) => e.name) }
    fs.writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2))
    const archive = path.join(dir, `sao-luu-${stamp(now)}.tar.gz`)
    const partial = path.join(work, 'archive.tar.gz')
    await writeTarGz(partial, [{ name: MANIFEST, file: path.join(work, MANIFEST) }, ...entries])
    fs.renameSync(partial, archive) // the archive appears whole or not at all
    return archive
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Restores an archive into an empty DATA_DIR (MEDIA_DIR and FILES_DIR, when set elsewhere, must be empty too). */
export async function restore(archive: string): Promise<{ files: number; database: string }> {
  const c = config()
  if (!fs.existsSync(archive)) throw new Error(`Không tìm thấy tệp sao lưu: ${archive}`)
  for (const dir of [c.DATA_DIR, c.MEDIA_DIR, c.FILES_DIR])
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
      throw new Error(`Thư mục ${dir} không trống: hãy khôi phục vào một thư mục trống.`)
  const sqliteTarget = c.DATABASE_URL.replace(/^file:/, '')
  if (!c.DATABASE_URL.startsWith('mongodb') && fs.existsSync(sqliteTarget))
    throw new Error(`Đã có cơ sở dữ liệu ${sqliteTarget}: hãy khôi phục vào một thư mục trống.`)
  fs.mkdirSync(c.DATA_DIR, { recursive: true })
  const work = fs.mkdtempSync(path.join(c.DATA_DIR, '.dang-khoi-phuc-'))
  try {
    const mongo = c.DATABASE_URL.startsWith('mongodb')
    const written = await extractTarGz(archive, path.join(work, 'archive.tar'), (name) => {
      if (name === MANIFEST || name === MONGO_FILE) return path.join(work, name)
      if (name === SQLITE_FILE) return mongo ? null : sqliteTarget
      if (name === '.secret') return path.join(c.DATA_DIR, '.secret')
      const [top, ...rest] = name.split('/')
      if (top === 'media') return path.join(c.MEDIA_DIR, ...rest)
      if (top === 'files') return path.join(c.FILES_DIR, ...rest)
      if (top === 'report-files') return path.join(c.REPORT_FILES_DIR, ...rest)
      return null
    })
    const manifest = JSON.parse(fs.readFileSync(path.join(work, MANIFEST), 'utf8')) as Manifest
    if (manifest.database === 'mongodb' && mongo) {
      await runTool('mongorestore', [`--uri=${c.DATABASE_URL}`, `--archive=${path.join(work, MONGO_FILE)}`, '--gzip', '--drop'])
    } else if (manifest.database !== (mongo ? 'mongodb' : 'sqlite')) {
      throw new Error(`Bản sao lưu là của ${manifest.database}, còn DATABASE_URL là ${mongo ? 'mongodb' : 'sqlite'}.`)
    }
    return { files: written.length, database: manifest.database }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
