/**
 * State that exists once per process, though the module holding it may be loaded more than once there: Next's bundle
 * and the express code each load the CMS's modules; Astro's bundle of the site and its configuration each load the
 * site's; the build's waiting process imports a loader of the site itself. It is kept on globalThis under
 * Symbol.for('gd.<name>') (tests/integration/each-file.ts clears the CMS's between test files). Imports nothing: Node
 * runs it without a loader in the build's waiting process.
 */
const holder = () => globalThis as unknown as Record<symbol, unknown>
const keyOf = (name: string) => Symbol.for(`gd.${name}`)

/** The process's one value of this name, made by `create` the first time it is asked for. */
export function processWide<T>(name: string, create: () => T): T {
  const key = keyOf(name)
  if (!(key in holder())) holder()[key] = create()
  return holder()[key] as T
}

/** The process's value of this name, or undefined when none was made. */
export const processWideIfAny = <T>(name: string): T | undefined => holder()[keyOf(name)] as T | undefined

/** The process's value of this name, no longer kept (undefined when none was made). */
export function takeProcessWide<T>(name: string): T | undefined {
  const value = processWideIfAny<T>(name)
  delete holder()[keyOf(name)]
  return value
}
