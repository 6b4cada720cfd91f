import type { Role } from '@gd/shared/vocab'

export interface DemoUser {
  email: string
  password: string
  name: string
  role: Role
  /** Name of the seeded school a school contributor belongs to. */
  school?: string
}

/** One account per role for the demo. Created only outside production (NODE_ENV !== 'production'). */
export const DEMO_USERS: DemoUser[] = [
  { email: 'quantri@example.edu.vn', password: 'Hoc-Tap-Tot-2026', name: 'Quản trị hệ thống (demo)', role: 'admin' },
  { email: 'bientap@example.edu.vn', password: 'Tin-Tuc-Moi-2026', name: 'Cán bộ truyền thông (demo)', role: 'editor' },
  { email: 'truonghoc@example.edu.vn', password: 'Guong-Sang-2026', name: 'Cộng tác viên nhà trường (demo)', role: 'school' },
]
