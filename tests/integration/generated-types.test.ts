import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { freshPayload } from '../helpers/payload'

/**
 * cms/src/payload-types.ts is written by `npx payload generate:types` only (typescript.autoGenerate is off in
 * payload.config.ts, so no start rewrites it): the committed file must be exactly what that command writes from the
 * current collections, or the admin, the site and the tests would be typed against another schema.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>

beforeAll(async () => {
  ctx = await freshPayload('generated-types')
})
afterAll(async () => {
  await ctx?.close()
})

it('the committed payload-types.ts is what generate:types writes from the current configuration', async () => {
  const { generateTypes } = await import('payload/node')
  const committed = ctx.payload.config.typescript.outputFile
  const written = path.join(ctx.dataDir, 'payload-types.ts')
  const before = fs.readFileSync(committed, 'utf8')
  process.env.PAYLOAD_TS_OUTPUT_PATH = written
  try {
    await generateTypes(ctx.payload.config, { log: false })
  } finally {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
  }
  expect(fs.readFileSync(committed, 'utf8'), 'the committed file is left as it was').toBe(before)
  expect(fs.readFileSync(written, 'utf8') === before, 'npx payload generate:types, then commit cms/src/payload-types.ts').toBe(true)
})
