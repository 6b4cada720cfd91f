import fs from 'node:fs'
import { registerHooks } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * A shortcut for one kind of import, taken before Node's own resolution: a relative import with its extension
 * (`./column.js`) from a file inside node_modules. Node 24 answers each such import by copying and parsing the whole
 * `exports` map of the importing package's package.json again (getPackageScopeConfig): drizzle-orm's is 129 KB and its
 * files import each other about 600 times when the server starts. Resolved here instead as Node resolves it (the URL
 * against the importer, the file's real path, its format from the extension or the nearest package.json's "type"),
 * the server's start took a quarter less CPU (5.6 → 4.1 s to Next ready, 8 paired runs, `farm-bench`); only while it
 * starts (below). Anything else, and any such import this does not find as a file, goes to Node as before.
 * tests/integration/dependency-resolve.test.ts compares its answer with Node's for every import the server makes.
 */
const typeOfFolder = new Map<string, 'module' | 'commonjs' | undefined>()

/** The "type" of the package.json nearest to a folder (not past a node_modules folder), as Node reads it. */
function packageType(folder: string): 'module' | 'commonjs' | undefined {
  const walked: string[] = []
  let type: 'module' | 'commonjs' | undefined
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (typeOfFolder.has(dir)) {
      type = typeOfFolder.get(dir)
      break
    }
    walked.push(dir)
    let text: string | undefined
    try {
      text = fs.readFileSync(path.join(dir, 'package.json'), 'utf8')
    } catch {
      text = undefined
    }
    if (text !== undefined) {
      const declared = (JSON.parse(text) as { type?: unknown }).type
      type = declared === 'module' || declared === 'commonjs' ? declared : undefined
      break
    }
    if (path.basename(dir) === 'node_modules' || path.dirname(dir) === dir) break
  }
  for (const dir of walked) typeOfFolder.set(dir, type)
  return type
}

/** Node's answer for a relative import (not a require: conditions without "import") from inside node_modules, or null where Node must be asked. */
export function resolveDependencyImport(
  specifier: string,
  { parentURL, conditions }: { parentURL?: string; conditions?: readonly string[] },
): { url: string; format: string | null } | null {
  if (!conditions?.includes('import')) return null
  if (!parentURL?.startsWith('file://') || !parentURL.includes('/node_modules/')) return null
  if (!/^\.\.?\/[^?#%]*\.(?:js|mjs|cjs)$/.test(specifier)) return null
  let file: string
  try {
    file = fs.realpathSync(fileURLToPath(new URL(specifier, parentURL)))
    if (!fs.statSync(file).isFile()) return null
  } catch {
    return null
  }
  const url = pathToFileURL(file).href
  if (file.endsWith('.mjs')) return { url, format: 'module' }
  if (file.endsWith('.cjs')) return { url, format: 'commonjs' }
  // no "type": Node leaves the format open and decides by the file's syntax when it loads it
  return { url, format: packageType(path.dirname(file)) ?? null }
}

/**
 * Takes the shortcut for the imports this process makes until the returned function is called. While hooks are
 * registered every require() of the process goes through them, and Next requires modules on each request: the
 * server's answers through Next were about a quarter slower (`/api/themes`, 10 s at 10 connections: 328–432 req/s
 * against 493–550), so the server stops the shortcut once it has started (scripts/lib/serve.ts).
 */
export function resolveDependenciesFast(): () => void {
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve) {
      const found = resolveDependencyImport(specifier, context)
      return found ? { ...found, shortCircuit: true } : nextResolve(specifier, context)
    },
  })
  return () => hooks.deregister()
}
