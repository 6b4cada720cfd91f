/** Resident memory of processes, read from /proc (Linux), for the benchmarks' peak-memory figures. */
import fs from 'node:fs'

/** A process's resident set in MiB (0 when it is gone). */
export function rssMiB(pid: number | undefined): number {
  try {
    const m = pid ? /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8')) : null
    return m ? Math.round(Number(m[1]) / 1024) : 0
  } catch {
    return 0
  }
}

/** Every living descendant of a process (children, their children…). */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // the parent is the 2nd field after the command, which may contain spaces: read after the last ')'
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)])
    } catch {
      // exited while we read
    }
  }
  const out: number[] = []
  const walk = (p: number) => {
    for (const c of parents.get(p) ?? []) {
      out.push(c)
      walk(c)
    }
  }
  walk(pid)
  return out
}

/**
 * Samples, every `everyMs`, the RSS of a process and the largest RSS of any one of its descendants (a build step:
 * astro, pagefind). `peaks()` gives the maxima so far; `stop()` ends the sampling.
 */
export function memorySampler(pid: () => number | undefined, everyMs = 250) {
  let self = 0
  let child = 0
  const timer = setInterval(() => {
    const p = pid()
    if (!p) return
    self = Math.max(self, rssMiB(p))
    for (const c of descendants(p)) child = Math.max(child, rssMiB(c))
  }, everyMs)
  return {
    peaks: () => ({ selfMiB: self, childMiB: child }),
    /** start a new window for the descendants' peak */
    resetChild: () => (child = 0),
    /** start a new window for the process's own peak */
    resetSelf: () => (self = 0),
    stop: () => clearInterval(timer),
  }
}
