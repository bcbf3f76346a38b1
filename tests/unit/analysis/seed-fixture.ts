/**
 * The seed page as an Extraction, assembled at test time from the shared seed text and the
 * thread table in its README (comment → seed lines → parent).
 */
import { readFileSync } from 'node:fs';
import type { ExtractedComment, Extraction } from '../../../utils/schema';

export const SEED_PATH = '/work/shared/seeds/000_19ca5700293a0b5e.txt';

/** [comment id, seed lines (1-based), parent id, author] from the README table. */
export const SEED_TABLE: readonly (readonly [string, readonly number[], string | null, string])[] = [
  ['C1', [8, 9, 10, 11], null, 'A'],
  ['C2', [12], 'C1', 'B'],
  ['C3', [13], 'C2', 'A'],
  ['C4', [14, 15], 'C3', 'C'],
  ['C5', [16], 'C4', 'D'],
  ['C6', [17], 'C5', 'E'],
  ['C7', [18, 19], 'C6', 'F'],
  ['C8', [20], null, 'G'],
  ['C9', [21], 'C8', 'G'],
  ['C10', [22], null, 'H'],
  ['C11', [23], 'C10', 'I'],
  ['C12', [24], 'C11', 'J'],
  ['C13', [25], 'C10', 'K'],
  ['C14', [26], null, 'L'],
];

export function seedExtraction(): Extraction {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const line = (n: number): string => lines[n - 1] ?? '';
  const comments: ExtractedComment[] = SEED_TABLE.map(([id, seedLines, parentId, author]) => {
    const text = seedLines.map(line).join('\n');
    const urls = text.match(/https?:\/\/\S+/g) ?? [];
    return {
      id,
      parentId,
      level: null,
      author,
      time: null,
      text,
      links: urls.map((u) => ({ href: u, text: u })),
      locator: `#${id}`,
    };
  });
  return {
    url: 'https://news.example/putin-belarus-unification',
    article: {
      title: 'Putin says Western sanctions are speeding up Russia-Belarus “unification”',
      text: [1, 2, 3, 4, 5, 6, 7].map(line).join('\n'),
      lang: 'en',
    },
    comments,
    platform: 'structural',
    replySource: 'nesting',
    partial: false,
    detectMs: 12,
  };
}
