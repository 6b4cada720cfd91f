import { getPayload, type Payload } from 'payload'
import config from '../payload.config.ts'

/** The Payload instance of the express side (migrations, seed, public endpoints, health). */
export function payloadInstance(): Promise<Payload> {
  return getPayload({ config })
}
