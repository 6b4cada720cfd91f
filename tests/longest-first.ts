import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The order vitest starts the files in (vitest.config.ts, sequence.sequencer): the files that take longest start first,
 * so that two workers finish together instead of one running a long file alone at the end. Vitest orders by the
 * durations it cached on an earlier run, and by file size when it has none, as on a clean clone in CI: there the
 * accessibility file (147 s, the longest of all, but a short file) started after 238 s and ran alone for its last 80 s.
 * These are the longest files of a clean CI run (seconds in test-results/vitest.json, 2026-12-04); the others keep
 * vitest's order after them. A file missing from the list only starts later, nothing else changes.
 */
const LONGEST = [
  // e2e
  'e2e/accessibility.test.ts', // 147 s
  'e2e/admin-roles.test.ts', // 59
  'e2e/newsroom.test.ts', // 58
  'e2e/layout.test.ts', // 57
  'e2e/opinion-reporting.test.ts', // 38
  'e2e/feedback-loop.test.ts', // 34
  'e2e/themes-and-sections.test.ts', // 30
  'e2e/admin-words.test.ts', // 26
  'e2e/feeds.test.ts', // 25
  // integration
  'integration/publish-to-live.test.ts', // 59
  'integration/two-processes.test.ts', // 48
  'integration/site-rebuild-schedule.test.ts', // 33
  'integration/search-index-changes.test.ts', // 32
  'integration/rebuild-triggers.test.ts', // 21
  'integration/access-matrix.test.ts', // 19
  'integration/crash-recovery.test.ts', // 18
  'integration/site-build-disk-full.test.ts', // 16
  'integration/feedback-deadline-days.test.ts', // 16
]

const rank = (spec: TestSpecification) => {
  const i = LONGEST.findIndex((file) => spec.moduleId.endsWith(`/tests/${file}`))
  return i < 0 ? LONGEST.length : i
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // vitest's order of groups and projects kept; within each project the listed files first (the sort is stable)
    const projects = new Map<string, TestSpecification[]>()
    for (const spec of await super.sort(files)) {
      const key = `${spec.project.config.sequence.groupOrder} ${spec.project.name}`
      projects.set(key, [...(projects.get(key) ?? []), spec])
    }
    return [...projects.values()].flatMap((specs) => specs.sort((a, b) => rank(a) - rank(b)))
  }
}
