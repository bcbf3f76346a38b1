/**
 * The command line runs the real extension: `npm run annotate -- --json` on the seed page in
 * both browsers gives one valid result object per input on stdout and nothing else; a missing
 * input gives an object with `error` and exit status 2; a bad option exits 1 with the usage.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from '../../scripts/lib/paths';
import { AnalysisResult } from '../../utils/schema';
import { readSeedExpectation } from './support';

const expected = readSeedExpectation('russia-belarus-union');

function annotate(args: string[]) {
  return spawnSync('npx', ['tsx', resolve(ROOT, 'scripts/annotate.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

for (const browser of ['chromium', 'firefox']) {
  test(`${browser}: annotate --json prints the seed page's analysis and nothing else`, () => {
    const run = annotate(['--json', '--browser', browser]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = AnalysisResult.parse(JSON.parse(lines[0]!));
    expect(result.article?.title).toBe(expected.title);
    expect(result.comments.map((c) => [c.id, c.parentId])).toEqual(expected.comments.map((c) => [c.id, c.parentId]));
    const marks = Object.fromEntries(result.comments.map((c) => [c.id, c.marks.map((m) => m.kind)]));
    for (const c of expected.comments) {
      for (const kind of c.marks) expect(marks[c.id]).toContain(kind);
      for (const kind of marks[c.id]!) expect([...c.marks, ...(c.mayMark ?? [])]).toContain(kind);
    }
  });
}

test('annotate --click and --wait read a lazy comment section, as far as the page loads it', () => {
  const run = annotate(['--json', '--click', '#load-more', '--wait', '1500', resolve(ROOT, 'seeds/live-lazy-thread/page.html')]);
  expect(run.status, run.stderr).toBe(0);
  const result = AnalysisResult.parse(JSON.parse(run.stdout.trim()));
  // Two comments and a reply appear 2 s after load; "Load more comments" brings two more.
  expect(result.comments.map((c) => c.id)).toEqual(['comment-501', 'comment-502', 'comment-503', 'comment-504', 'comment-505']);
});

test('annotate reports a missing input as an error object and exit status 2, and a bad option with the usage', () => {
  const missing = annotate(['--json', resolve(ROOT, 'seeds/no-such-page.html')]);
  expect(missing.status).toBe(2);
  const result = AnalysisResult.parse(JSON.parse(missing.stdout.trim()));
  expect(result.error).toBe('no such file');
  expect(missing.stderr).not.toMatch(/\n\s+at /);

  const bad = annotate(['--browser', 'netscape']);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('Usage: npm run annotate');
});
