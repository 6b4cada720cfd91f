import { newestWeeksFirst } from '@gd/shared/work-schedule'
import type { WorkScheduleDoc } from '../types.ts'
import { fetchAll, once } from './client.ts'

/** Published weeks of the leaders' work schedule, newest first (@gd/shared/work-schedule). */
export const getWorkSchedules = (): Promise<WorkScheduleDoc[]> =>
  once('work-schedules', async () => newestWeeksFirst(await fetchAll<WorkScheduleDoc>('work-schedules', { depth: 0 })))
