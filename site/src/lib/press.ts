/** The spokesperson and press page (/phat-ngon/) and its press releases: URLs and the press-release rule. */
import type { Article } from './types.ts'

export const PRESS_BASE = '/phat-ngon/'
export const PRESS_RELEASES_URL = '/phat-ngon/thong-cao/'

/** Articles marked as press releases (thông cáo báo chí) are listed on the press page and in its feed. */
export const isPressRelease = (a: Article): boolean => a.pressRelease === true
