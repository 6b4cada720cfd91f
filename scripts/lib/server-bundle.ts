/**
 * The server as one file, cms/.server/serve.mjs: scripts/serve.ts with the project's code and the libraries it loads
 * (Payload, its database adapter, express, …) bundled by esbuild. A start then reads one file instead of resolving and
 * loading about 2,400 modules through tsx: 2.3–2.6 → 1.1 CPU-seconds until /healthz answers, 1.8–2.1 → 1.0–1.1 s
 * (three and four starts, a migrated empty database, measured here). Tests start their servers from it, and so do the
 * production image (Dockerfile) and the benchmarks; `npm start` and the seed still run the sources through tsx.
 *
 * What stays outside (EXTERNAL): Next (it loads the admin's own build), React, native and optional packages, the
 * build tools. Every bundled file keeps its own location: `import.meta.url` (`.dirname`, `.filename`), `__dirname`
 * and `__filename` name the file it was written in, not the bundle, so what is found from them (data folders, the
 * build's helper processes, a library's own files) is found as before. Class names are kept, and the source map
 * beside it names the original file of each line (SERVER_ARGS).
 *
 * It is made again whenever one of the project's files it was made from (or package-lock.json, or this file) has changed: the list
 * and their hashes are kept beside it (ensureServerBundle: `npm test`, the tests' startServer, the benchmarks;
 * `npm run build` makes it anew).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { build, type Plugin } from 'esbuild'
import { ROOT } from './local-env.ts'

export const SERVER_BUNDLE = path.join(ROOT, 'cms/.server/serve.mjs')
/**
 * How Node runs it. Without --enable-source-maps (36 MiB more at start: Node would read the map of the whole bundle);
 * with it (NODE_OPTIONS), stack traces in the log name the original files and lines. The map is read when an error
 * needs it (../../cms/src/utilities/thrownIn.ts).
 */
export const SERVER_ARGS = [SERVER_BUNDLE]
/** The project's files the bundle was made from, with their hashes. */
export const INPUTS = `${SERVER_BUNDLE}.inputs.json`
const ENTRY = path.join(ROOT, 'scripts/serve.ts')
/** Inputs of every bundle besides the project's files it bundles: the libraries' versions and how they are bundled. */
const ALWAYS_INPUTS = ['package-lock.json', 'scripts/lib/server-bundle.ts']

/**
 * Packages loaded from node_modules as they are, not bundled. None of them imports Payload: a package that does (the
 * MongoDB adapter) is bundled with it, so there is one Payload in the bundle, whose classes its errors are.
 */
const EXTERNAL = [
  /^next(?:$|\/)/,
  /^@next\//,
  /^react(?:$|\/)/,
  /^react-dom(?:$|\/)/,
  /^sharp(?:$|\/)/,
  /^@img\//,
  /^libsql(?:$|\/)/,
  /^@libsql\//,
  /^mongodb(?:$|\/)/,
  /^mongoose(?:$|\/)/,
  /^esbuild(?:$|\/)/,
  /^astro(?:$|\/)/,
  /^typescript(?:$|\/)/,
  /^prettier(?:$|\/)/,
  /^@swc\//,
  /^pino-pretty(?:$|\/)/,
  /^thread-stream(?:$|\/)/,
  /^exceljs(?:$|\/)/,
  /^fsevents(?:$|\/)/,
]

const LOADERS: Record<string, 'ts' | 'tsx' | 'js' | 'jsx'> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'jsx',
}

/** `import.meta.url`, `.dirname`, `.filename`, `__dirname` and `__filename` of each file as where that file lies. */
const ownLocation: Plugin = {
  name: 'gd:own-location',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8')
      const meta = /import\.meta\.(?:url|dirname|filename)/.test(source)
      const cjs = /\b__(?:dirname|filename)\b/.test(source)
      if (!meta && !cjs) return undefined
      const fromBundle = path.relative(path.dirname(SERVER_BUNDLE), args.path).split(path.sep).join('/')
      const file = JSON.stringify(fromBundle)
      let contents = meta
        ? source
            .replaceAll('import.meta.url', `__gdFileUrl(${file})`)
            .replaceAll('import.meta.filename', `__gdFilePath(${file})`)
            .replaceAll('import.meta.dirname', `__gdDirname(__gdFilePath(${file}))`)
        : source
      if (cjs && !/^\s*import\s|^\s*export\s/m.test(contents))
        contents = `var __filename = __gdFilePath(${file}), __dirname = __gdDirname(__filename);\n${contents}`
      return { contents, loader: LOADERS[path.extname(args.path)] ?? 'js', resolveDir: path.dirname(args.path) }
    })
  },
}

const external: Plugin = {
  name: 'gd:external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      EXTERNAL.some((re) => re.test(args.path)) ? { path: args.path, external: true } : undefined,
    )
  },
}

// what the rewritten files call (ownLocation), and `require` for the bundled CommonJS libraries' own requires
const BANNER = [
  "import { createRequire as __gdCreateRequire } from 'node:module';",
  "import { fileURLToPath as __gdFileURLToPath } from 'node:url';",
  "import { dirname as __gdDirname } from 'node:path';",
  'const require = __gdCreateRequire(import.meta.url);',
  'const __gdFileUrl = (p) => new URL(p, import.meta.url).href;',
  'const __gdFilePath = (p) => __gdFileURLToPath(new URL(p, import.meta.url));',
].join('\n')

function hashOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

export interface Inputs {
  files: Record<string, string>
}

/**
 * Whether the bundle or its map is missing, or one of the project's files it was made from (or the lock file, or this
 * file) has changed.
 */
export function serverBundleStale(inputs = INPUTS): boolean {
  let recorded: Inputs
  try {
    recorded = JSON.parse(fs.readFileSync(inputs, 'utf8')) as Inputs
  } catch {
    return true
  }
  if (!fs.existsSync(SERVER_BUNDLE) || !fs.existsSync(`${SERVER_BUNDLE}.map`)) return true
  if (ALWAYS_INPUTS.some((file) => !(file in recorded.files))) return true
  for (const [file, hash] of Object.entries(recorded.files)) {
    const full = path.join(ROOT, file)
    if (!fs.existsSync(full) || hashOf(full) !== hash) return true
  }
  return false
}

/**
 * Makes the bundle and its source map (each written under another name and renamed when whole: a server starting
 * meanwhile reads the old pair). ../../cms/src/utilities/badRequestIs400.ts reads the errors' class names and, through
 * the map, the files they were thrown in (../../cms/src/utilities/thrownIn.ts).
 */
export async function buildServerBundle(): Promise<void> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    jsx: 'automatic',
    outfile: SERVER_BUNDLE,
    write: false,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    keepNames: true,
    sourcemap: 'linked',
    alias: { '@payload-config': path.join(ROOT, 'cms/src/payload.config.ts') },
    banner: { js: BANNER },
    plugins: [external, ownLocation],
  })
  const files: Record<string, string> = {}
  for (const file of ALWAYS_INPUTS) files[file] = hashOf(path.join(ROOT, file))
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.includes('node_modules/') || input.includes(':')) continue
    files[input] = hashOf(path.join(ROOT, input))
  }
  fs.mkdirSync(path.dirname(SERVER_BUNDLE), { recursive: true })
  const outputs = [
    ...result.outputFiles.map((f) => ({ file: f.path, contents: f.contents })),
    { file: INPUTS, contents: JSON.stringify({ files } satisfies Inputs) },
  ]
  // the map first and the list of inputs last: a bundle is never newer than its map, nor its list than the bundle
  outputs.sort((a, b) => rank(a.file) - rank(b.file))
  for (const { file, contents } of outputs) {
    fs.writeFileSync(`${file}.${process.pid}.tmp`, contents)
    fs.renameSync(`${file}.${process.pid}.tmp`, file)
  }
}
const rank = (file: string) => (file.endsWith('.map') ? 0 : file === INPUTS ? 2 : 1)

let ensured: Promise<boolean> | undefined
/** Makes the bundle when it is stale (once per process); answers whether it made it. */
export function ensureServerBundle(): Promise<boolean> {
  ensured ??= (async () => {
    if (!serverBundleStale()) return false
    await buildServerBundle()
    return true
  })()
  return ensured
}
