import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { labelOf, ROLES } from '@gd/shared/vocab'
import { viCollator } from '@gd/shared/text'

/** The administrator's first screen: who can sign in to the admin, by role, with their school. */
export async function AccountsPanel({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (user?.role !== 'admin') return null
  const { docs } = await payload.find({ collection: 'users', depth: 1, limit: 500, pagination: false, overrideAccess: false, user })
  const rank = (r: string | null | undefined) => ROLES.findIndex((x) => x.value === r)
  const rows = docs.sort((a, b) => rank(a.role) - rank(b.role) || viCollator.compare(a.name ?? a.email, b.name ?? b.email))
  const counts = ROLES.map((r) => `${r.label}: ${docs.filter((d) => d.role === r.value).length}`).join(' · ')
  return (
    <section className="role-home__panel" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Tài khoản ({docs.length})</h2>
      <p>{counts}</p>
      <div className="admin-table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Thư điện tử</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Trường</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <td>
                  <a href={`/admin/collections/users/${u.id}`}>{u.name || u.email}</a>
                </td>
                <td>{u.email}</td>
                <td>{labelOf(ROLES, u.role)}</td>
                <td>{typeof u.school === 'object' && u.school ? u.school.name : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/admin/collections/users/create">Thêm tài khoản</a>
      </p>
    </section>
  )
}
