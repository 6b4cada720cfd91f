import { expect } from 'vitest'
import { PASSWORD } from './fixtures'

/** Logs in over the server's REST API and returns the JWT; the login must answer 200. */
export async function loginToken(serverUrl: string, email: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status, `đăng nhập ${email}`).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** One JWT per name, e.g. loginTokens(url, { editor: 'editor@test.example', school: 'truong-a@test.example' }). */
export async function loginTokens<K extends string>(serverUrl: string, emails: Record<K, string>): Promise<Record<K, string>> {
  const tokens = {} as Record<K, string>
  for (const [who, email] of Object.entries(emails) as [K, string][]) tokens[who] = await loginToken(serverUrl, email)
  return tokens
}
