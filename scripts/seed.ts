/**
 * `npm run seed`: migrates the database and adds the demo content that is missing (idempotent).
 * Demo accounts are made only outside production; in production an administrator comes from
 * ADMIN_EMAIL and ADMIN_PASSWORD when both are set and no administrator exists yet, and the demo content
 * only with SEED_DEMO=true.
 */
import { config } from '@gd/shared/config'
import { resolveDependenciesFast } from './lib/dependency-resolve.ts'
import { prepareLocalEnv } from './lib/local-env.ts'

prepareLocalEnv()
resolveDependenciesFast()
const production = config().isProduction
const { payloadInstance } = await import('../cms/src/server/payload.ts')
const { migrateDatabase } = await import('../cms/src/migrate.ts')
const { seed } = await import('../cms/src/seed/index.ts')
const { ensureProductionAdmin } = await import('../cms/src/seed/admin.ts')

const payload = await payloadInstance()
await migrateDatabase(payload)
// production gets the ten themes only, unless SEED_DEMO=true asks for the illustrative content as well
const demoContent = !production || config().SEED_DEMO
const result = await seed(payload, { demoUsers: !production, demoContent, log: (m) => console.log(m) })
if (production) await ensureProductionAdmin(payload, (m) => console.log(m))
else if (result.demoUsers.length > 0) {
  console.log('\nTài khoản demo (chỉ dùng khi phát triển):')
  for (const u of result.demoUsers) console.log(`  ${u.role.padEnd(7)} ${u.email}  /  ${u.password}`)
}
await payload.destroy()
process.exit(0)
