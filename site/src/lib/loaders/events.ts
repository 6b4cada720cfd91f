import type { EventDoc } from '../types.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** Published events and anniversaries; pages split them into upcoming and past (@gd/shared/events). */
export const getEvents = (): Promise<EventDoc[]> => once('events', async () => withSlug(await fetchAll<EventDoc>('events')))
