import type { PayloadRequest } from 'payload'
import { schoolIdOf } from '../utilities/schoolIdOf'
import { AUDIT_ACTIONS, type AuditAction } from './auditLog'

type Named = { title?: string; name?: string; code?: string; filename?: string; email?: string }

/** What an entry names: a title, a name, a feedback item's reference code (never its sender), a file, an account. */
export const titleOf = (doc: Named): string | null => doc.code ?? doc.title ?? doc.name ?? doc.filename ?? doc.email ?? null

export interface AuditTarget {
  collection: string
  id?: string | number | null
  title?: string | null
}

/** Appends one audit entry in the request's transaction; a failure to audit is logged, never thrown at the user. */
export async function recordAudit(
  req: PayloadRequest,
  action: AuditAction,
  target: AuditTarget,
  actor: { id?: number | string; email?: string; role?: string | null; school?: unknown } | null = req.user as never,
): Promise<void> {
  const label = AUDIT_ACTIONS.find((a) => a.value === action)?.label ?? action
  try {
    await req.payload.create({
      collection: 'audit-log',
      overrideAccess: true,
      req,
      data: {
        at: new Date().toISOString(),
        action,
        user: (actor?.id as number | undefined) ?? undefined,
        userEmail: actor?.email ?? 'hệ thống',
        role: actor?.role ?? undefined,
        school: (schoolIdOf(actor?.school) as number | null) ?? undefined,
        targetCollection: target.collection,
        targetId: target.id == null ? undefined : String(target.id),
        targetTitle: target.title ?? undefined,
        summary: `${label}: ${target.title ?? target.id ?? target.collection}`.slice(0, 250),
      },
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: `Không ghi được nhật ký (${action})` })
  }
}
