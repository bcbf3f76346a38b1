import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { automationBuildDir, ROOT, type BrowserName } from './paths';

/** Runs `wxt build` for one browser; `automation` adds the test-only host permission. */
export function buildExtension(browser: BrowserName, automation: boolean, log: (...args: unknown[]) => void): void {
  const target = browser === 'chromium' ? 'chrome' : 'firefox';
  log(`building the ${automation ? 'automation' : 'shipped'} ${target} extension…`);
  const result = spawnSync('npx', ['wxt', 'build', '-b', target], {
    cwd: ROOT,
    env: { ...process.env, THREADWISE_BUILD: automation ? 'automation' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build -b ${target} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Builds the automation extension for a browser unless it is already there. */
export async function ensureAutomationBuild(browser: BrowserName, log: (...args: unknown[]) => void): Promise<void> {
  if (!existsSync(join(automationBuildDir(browser), 'manifest.json'))) buildExtension(browser, true, log);
}
