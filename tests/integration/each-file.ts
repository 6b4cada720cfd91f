/**
 * The integration project's setupFiles: runs before every test file. The project does not isolate its files
 * (vitest.config.ts, `isolate: false`): each of its two workers loads Payload, Next's libraries, the database drivers
 * and the rest of node_modules once and keeps them for every file it runs (3 s a file, measured), instead of loading
 * them again in a new process per file. What a file must still find fresh is made fresh here:
 * - the environment as the worker started (a file sets its own data folder and limits: envFor, freshPayload);
 * - the project's own modules (cms/, shared/, scripts/), evaluated again, so they read that environment;
 * - Payload's instance cache (on globalThis: getPayload would hand out the last file's destroyed instance) and the
 *   process-wide state the CMS keeps on globalThis (login failure counts, the rebuild coordinator, the job runner).
 */
import { vi } from 'vitest'
import { takeProcessWide } from '../../shared/src/process-wide'

const ENV = Symbol.for('gd.test.workerEnv')
const holder = globalThis as { [ENV]?: NodeJS.ProcessEnv; _payload?: Map<string, unknown> } & Record<symbol, unknown>
holder[ENV] ??= { ...process.env }
const started = holder[ENV]
for (const key of Object.keys(process.env)) if (!(key in started)) delete process.env[key]
Object.assign(process.env, started)

vi.resetModules()
holder._payload?.clear()
for (const name of ['loginFailures', 'siteBuildCoordinator', 'jobRunner']) takeProcessWide(name)
