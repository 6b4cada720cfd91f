import type { AfterErrorHook } from 'payload'
import { processWide } from '@gd/shared/process-wide'
import { recordAudit } from './record'

const WINDOW_MS = 15 * 60_000
/** Failed logins for one e-mail within the window that make one audit entry. */
export const LOGIN_FAILURE_THRESHOLD = 5

const failures = () => processWide('loginFailures', () => new Map<string, number[]>())

/**
 * Watches Payload's errors for failed logins (wrong password, locked account) and audits an e-mail once each time
 * it reaches the threshold within 15 minutes. The counts live once per process (globalThis).
 */
export const auditLoginFailures: AfterErrorHook = async ({ error, req, collection }) => {
  const name = (error as { name?: string })?.name
  if (collection?.slug !== 'users' || !req?.url?.includes('/users/login')) return
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  const email = String((req.data as { email?: unknown } | undefined)?.email ?? '')
    .toLowerCase()
    .slice(0, 254)
  if (!email) return
  const now = Date.now()
  const recent = (failures().get(email) ?? []).filter((t) => now - t < WINDOW_MS)
  recent.push(now)
  failures().set(email, recent)
  if (recent.length === LOGIN_FAILURE_THRESHOLD) {
    await recordAudit(req, 'login-failed', { collection: 'users', title: email }, { email, role: null })
  }
}
