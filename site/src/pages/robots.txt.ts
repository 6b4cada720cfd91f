/** /robots.txt: the public site may be crawled (not the admin or the API); where the sitemap is. */
import type { APIRoute } from 'astro'
import { absoluteUrl } from '../lib/seo.ts'

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Disallow: /admin/', 'Disallow: /api/', `Sitemap: ${absoluteUrl('/sitemap-index.xml', site)}`, ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  )
