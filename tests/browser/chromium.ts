import { describe } from '@jest/globals'
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (or CHROME_PATH); CI must have it, elsewhere browser tests are skipped without it. */
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const haveChromium = fs.existsSync(CHROMIUM)
if (!haveChromium && process.env.CI)
  throw new Error(
    `CI runs the browser tests: install Chromium (apt-get install -y chromium) or set CHROME_PATH (looked for ${CHROMIUM})`,
  )
export const describeInBrowser = haveChromium ? describe : describe.skip

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in CI needs --no-sandbox; the rest keep Chromium off the network this machine does not have.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
