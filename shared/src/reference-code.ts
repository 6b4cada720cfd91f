/**
 * Reference codes for citizen submissions: "GY-2026-7K3QX".
 * The alphabet leaves out 0/O, 1/I/L and U so a code reads aloud and copies by hand without ambiguity;
 * 5 random characters from 30 give ~24 million codes a year, drawn with a cryptographic generator.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const RANDOM_LENGTH = 5

export const REFERENCE_CODE_PATTERN = /^GY-\d{4}-[2-9A-HJKMNP-TV-Z]{5}$/

export function generateReferenceCode(now: Date = new Date()): string {
  const bytes = new Uint32Array(RANDOM_LENGTH)
  globalThis.crypto.getRandomValues(bytes)
  let random = ''
  for (const b of bytes) random += CODE_ALPHABET[b % CODE_ALPHABET.length]
  return `GY-${now.getFullYear()}-${random}`
}

/** Normalises what a citizen typed ("gy 2026 7k3qx") to the canonical form, or null when it cannot be a code. */
export function normalizeReferenceCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '')
  const m = /^GY(\d{4})([0-9A-Z]{5})$/.exec(compact)
  if (!m) return null
  const code = `GY-${m[1]}-${m[2]}`
  return REFERENCE_CODE_PATTERN.test(code) ? code : null
}
