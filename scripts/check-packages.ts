/**
 * `npm run zip`, then checks what it made: the Chrome Web Store zip, the Firefox add-on zip and
 * the sources zip addons.mozilla.org asks for, each named with package.json's version; the two
 * packages come from the shipped build (package.json's version in the manifest, no `<all_urls>`
 * anywhere: that is the automation build's); the sources hold what a reviewer needs to rebuild
 * and no dependencies, outputs or test artifacts; `web-ext lint` passes on the Firefox package
 * as unpacked from its zip. With `--rebuild` it also rebuilds from the unpacked sources, as a
 * reviewer would (`npm ci` is replaced by a link to this checkout's node_modules), and compares
 * the result with the Firefox package file by file.
 *
 *   npx tsx scripts/check-packages.ts [--no-zip] [--rebuild]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from './lib/paths';

const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const OUT = resolve(ROOT, '.output');
const files = {
  chrome: resolve(OUT, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: resolve(OUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: resolve(OUT, `${pkg.name}-${pkg.version}-sources.zip`),
};
/** What a reviewer needs to rebuild: the lock file, the build config, the code and the icons. */
const SOURCES_REQUIRED = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'];
const SOURCE_FOLDERS = ['entrypoints/', 'components/', 'utils/', 'public/'];
/** Never in the sources zip. */
const SOURCES_FORBIDDEN = [/^node_modules\//, /\/node_modules\//, /^\.output\//, /^\.wxt\//, /^artifacts\//, /^tests\//, /^seeds\//, /^test-results\//];

const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

function run(command: string, commandArgs: string[], cwd = ROOT): boolean {
  const env = { ...process.env };
  delete env.THREADWISE_BUILD;
  const result = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) console.log(`${command} ${commandArgs.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.status === 0;
}

async function unzipTo(zip: JSZip, dir: string): Promise<void> {
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
}

if (!args.includes('--no-zip')) {
  for (const file of Object.values(files)) rmSync(file, { force: true });
  check(run('npm', ['run', '--silent', 'zip']), 'npm run zip');
}
for (const [kind, file] of Object.entries(files)) check(existsSync(file), `${kind} zip: ${file.slice(ROOT.length + 1)}`);
if (failures.length) process.exit(1);

for (const kind of ['chrome', 'firefox'] as const) {
  const zip = await JSZip.loadAsync(readFileSync(files[kind]));
  const raw = await zip.file('manifest.json')?.async('string');
  check(!!raw, `${kind}: manifest.json at the root of the zip`);
  const manifest = JSON.parse(raw ?? '{}') as Record<string, unknown>;
  check(manifest.version === pkg.version, `${kind}: manifest version ${String(manifest.version)} is package.json's ${pkg.version}`);
  check(!(raw ?? '').includes('<all_urls>'), `${kind}: no <all_urls> anywhere in the manifest (shipped build, not the automation build)`);
  check(!('host_permissions' in manifest), `${kind}: no host permissions`);
  check(JSON.stringify(manifest.permissions) === JSON.stringify(['activeTab', 'scripting', 'storage']), `${kind}: permissions are activeTab, scripting, storage`);
  check(!!zip.file('background.js') && Object.keys(zip.files).some((f) => f.startsWith('content-scripts/')), `${kind}: background and content script inside`);
  if (kind === 'firefox') {
    const gecko = (manifest.browser_specific_settings as { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } })?.gecko;
    check(!!gecko?.id && JSON.stringify(gecko.data_collection_permissions?.required) === '["none"]', 'firefox: gecko id and data_collection_permissions { required: ["none"] }');
  }
}

const sourcesZip = await JSZip.loadAsync(readFileSync(files.sources));
const names = Object.keys(sourcesZip.files);
for (const required of SOURCES_REQUIRED) check(names.includes(required), `sources: ${required}`);
for (const folder of SOURCE_FOLDERS) check(names.some((n) => n.startsWith(folder) && !n.endsWith('/')), `sources: ${folder}`);
const forbidden = names.filter((n) => SOURCES_FORBIDDEN.some((pattern) => pattern.test(n)));
check(forbidden.length === 0, `sources: no node_modules, outputs, tests, seeds or artifacts${forbidden.length ? ` (found ${forbidden.slice(0, 5).join(', ')})` : ''}`);

// web-ext lint on the Firefox package as it will be uploaded.
const work = mkdtempSync(join(tmpdir(), 'threadwise-packages-'));
try {
  const unpacked = join(work, 'firefox');
  await unzipTo(await JSZip.loadAsync(readFileSync(files.firefox)), unpacked);
  check(run('npx', ['tsx', 'scripts/lint-firefox.ts', unpacked]), 'firefox package: web-ext lint, 0 errors, every warning explained');

  if (args.includes('--rebuild')) {
    const sources = join(work, 'sources');
    await unzipTo(sourcesZip, sources);
    symlinkSync(resolve(ROOT, 'node_modules'), join(sources, 'node_modules'));
    const built = run('npx', ['wxt', 'build', '-b', 'firefox'], sources);
    check(built, 'rebuild from the sources zip: npx wxt build -b firefox');
    if (built) {
      const firefox = await JSZip.loadAsync(readFileSync(files.firefox));
      const differing: string[] = [];
      for (const entry of Object.values(firefox.files)) {
        if (entry.dir) continue;
        const rebuilt = join(sources, '.output/firefox-mv2', entry.name);
        const same = existsSync(rebuilt) && readFileSync(rebuilt).equals(await entry.async('nodebuffer'));
        if (!same) differing.push(entry.name);
      }
      check(differing.length === 0, `rebuilt .output/firefox-mv2 equals the Firefox package file by file${differing.length ? ` (differ: ${differing.join(', ')})` : ''}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length ? `packages: ${failures.length} check(s) failed` : 'packages: all checks passed');
process.exit(failures.length ? 1 : 0);
