import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CarryAnswer, CarryJob } from './carry-over-worker'
import { helperEnv } from './helper-env'

/** Beside this module (not from the configured paths: a test imports it before it sets its data folder). */
const workerFile = () => path.join(path.dirname(fileURLToPath(import.meta.url)), 'carry-over-worker.ts')

/**
 * Brings pages, folders and files of the previous build into the new one by hard links, in a process of its own
 * (./carry-over-worker.ts, which says what is carried and how); answers how many of the pages were there to carry,
 * and for `allPagesBut` which page folders it carried.
 */
export function carryOver(job: CarryJob): Promise<CarryAnswer> {
  return new Promise((resolve, reject) => {
    // no loader: Node strips the worker's types itself (it imports only Node's modules)
    const worker = spawn(process.execPath, [workerFile()], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: helperEnv({ NODE_OPTIONS: '' }),
    })
    let output = ''
    let errors = ''
    worker.stdout.on('data', (d) => (output += d))
    worker.stderr.on('data', (d) => (errors += d))
    worker.on('error', reject)
    // a worker gone before it read its job must fail the build, not the server (an unhandled EPIPE)
    worker.stdin.on('error', reject)
    worker.on('close', (code, signal) =>
      code === 0
        ? resolve(JSON.parse(output) as CarryAnswer)
        : reject(new Error(`Giữ trang cũ dừng với mã ${code ?? signal}: ${errors.slice(-1000)}`)),
    )
    worker.stdin.end(JSON.stringify(job))
  })
}
