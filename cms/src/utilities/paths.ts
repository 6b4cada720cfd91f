import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { config } from '@gd/shared/config'

/** Absolute locations the CMS and the server agree on. The folders come from the configuration (shared/src/config.ts). */
export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const ROOT_DIR = path.resolve(CMS_DIR, '..')
export const DATA_DIR = config().DATA_DIR
export const MEDIA_DIR = config().MEDIA_DIR
export const SITE_DIST = config().SITE_DIST
/** Uploaded documents (PDF, Word), served by Payload at /api/files/file/<filename>. */
export const FILES_DIR = config().FILES_DIR
/** Files attached to schools' and the department's reports (incident attachments, signed scans): never public. */
export const REPORT_FILES_DIR = config().REPORT_FILES_DIR
