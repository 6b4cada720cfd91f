/** Polls `check` until it holds or `timeoutMs` passes; answers whether it held (the caller asserts, with context). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 90_000, intervalMs = 300): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  return check()
}
