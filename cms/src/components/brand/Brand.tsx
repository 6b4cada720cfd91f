import type { Payload } from 'payload'
import React from 'react'

/** The organisation's name and logo from Cấu hình trang (the owner is data, never code). */
async function brand(payload: Payload): Promise<{ name: string; logo: string | null }> {
  const s = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true }).catch(() => null)
  const logo = s?.logo && typeof s.logo === 'object' ? (s.logo.sizes?.thumbnail?.url ?? s.logo.url ?? null) : null
  return { name: s?.orgName || 'Quản trị nội dung', logo }
}

/** The admin's logo (login page, above the form): the organisation's emblem and name, in place of Payload's. */
export async function BrandLogo({ payload }: { payload: Payload }) {
  const { name, logo } = await brand(payload)
  return (
    <span className="brand-logo">
      {logo ? <img src={logo} alt="" width={56} height={56} /> : null}
      <span className="brand-logo__name">{name}</span>
      <span className="brand-logo__sub">Quản trị nội dung</span>
    </span>
  )
}

/** The small mark in the admin's header, linking home: the organisation's emblem, named for screen readers. */
export async function BrandIcon({ payload }: { payload: Payload }) {
  const { name, logo } = await brand(payload)
  return logo ? (
    <img className="brand-icon" src={logo} alt={name} width={28} height={28} />
  ) : (
    <span className="brand-icon brand-icon--text" aria-label={name}>
      {name.slice(0, 1)}
    </span>
  )
}
