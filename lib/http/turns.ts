/** At most `limit` calls of `run` at once; the others wait in order, or get `undefined` when `maxWaiting` already wait. */
export function turns(limit: number, maxWaiting: number) {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    running -= 1
    const next = waiting.shift()
    if (next) {
      running += 1
      next()
    }
  }
  return async <T>(run: () => Promise<T>): Promise<T | undefined> => {
    if (running >= limit) {
      if (waiting.length >= maxWaiting) return undefined
      await new Promise<void>((resolve) => waiting.push(resolve))
    } else {
      running += 1
    }
    return run().finally(release)
  }
}
