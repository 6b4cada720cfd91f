/** A relationship value may arrive as an id or as a populated document. */
export function schoolIdOf(value: unknown): string | number | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in (value as Record<string, unknown>)) {
    return (value as { id: string | number }).id
  }
  return value as string | number
}
