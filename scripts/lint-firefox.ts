/**
 * `web-ext lint` on the shipped Firefox build. Errors fail; so does any warning that is not
 * listed below with the reason it is acceptable (the README repeats the list).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths';

/** Warning codes we accept, and why. Keep in step with the README's "web-ext lint" section. */
const EXPLAINED_WARNINGS: Record<string, string> = {};

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const source = resolve(ROOT, '.output/firefox-mv2');
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', source, '--output', 'json', '--no-config-discovery'], {
  cwd: ROOT,
  encoding: 'utf8',
});
let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const unexplained = report.warnings.filter((w) => !(w.code in EXPLAINED_WARNINGS));
for (const e of report.errors) console.log(`error   ${e.code}: ${e.message} ${e.file ?? ''}`);
for (const w of report.warnings) {
  console.log(`warning ${w.code}: ${w.message} ${w.file ?? ''}${EXPLAINED_WARNINGS[w.code] ? ` (accepted: ${EXPLAINED_WARNINGS[w.code]})` : ''}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
