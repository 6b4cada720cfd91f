import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../../../audit/record'

/** Audits a new account and every change of role (who changed it, for whom, from what to what). */
export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') {
    await recordAudit(req, 'created', { collection: 'users', id: doc.id, title: `${doc.email} (${doc.role})` })
  } else if (previousDoc?.role !== doc.role) {
    await recordAudit(req, 'role-changed', { collection: 'users', id: doc.id, title: `${doc.email}: ${previousDoc?.role} → ${doc.role}` })
  }
  return doc
}
