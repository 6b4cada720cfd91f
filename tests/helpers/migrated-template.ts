/**
 * Run as a script (by tests/integration/template-database.ts): migrates an empty SQLite file in the given folder
 * from the committed migrations, exactly as freshPayload does, then writes it as one complete file (VACUUM INTO,
 * nothing left in a -wal beside it) to the given template path. Not a test file.
 *   node --import tsx/esm tests/helpers/migrated-template.ts <dataDir> <template.db>
 */
import fs from 'node:fs'
import type { Client } from '@libsql/client'
import { envFor } from './env'

const [dataDir, template] = process.argv.slice(2)
if (!dataDir || !template) throw new Error('usage: migrated-template.ts <dataDir> <template.db>')
Object.assign(process.env, envFor(dataDir))
const { payloadInstance } = await import('../../cms/src/server/payload.ts')
const { migrateDatabase } = await import('../../cms/src/migrate.ts')
const payload = await payloadInstance()
await migrateDatabase(payload)
// the SQLite adapter's own libsql client (the adapter-neutral Payload type does not show it)
// written under another name, then renamed: a file waiting for the template never sees half of it
const part = `${template}.part`
await (payload.db as unknown as { client: Client }).client.execute(`VACUUM INTO '${part.replaceAll("'", "''")}'`)
await payload.destroy()
fs.renameSync(part, template)
process.exit(0)
