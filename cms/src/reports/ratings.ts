import type { Payload } from 'payload'

/** The ratings of items received in these months ("YYYY-MM"), as scores. */
export async function ratingScores(payload: Payload, months: string[]): Promise<number[]> {
  if (months.length === 0) return []
  const { docs } = await payload.find({
    collection: 'feedback-ratings',
    where: { month: { in: months } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { score: true },
  })
  return docs.map((d) => d.score).filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
}
