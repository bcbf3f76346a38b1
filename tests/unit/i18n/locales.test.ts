/**
 * The five messages.json files: every message the code asks for exists in every language, counted
 * messages have every plural form the language needs, and each translation uses the same
 * substitutions ($1, $2, …) as the English message. Any missing key fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { threadExtraction } from '../../../utils/analysis/evaluate';
import { loadLabelledThreads } from '../../../scripts/eval-analysis';
import { LANGUAGES, LOCALES_DIR, readMessages } from './messages';

const ROOT = resolve(__dirname, '../../..');
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const en = readMessages('en');

/** Names ending in a plural category whose base also has `_other`: the counted messages. */
function pluralBase(name: string, file: Record<string, unknown>): string | null {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(name);
  return match && `${match[1]}_other` in file ? match[1]! : null;
}
const pluralBases = new Set(Object.keys(en).map((k) => pluralBase(k, en)).filter((b): b is string => b !== null));
const plainKeys = Object.keys(en).filter((k) => pluralBase(k, en) === null);

/** The plural forms a language uses for whole numbers (counts are whole). */
function integerCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const out = new Set<string>();
  for (let n = 0; n <= 1_000; n++) out.add(rules.select(n));
  return out;
}

/** The substitutions a message uses: `$1`…`$9` (`$$` is a dollar sign). */
function substitutions(message: string): string[] {
  return [...new Set([...message.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((m) => m[1]!))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return ['.ts', '.tsx', '.html'].includes(extname(name)) ? [path] : [];
  });
}

describe('messages.json', () => {
  it('exists for exactly en, de, fr, es and ru, and the manifest defaults to en', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
    expect(readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/default_locale: 'en'/);
  });

  it.each(LANGUAGES)('%s has every message, and only those the English file has', (lang) => {
    const messages = readMessages(lang);
    const missing = plainKeys.filter((k) => !messages[k]?.message);
    expect(missing, `${lang} lacks`).toEqual([]);
    const unknown = Object.keys(messages).filter((k) => !(k in en) && !(pluralBase(k, messages) && pluralBases.has(pluralBase(k, messages)!)));
    expect(unknown, `${lang} has messages English lacks`).toEqual([]);
    for (const [name, entry] of Object.entries(messages)) {
      expect(name, 'browsers allow only ASCII letters, digits and _ in message names').toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), `${lang}.${name}`).toBe(entry.message);
      expect(entry.message.length, `${lang}.${name} is empty`).toBeGreaterThan(0);
    }
  });

  it.each(LANGUAGES)('%s has every plural form its counts need', (lang) => {
    const messages = readMessages(lang);
    const needed = integerCategories(lang);
    const allowed = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
    for (const base of pluralBases) {
      for (const category of [...needed, 'other']) expect(messages[`${base}_${category}`]?.message, `${lang}: ${base}_${category}`).toBeTruthy();
      for (const category of PLURAL_CATEGORIES) {
        if (messages[`${base}_${category}`]) expect(allowed.has(category), `${lang} has no plural form "${category}" (${base})`).toBe(true);
      }
    }
  });

  it.each(LANGUAGES)('%s uses the same substitutions as English in every message', (lang) => {
    const messages = readMessages(lang);
    for (const [name, entry] of Object.entries(messages)) {
      const base = pluralBase(name, messages);
      const english = en[name] ?? en[`${base}_other`];
      expect(substitutions(entry.message), `${lang}.${name}: "${entry.message}"`).toEqual(substitutions(english!.message));
      // Named placeholders ($name$) must be declared; a lone $ must be written $$.
      for (const [, named] of entry.message.matchAll(/\$([A-Za-z_@][A-Za-z0-9_@]*)\$/g)) {
        expect(Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()), `${lang}.${name}`).toContain(named!.toLowerCase());
      }
      expect(entry.message.replace(/\$\$|\$[1-9]|\$[A-Za-z_@][A-Za-z0-9_@]*\$/g, ''), `${lang}.${name} has a stray $`).not.toContain('$');
    }
  });

  it('has a message for every message name the code uses', () => {
    // Message names are snake_case string literals (or `name="…"` of <RichText>) in the code
    // that renders text, and __MSG_…__ in the manifest and the popup's HTML.
    const files = [
      ...['components', 'entrypoints', 'utils/view', 'utils/page'].flatMap((d) => sourceFiles(resolve(ROOT, d))),
      resolve(ROOT, 'wxt.config.ts'),
    ];
    const used = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`]([a-z][a-z0-9]*(?:_[a-z0-9]+)+)['"`]/g)) used.set(m[1]!, file);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.set(m[1]!, file);
    }
    expect(used.size).toBeGreaterThan(60);
    const unknown = [...used].filter(([name]) => !(name in en) && !pluralBases.has(name) && !NOT_MESSAGES.has(name));
    expect(unknown.map(([name, file]) => `${name} (${file.slice(ROOT.length + 1)})`)).toEqual([]);
  });

  it('has a message for every reason code the analysis gives', () => {
    const codes = new Set<string>(REASON_CODES);
    // Codes written out in the analysis…
    for (const file of sourceFiles(resolve(ROOT, 'utils/analysis'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]((?:offtopic|linkonly|reply_cue)_[a-z0-9_]+)['"`]/g)) codes.add(m[1]!);
    }
    // …and those it composes, as it gives them on the labelled threads.
    for (const thread of loadLabelledThreads()) {
      for (const comment of analyzeExtraction(threadExtraction(thread), { sensitivity: 'strict' }).comments) {
        for (const mark of comment.marks) codes.add(mark.code);
        if (comment.reply?.code) codes.add(comment.reply.code);
      }
    }
    for (const lang of LANGUAGES) {
      const messages = readMessages(lang);
      expect([...codes].filter((code) => !messages[code]), lang).toEqual([]);
    }
  });
});

/** Every reason code known (utils/analysis): the analysis composes some of them from parts. */
const REASON_CODES = [
  'offtopic_no_shared_terms_article',
  'offtopic_no_shared_terms_thread',
  'offtopic_minor_terms_article',
  'offtopic_minor_terms_thread',
  'offtopic_short_reply',
  'offtopic_spam',
  'offtopic_copy',
  'offtopic_sales_name',
  'offtopic_about_site',
  'offtopic_about_commenter',
  'offtopic_greeting',
  'offtopic_self_declared',
  'offtopic_drift',
  'offtopic_inherits_parent',
  'offtopic_changes_subject',
  'offtopic_stray_word',
  'linkonly_link',
  'linkonly_links',
  'linkonly_link_to',
  'linkonly_links_to',
  'linkonly_link_to_more',
  'linkonly_links_to_more',
  'warn_stated_count_far',
  'warn_section_without_items',
  // The cues of inferred reply links (utils/analysis/infer-replies.ts).
  'reply_cue_quotes_words',
  'reply_cue_quotes',
  'reply_cue_addresses',
  'reply_cue_own_addition',
  'reply_cue_answers_back',
  'reply_cue_answers_question',
  'reply_cue_answers_comment',
  'reply_cue_shares_words',
];

/** snake_case literals in the scanned code that are not message names. */
const NOT_MESSAGES = new Set<string>(['_execute_action', '_execute_browser_action', 'browser_action']);
