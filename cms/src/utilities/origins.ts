/**
 * Which origins may use the login cookie (Payload's CSRF allow-list) and whether it is Secure. The public origin
 * (PUBLIC_URL) always; the server's own local origins (http://localhost:<PORT>, http://127.0.0.1:<PORT>) when there
 * is no public origin or outside production. Never empty: an empty list would make Payload accept every origin.
 */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins: string[] = []
  const publicOrigin = env.PUBLIC_URL ? safeOrigin(env.PUBLIC_URL) : null
  if (publicOrigin) origins.push(publicOrigin)
  if (!publicOrigin || env.NODE_ENV !== 'production') {
    const port = env.PORT || '3000'
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`)
  }
  return origins
}

/** The login cookie is Secure whenever the public origin is https. */
export const secureCookies = (env: NodeJS.ProcessEnv = process.env): boolean => (env.PUBLIC_URL ?? '').startsWith('https:')

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}
