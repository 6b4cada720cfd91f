import type { FieldAccess, RelationshipField } from 'payload'
import type { LabelFunction, StaticLabel } from 'payload'
import { schoolIdOf } from '../utilities/schoolIdOf'

const notSchool: FieldAccess = ({ req: { user } }) => user?.role !== 'school'

/**
 * The school an item belongs to. For a school contributor it is preset to its own school and shown locked (the field
 * is not theirs to write); the server sets it to their school whatever is sent (./enforceReview.ts). Staff choose it.
 */
export function ownSchoolField({ label, required }: { label: LabelFunction | StaticLabel; required?: boolean }): RelationshipField {
  return {
    name: 'school',
    type: 'relationship',
    relationTo: 'schools',
    label,
    required,
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => (user?.role === 'school' ? (schoolIdOf(user.school) ?? undefined) : undefined),
    access: { create: notSchool, update: notSchool },
  }
}
