import path from 'node:path'
import { fileURLToPath } from 'node:url'
import madge from 'madge'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * No module imports itself back, through any chain, across cms/src, shared/src, site/src and scripts: a cycle
 * makes load order decide what a module sees (an import undefined at startup) and ties folders that should stand
 * apart (audit ↔ workflow once did). Imports are resolved as the code resolves them (@gd/shared/*, @payload-config).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Cycles known and tolerated: none (a cycle added here must say why and who will remove it). */
const KNOWN: string[][] = []

/** Folders of cms/src known to import each other (through any chain): none. */
const KNOWN_FOLDER_CYCLES: string[][] = []

const key = (cycle: string[]) => [...cycle].sort().join(' → ')

/** The folder of cms/src a file lives in (cms/src/audit…); files at its root and outside it stand for themselves. */
const folderOf = (file: string) =>
  file.startsWith('cms/src/') && file.split('/').length > 3 ? file.split('/').slice(0, 3).join('/') : file

/** Groups of nodes that reach each other (strongly connected components of more than one node; Tarjan). */
function tangles(edges: Map<string, Set<string>>): string[][] {
  let next = 0
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    onStack = new Set<string>(),
    out: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      group.push(w)
    } while (w !== v)
    if (group.length > 1) out.push(group)
  }
  for (const v of edges.keys()) if (!index.has(v)) visit(v)
  return out
}

describe('imports', () => {
  let graph: Awaited<ReturnType<typeof madge>>
  beforeAll(async () => {
    graph = await madge(['cms/src', 'shared/src', 'site/src', 'scripts'], {
      baseDir: ROOT,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: {
        compilerOptions: {
          baseUrl: ROOT,
          module: 'esnext',
          moduleResolution: 'bundler',
          allowImportingTsExtensions: true,
          jsx: 'preserve',
          paths: {
            '@gd/shared': ['shared/src/index.ts'],
            '@gd/shared/*': ['shared/src/*'],
            '@payload-config': ['cms/src/payload.config.ts'],
          },
        },
      },
    })
  }, 120_000)

  it('have no cycles between files', () => {
    // the graph really was read: the config and the shared rules it imports are in it
    const files = Object.keys(graph.obj())
    expect(files.length).toBeGreaterThan(150)
    expect(graph.obj()['cms/src/payload.config.ts']).toContain('shared/src/dates.ts')
    // an import madge cannot resolve leaves its edge out, and a cycle through it would go unseen: every import of
    // our own code must resolve (only the generated importMap.js's component paths, which madge reads as .js, do not)
    const ours = graph.warnings().skipped.filter((spec) => spec.startsWith('.') || spec.startsWith('@gd/'))
    expect(ours.filter((spec) => !spec.startsWith('../../../components/'))).toEqual([])
    const known = new Set(KNOWN.map(key))
    expect(graph.circular().filter((cycle) => !known.has(key(cycle)))).toEqual([])
  })

  it('go one way between the folders of cms/src (audit is used by workflow, never the reverse)', () => {
    const edges = new Map<string, Set<string>>()
    for (const [file, deps] of Object.entries(graph.obj())) {
      const from = folderOf(file)
      if (!edges.has(from)) edges.set(from, new Set())
      for (const dep of deps) if (folderOf(dep) !== from) edges.get(from)!.add(folderOf(dep))
    }
    expect(edges.get('cms/src/workflow')).toContain('cms/src/audit')
    const known = new Set(KNOWN_FOLDER_CYCLES.map(key))
    expect(tangles(edges).filter((group) => !known.has(key(group)))).toEqual([])
  })
})
