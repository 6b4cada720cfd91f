import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The order vitest hands the test files to its workers (vitest.config.ts, sequence.sequencer). Vitest starts the files
 * that took longest in the last run on this machine first; on a fresh clone (CI) it has no last run and starts the
 * largest files first, so a long file could start last and run alone while the other worker idles. Here the files
 * known to take longest (a clean `.ci/run`, 2026-12-05, 10 s and more) start first, longest first, in their group
 * and project; the others follow in vitest's own order. Where every file has a result of its own, vitest's order
 * stands. A file missing from the list, or a list grown stale, only costs time, never a test.
 */
export const LONGEST_FIRST = [
  'e2e/accessibility-news-and-media.test.ts',
  'e2e/accessibility-services.test.ts',
  'e2e/layout.test.ts',
  'e2e/newsroom.test.ts',
  'e2e/admin-roles.test.ts',
  'e2e/opinion-reporting.test.ts',
  'e2e/feeds.test.ts',
  'e2e/admin-words.test.ts',
  'e2e/feedback-loop.test.ts',
  'e2e/themes-and-sections.test.ts',
  'e2e/procedures-and-events.test.ts',
  'e2e/citizen-and-editor.test.ts',
  'e2e/corrections-and-sharing.test.ts',
  'e2e/disclosures-and-directory.test.ts',
  'e2e/gallery.test.ts',
  'e2e/work-schedule-sitemap-english.test.ts',
  'integration/publish-to-live.test.ts',
  'integration/two-processes.test.ts',
  'integration/site-rebuild-schedule.test.ts',
  'integration/search-index-changes.test.ts',
  'integration/site-build-disk-full.test.ts',
  'integration/rebuild-triggers.test.ts',
  'integration/crash-recovery.test.ts',
  'integration/feedback-deadline-days.test.ts',
  'integration/access-matrix.test.ts',
  'integration/attack-richtext.test.ts',
  'integration/static-precompressed.test.ts',
  'integration/preview-access.test.ts',
  'integration/seed.test.ts',
  'integration/backup-restore.test.ts',
  'integration/astro-warm-runner.test.ts',
  'integration/opinion-reports.test.ts',
  'integration/feedback-statistics.test.ts',
].map((file) => `/tests/${file}`)

const rank = (spec: TestSpecification) => {
  const i = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(file))
  return i < 0 ? LONGEST_FIRST.length : i
}

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted
    // vitest's order of groups and projects stays; inside each, the known long files first
    const block = (spec: TestSpecification) => `${spec.project.config.sequence.groupOrder}/${spec.project.name}`
    const blocks = new Map<string, number>()
    for (const spec of sorted) if (!blocks.has(block(spec))) blocks.set(block(spec), blocks.size)
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => blocks.get(block(a.spec))! - blocks.get(block(b.spec))! || rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec)
  }
}
