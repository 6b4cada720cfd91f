import { normalisePeriod, type Period, type PeriodType, PERIOD_TYPES, periodProblem, previousQuarter } from '@gd/shared/report-periods'

/**
 * The period an editor picks on the first screen (?ky=thang|quy|nua-nam|nam&nam=2026&so=3): the previous quarter when
 * nothing is picked; a Vietnamese problem (and the previous quarter) when the pick is incomplete.
 */
export function periodFromQuery(q: Record<string, string | string[] | undefined>, now: Date): { period: Period; problem: string | null } {
  const one = (k: string) => (Array.isArray(q[k]) ? q[k][0] : q[k]) ?? ''
  const type = one('ky')
  if (!type) return { period: previousQuarter(now), problem: null }
  const n = Number(one('so'))
  const raw: Period = { periodType: type as PeriodType, year: Number(one('nam')), month: n, quarter: n, half: n }
  const problem = PERIOD_TYPES.some((t) => t.value === type)
    ? periodProblem(raw)
    : 'Vui lòng chọn loại kỳ báo cáo (tháng, quý, 6 tháng hoặc năm).'
  return problem ? { period: previousQuarter(now), problem } : { period: normalisePeriod(raw), problem: null }
}
