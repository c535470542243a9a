import { z } from 'zod'

/**
 * A script's `--name value` flags, checked by `schema`. A wrong or missing value prints what zod
 * says of it and exits 2, rather than a stack trace.
 */
export function scriptArgs<S extends z.ZodType>(schema: S, argv = process.argv.slice(2)): z.infer<S> {
  const pairs = argv
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((pair) => pair.trim().split(/\s+/) as [string, string])
  const parsed = schema.safeParse(Object.fromEntries(pairs))
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`)
  process.exit(2)
}
