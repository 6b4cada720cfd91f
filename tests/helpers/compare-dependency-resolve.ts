/**
 * Run as a script by tests/integration/dependency-resolve.test.ts: loads the CMS's configuration (every dependency the
 * server loads) with a hook that asks Node for each import and compares the shortcut's answer
 * (scripts/lib/dependency-resolve.ts). Prints one JSON line: how many imports the shortcut answered, how many
 * differed from Node, and the first differences.
 */
import { registerHooks } from 'node:module'
import { resolveDependencyImport } from '../../scripts/lib/dependency-resolve.ts'

let answered = 0
const differences: string[] = []
registerHooks({
  resolve(specifier, context, nextResolve) {
    const node = nextResolve(specifier, context)
    const shortcut = resolveDependencyImport(specifier, context)
    if (shortcut) {
      answered++
      const sameFormat = shortcut.format === node.format
      if (shortcut.url !== node.url || !sameFormat)
        differences.push(
          `${specifier} from ${context.parentURL}: ${JSON.stringify(shortcut)} ≠ ${JSON.stringify({ url: node.url, format: node.format })}`,
        )
    }
    return node
  },
})
await import('../../cms/src/payload.config.ts')
await import('next')
console.log(JSON.stringify({ answered, differed: differences.length, differences: differences.slice(0, 10) }))
process.exit(0)
