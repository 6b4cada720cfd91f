import type { JoinField } from 'payload'
import { l } from '../utilities/label'

/**
 * The urgent reports (báo cáo đột xuất) that link this item, shown on the item's screen: the other side of the links an
 * editor sets on the report (`on` names the report's relationship field). Read with the reports' own access.
 */
export const urgentReportsJoin = (on: 'relatedFeedback' | 'relatedPress'): JoinField => ({
  name: 'urgentReports',
  type: 'join',
  collection: 'urgent-reports',
  on,
  defaultLimit: 10,
  label: l('Báo cáo đột xuất liên quan', 'Related urgent reports'),
  admin: { defaultColumns: ['title', 'school', 'occurredAt', 'acknowledged'], allowCreate: false },
})
