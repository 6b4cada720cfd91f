/**
 * Which collections and globals each role sees in the admin's navigation and first-screen cards. Hiding is only for
 * clarity: what a role may read or change is decided by each collection's access rules on the server (cms/src/access),
 * never here. A hidden collection's screens are not routed for that role either.
 */
type Viewer = { user: object | null }
const roleOf = (user: object | null) => (user as { role?: unknown } | null)?.role

/** Staff's work (themes, schools, documents, drafts for comment, the organisation): not shown to school accounts. */
export const hiddenFromSchools = ({ user }: Viewer) => roleOf(user) === 'school'

/** Accounts, site settings and the public site's updates: shown to administrators only (others use "Tài khoản"). */
export const shownToAdminsOnly = ({ user }: Viewer) => roleOf(user) !== 'admin'
