import { type Config, config } from '@gd/shared/config'

/**
 * Which origins may use the login cookie (Payload's CSRF allow-list) and whether it is Secure. The public origin
 * (PUBLIC_URL) always; the server's own local origins (http://localhost:<PORT>, http://127.0.0.1:<PORT>) when there
 * is no public origin or outside production. Never empty: an empty list would make Payload accept every origin.
 */
export function trustedOrigins(c: Config = config()): string[] {
  const origins: string[] = []
  const publicOrigin = c.PUBLIC_URL ? safeOrigin(c.PUBLIC_URL) : null
  if (publicOrigin) origins.push(publicOrigin)
  if (!publicOrigin || !c.isProduction) {
    const port = c.PORT || 3000
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return origins
}

/** The login cookie is Secure whenever the public origin is https. */
export const secureCookies = (c: Config = config()): boolean => (c.PUBLIC_URL ?? '').startsWith('https:')

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}
