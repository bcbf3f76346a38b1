import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCueProbes } from './cue-probes';

/**
 * The cue probes (seeds/cue-probes, see its README) through the whole analysis, with floors per
 * language and kind at what the analysis finds: no kind of any language may silently lose items.
 * `tune-26` is what the twenty-sixth session's cue forms were made from; `held-out-26` was read only
 * once they were done. Blind (02f6873, before the forms): tune spam 21, digressions 30,
 * link-only 34, look-alikes kept 34 (of 50, 40, 40, 40); held-out 20, 31, 35, 33. `tune-27` and
 * `held-out-27` (remarks on the site, other stories, chit-chat, questions on something else, and
 * their look-alikes), blind at 6980687: tune 32, 26, 35, 29 of 40 each and 45 of 50 look-alikes kept;
 * held-out 33, 28, 32, 25 and 47. `tune-28` and `held-out-28` (spam of other kinds than earnings
 * claims, nine languages), blind at dd6d6fd: tune spam 34 of 126, look-alikes kept 71 of 72; held-out
 * 29 and 72. After the twenty-seventh session's advertisement kinds: tune 116 and 71, held-out (read
 * once, after) 71 and 72.
 */
const DIR = resolve(__dirname, '../../../seeds/cue-probes');
type Floors = Record<string, Record<string, number>>;
const FLOORS: Record<string, Floors> = {
  'tune-26': {
    // en 7 → 8 with the thirtieth session's forms.
    'spam': { en: 8, de: 9, fr: 9, es: 9, ru: 9 },
    'self-declared': { en: 8, de: 8, fr: 8, es: 8, ru: 8 },
    'link-only': { en: 7, de: 8, fr: 8, es: 8, ru: 8 },
    // es 7 → 8 with the thirty-first session's hedged declarations.
    'on-topic-lookalike': { en: 8, de: 8, fr: 8, es: 8, ru: 7 },
  },
  'held-out-26': {
    // de 5 → 6 with the twenty-ninth session's crypto pitch beside a link (read once, after); en
    // 7 → 8 with the thirtieth session's forms (read once, after).
    'spam': { en: 8, de: 6, fr: 5, es: 6, ru: 7 },
    // de 7 → 6 and look-alikes en 7 → 8 with the thirty-first session's hedged declarations (cues.ts
    // HEDGE, chosen on the blind tune half; read once, after): "etwas OT, aber wann kommt eigentlich
    // endlich die Ostumgehung?" is held by twice the article's evidence, and "A bit off topic, but
    // the photo at the top isn't even Ashby Road" is no longer marked; the blind held-out half
    // 0.7093 → 0.7164 (20 false marks fewer, one right mark lost).
    'self-declared': { en: 8, de: 6, fr: 6, es: 8, ru: 5 },
    'link-only': { en: 8, de: 8, fr: 7, es: 6, ru: 8 },
    // fr 8 → 7 with the declaration forms of tune-31 (read once, after): "Rien à voir avec le ramonage
    // mais les pompiers sont arrivés en combien de temps ?" now reads as a declared digression, as
    // "Rien à voir avec la piste mais les poubelles…" of tune-31 is one.
    'on-topic-lookalike': { en: 8, de: 8, fr: 7, es: 8, ru: 8 },
  },
  'tune-27': {
    // ru 6 → 7 with the thirtieth session's forms.
    'site': { en: 7, de: 8, fr: 8, es: 8, ru: 7 },
    'other-story': { en: 6, de: 6, fr: 6, es: 2, ru: 6 },
    'chit-chat': { en: 7, de: 7, fr: 7, es: 7, ru: 7 },
    'reader-question': { en: 5, de: 7, fr: 5, es: 7, ru: 7 },
    // ru 9 → 8: the twenty-eighth session's top-level readers' question held by more than a
    // passing word (off-topic.ts READERS_QUESTION_FACTOR) marks "Кто в курсе, пешеходный проход
    // будет открыт круглосуточно?" (only minor terms shared); the trade: blind tune threads 0.7628
    // → 0.7693, held-out 0.7056 → 0.7078, held-out probe 27 questions 26 → 30 with no look-alike lost.
    // Back to 9 with the twenty-ninth session's colon that ends a remark on the site ("Вчера удалили
    // мой комментарий …, повторю: подрядчик тот же…": what follows is the reader's point).
    'lookalike': { en: 9, de: 9, fr: 8, es: 10, ru: 9 },
  },
  'held-out-27': {
    // de 6 → 7 with the twenty-ninth session's forms (read once, after).
    'site': { en: 8, de: 7, fr: 7, es: 6, ru: 7 },
    'other-story': { en: 4, de: 6, fr: 6, es: 5, ru: 8 },
    'chit-chat': { en: 5, de: 7, fr: 7, es: 7, ru: 7 },
    'reader-question': { en: 6, de: 8, fr: 5, es: 6, ru: 5 },
    'lookalike': { en: 7, de: 10, fr: 10, es: 10, ru: 9 },
  },
  'tune-28': {
    'spam': { en: 14, de: 12, fr: 13, es: 14, ru: 14, it: 12, pt: 14, nl: 12, pl: 11 },
    'on-topic-lookalike': { en: 7, de: 8, fr: 8, es: 8, ru: 8, it: 8, pt: 8, nl: 8, pl: 8 },
  },
  // Hedged declarations (thirty-first session: per language 8 that go on to another subject, 8 that
  // come back to the article's), blind at 3e539e6: tune 28 and 55 of 72, held-out 36 and 64; the
  // session's starting code (abef8ce), which marked every declaration it read, 31 and 44, 41 and 55.
  // After the declaration forms made from tune-31 (the digression named, "not entirely on topic",
  // "Exkurs", "je m'écarte du sujet", "no tiene mucho que ver, pero", "c'entra poco", "zijpaadje",
  // "dygresja", "saindo do assunto", "отвлекусь" …, and more hedge words): tune 60 and 58 of 72
  // (ru look-alikes 7 → 6); held-out, read once, after: 43 and 60 (digressions +7 in seven
  // languages; look-alikes −4: fr, it, pl and pt one each, now announced as a digression).
  'tune-31': {
    'self-declared': { en: 4, de: 6, fr: 8, es: 6, ru: 7, it: 7, pt: 8, nl: 7, pl: 7 },
    'lookalike': { en: 7, de: 5, fr: 5, es: 7, ru: 6, it: 8, pt: 7, nl: 7, pl: 6 },
  },
  'held-out-31': {
    'self-declared': { en: 5, de: 4, fr: 3, es: 5, ru: 7, it: 6, pt: 4, nl: 4, pl: 5 },
    'lookalike': { en: 8, de: 7, fr: 6, es: 7, ru: 7, it: 7, pt: 6, nl: 7, pl: 5 },
  },
  'held-out-28': {
    // en 10 → 11, pt 9 → 10 with the thirtieth session's forms (read once, after); nl 6 → 7 with the
    // thirty-first session's (read once, after).
    'spam': { en: 11, de: 11, fr: 9, es: 6, ru: 9, it: 6, pt: 10, nl: 7, pl: 5 },
    'on-topic-lookalike': { en: 8, de: 8, fr: 8, es: 8, ru: 8, it: 8, pt: 8, nl: 8, pl: 8 },
  },
};

describe('the cue probes', () => {
  it('are the files fixed by checksum', () => {
    const lines = readFileSync(resolve(DIR, 'checksums.sha256'), 'utf8').trim().split('\n');
    const files = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(resolve(DIR, d.name)).filter((f) => f.endsWith('.json')));
    expect(lines).toHaveLength(files.length);
    for (const line of lines) {
      const [hash, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(resolve(DIR, file ?? ''))).digest('hex'), file).toBe(hash);
    }
  });

  it.each(Object.keys(FLOORS))('%s: each language and kind stays at its floor', (dir) => {
    const { byKey, items } = scoreCueProbes(resolve(DIR, dir));
    expect(items).toHaveLength(dir.endsWith('-26') ? 170 : dir.endsWith('-27') ? 210 : dir.endsWith('-31') ? 144 : 198);
    for (const [kind, perLang] of Object.entries(FLOORS[dir] ?? {})) {
      for (const [lang, floor] of Object.entries(perLang)) {
        const missed = items.filter((x) => x.lang === lang && x.kind === kind && !x.found).map((x) => x.text.slice(0, 80));
        expect(byKey.get(`${lang} ${kind}`)?.found ?? 0, `${dir} ${lang} ${kind}; missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });
});
