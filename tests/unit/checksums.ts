/**
 * Test helper: the entries of a checksum file in `sha256sum` format ("HEX  NAME" per line), each
 * with the SHA-256 of the named file beside it, so a test can assert that labelled data is the
 * data that was fixed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface ChecksumEntry {
  file: string;
  expected: string;
  actual: string;
}

export function checksumEntries(sumsPath: string): ChecksumEntry[] {
  return readFileSync(sumsPath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [expected = '', file = ''] = line.trim().split(/\s+/);
      const actual = createHash('sha256').update(readFileSync(resolve(dirname(sumsPath), file))).digest('hex');
      return { file, expected, actual };
    });
}
