/**
 * `web-ext lint` on the shipped Firefox build (`.output/firefox-mv2`, or the folder given as
 * the first argument: `scripts/check-packages.ts` lints the unpacked store package). Errors fail; so does any warning that is not
 * listed below with the reason it is acceptable (the README repeats the list).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths';

/**
 * Warnings we accept, by code and bundled file, and why. Keep in step with the README's
 * "web-ext lint" section. Anything else fails.
 */
const EXPLAINED_WARNINGS: Array<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/content\.js$/,
    why: "Mozilla Readability's own innerHTML writes, made only inside the detached clone of the page it parses (a document without a browsing context: nothing in it loads or runs); Threadwise writes page text to the page only as textContent",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/popup-[\w-]+\.js$/,
    why: "Preact's support for dangerouslySetInnerHTML, which no Threadwise component uses: the popup renders page text only as text nodes",
  },
];

function explanation(warning: LintMessage): string | undefined {
  return EXPLAINED_WARNINGS.find((w) => w.code === warning.code && w.file.test(warning.file ?? ''))?.why;
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const source = process.argv[2] ? resolve(process.argv[2]) : resolve(ROOT, '.output/firefox-mv2');
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
const unexplained = report.warnings.filter((w) => !explanation(w));
for (const e of report.errors) console.log(`error   ${e.code}: ${e.message} ${e.file ?? ''}`);
for (const w of report.warnings) {
  const why = explanation(w);
  console.log(`warning ${w.code}: ${w.message} ${w.file ?? ''}${why ? ` (accepted: ${why})` : ' (NOT EXPLAINED)'}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
