import type { AlbumDoc, VideoDoc } from '../types.ts'
import { newestOn } from '../gallery.ts'
import { fetchAll, once, withSlug } from './client.ts'

/** Published albums, newest first, with their photos (Media docs with alt text and sizes) populated. */
export const getAlbums = (): Promise<AlbumDoc[]> =>
  once('albums', async () => newestOn(withSlug(await fetchAll<AlbumDoc>('albums')), (a) => a.takenOn))

/** Published videos, newest first, with their poster populated. */
export const getVideos = (): Promise<VideoDoc[]> =>
  once('videos', async () => newestOn(withSlug(await fetchAll<VideoDoc>('videos')), (v) => v.recordedOn))
