// The system's Chromium for browser tests (Debian's `chromium` package; .ci/run
// installs it), driven by playwright-core, which downloads no browser of its own.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

export const CHROMIUM = process.env.REPLY_LINT_CHROMIUM ?? '/usr/bin/chromium'

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return fs.existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install chromium, or set REPLY_LINT_CHROMIUM)`
}

/** A headless Chromium with a fresh profile, kept off the network it does not need. */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: {width: 1200, height: 900},
  })
  return {
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, {recursive: true, force: true})
    },
  }
}
