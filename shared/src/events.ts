/**
 * Events and anniversaries (sự kiện, ngày lễ), by Hà Nội calendar day: an event is upcoming until the end of its
 * last day (its end, else its start). The list shows upcoming ones first (soonest first), then past ones (latest
 * first); the home page the next three. The site is static, so the CMS's hourly task rebuilds it when an event
 * passed since the last build (cms/src/site-build/validity-rebuilds.ts).
 */
import { toLocalDate, type DateInput } from './working-days.ts'

export const EVENTS_URL = '/su-kien/'
export const eventHref = (slug: string): string => `${EVENTS_URL}${encodeURIComponent(slug)}/`

export const EVENT_KINDS = [
  { value: 'ngay-le', label: 'Ngày lễ, ngày kỷ niệm' },
  { value: 'su-kien', label: 'Sự kiện của ngành' },
] as const
export type EventKind = (typeof EVENT_KINDS)[number]['value']
export const eventKindLabel = (v: string | null | undefined): string => EVENT_KINDS.find((k) => k.value === v)?.label ?? ''

export interface DatedEvent {
  startsAt: string
  endsAt?: string | null
}

export const lastDay = (e: DatedEvent): string => toLocalDate(e.endsAt || e.startsAt)
export const isUpcoming = (e: DatedEvent, now: DateInput = new Date()): boolean => lastDay(e) >= toLocalDate(now)

/** Upcoming (soonest first) and past (latest first). */
export function splitEvents<T extends DatedEvent>(list: readonly T[], now: DateInput = new Date()): { upcoming: T[]; past: T[] } {
  const start = (e: T) => toLocalDate(e.startsAt)
  const upcoming = list.filter((e) => isUpcoming(e, now)).sort((a, b) => start(a).localeCompare(start(b)))
  const past = list.filter((e) => !isUpcoming(e, now)).sort((a, b) => lastDay(b).localeCompare(lastDay(a)))
  return { upcoming, past }
}

/** What the home page shows: the next `count` events. */
export const nextEvents = <T extends DatedEvent>(list: readonly T[], count = 3, now: DateInput = new Date()): T[] =>
  splitEvents(list, now).upcoming.slice(0, count)

/** Whether some event passed between two instants (the last build and now). */
export const eventsPassedBetween = (list: readonly DatedEvent[], since: DateInput, now: DateInput = new Date()): boolean =>
  list.some((e) => isUpcoming(e, since) !== isUpcoming(e, now))
