import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute locations the CMS and the server agree on. Environment variables override the defaults. */
export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const ROOT_DIR = path.resolve(CMS_DIR, '..')
export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(ROOT_DIR, 'data'))
export const MEDIA_DIR = path.resolve(process.env.MEDIA_DIR ?? path.join(DATA_DIR, 'media'))
export const SITE_DIST = path.resolve(process.env.SITE_DIST ?? path.join(ROOT_DIR, 'site', 'dist'))
/** Uploaded documents (PDF, Word), served by Payload at /api/files/file/<filename>. */
export const FILES_DIR = path.resolve(process.env.FILES_DIR ?? path.join(DATA_DIR, 'files'))
