import { spawn, type SpawnOptions } from 'node:child_process'

/** Runs a command to completion, inheriting the terminal; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} kết thúc với mã ${code ?? signal}`)),
    )
  })
}

export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
