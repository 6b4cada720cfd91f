import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, config } from '@gd/shared/config'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The embedded default's environment: data under ./data, and a PAYLOAD_SECRET made once per installation and
 * kept in data/.secret (mode 600), unless the environment already sets them.
 */
export function prepareLocalEnv(): void {
  process.env.DATA_DIR ??= path.join(ROOT, 'data')
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  fs.mkdirSync(process.env.DATA_DIR, { recursive: true })
  if (!process.env.PAYLOAD_SECRET) {
    const file = path.join(process.env.DATA_DIR, '.secret')
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    process.env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
  }
  // a bad value stops the program here, with the Vietnamese message alone (no stack trace)
  try {
    config()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(err.message)
    process.exit(1)
  }
}
