// @vitest-environment jsdom
/**
 * The popup rendered in each of the five languages with every part that shows text (summary,
 * filters, tree with marks of each kind, collapsed replies, notes, the frame note, settings with
 * the shortcut), reading only that language's messages.json: any message it lacks fails the test.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/App';
import type { PopupActions, PopupPhase } from '../../../components/types';
import { DEFAULT_SETTINGS, type AnalysisResult, type AnalyzedComment, type Settings, type TabState } from '../../../utils/schema';
import type { I18n } from '../../../utils/view/i18n';
import { TEXTS_SHORTENED_NOTICE, UNSUPPORTED_REASON } from '../../../utils/view/reader-notes';
import { LANGUAGES, readMessages, strictI18nFor, type Language } from '../i18n/messages';

function actions(): PopupActions {
  return {
    reveal: vi.fn(),
    reanalyse: vi.fn(),
    exportJson: vi.fn(),
    copyJson: vi.fn(),
    updateSettings: vi.fn(),
    allowFrames: vi.fn(),
    setAutoAnalyse: vi.fn(),
    openShortcutSettings: vi.fn(),
  };
}

const comment = (id: string, parentId: string | null, extra: Partial<AnalyzedComment> = {}): AnalyzedComment => ({
  id,
  parentId,
  depth: parentId ? 1 : 0,
  author: `author-${id}`,
  time: '2026-11-27T10:00:00Z',
  text: `text of ${id}`,
  marks: [],
  ...extra,
});

const RESULT: AnalysisResult = {
  url: 'https://news.example/a',
  article: { title: 'Title', excerpt: '', wordCount: 10, lang: 'en' },
  comments: [
    comment('c1', null, { marks: [{ kind: 'off-topic', reason: 'shares no key terms with the article; about: song, lennon', code: 'offtopic_no_shared_terms_article', params: ['song, lennon'], score: 0.9 }] }),
    comment('c2', 'c1', { author: null, reply: { source: 'inferred', cue: 'addresses @author-c1', code: 'reply_cue_addresses', params: ['@author-c1'] } }),
    comment('c3', 'c1', { marks: [{ kind: 'link-only', reason: 'only links to a.example and 2 more', code: 'linkonly_links_to_more', params: ['a.example', '2'], score: 1 }] }),
    comment('c4', null, { text: '\u200b' }),
  ],
  timings: { detectMs: 1, analyzeMs: 1 },
  moreLoading: true,
  partial: true,
  unreadFrames: ['https://disqus.com'],
  notices: [TEXTS_SHORTENED_NOTICE],
  analyzedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
};

function ready(result: AnalysisResult): PopupPhase {
  const state: TabState = { tabId: 1, status: 'ready', reason: null, result, updatedAt: 0 };
  return { kind: 'ready', state };
}

let host: HTMLElement | null = null;
function show(i18n: I18n, phase: PopupPhase, options: { settings?: Settings; shortcut?: string | null; firefox?: boolean } = {}): HTMLElement {
  if (host) render(null, host);
  host?.remove();
  host = document.createElement('div');
  document.body.append(host);
  act(() =>
    render(
      <App
        i18n={i18n}
        phase={phase}
        settings={options.settings ?? DEFAULT_SETTINGS}
        siteOrigin="https://news.example"
        notice={null}
        now={Date.now()}
        actions={actions()}
        shortcut={options.shortcut === undefined ? 'Alt+Shift+T' : options.shortcut}
        browserFamily={options.firefox ? 'firefox' : 'chrome'}
      />,
      host!,
    ),
  );
  return host;
}

function openSettings(root: HTMLElement): void {
  act(() => (root.querySelector('[data-action="settings"]') as HTMLButtonElement).click());
}

/** Everything a reader sees or hears: text, and the attributes that are read out or shown on hover. */
function readerText(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join('\n');
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe.each(LANGUAGES)('the popup in %s', (lang: Language) => {
  const messages = readMessages(lang);
  const msg = (name: string) => messages[name]!.message;

  it('shows every text from its own messages, none missing, no placeholder left over', () => {
    const { i18n, missing } = strictI18nFor(lang);
    const texts: string[] = [];
    let root = show(i18n, ready(RESULT));
    // Collapse a thread so "N replies hidden" shows too.
    act(() => (root.querySelector('[data-comment-id="c1"] .twisty') as HTMLButtonElement).click());
    texts.push(readerText(root));
    act(() => (root.querySelector('[data-filter="unmarked"]') as HTMLButtonElement).click());
    texts.push(readerText(root));
    root = show(i18n, ready(RESULT), { settings: { ...DEFAULT_SETTINGS, autoSites: ['https://news.example'] } });
    openSettings(root);
    texts.push(readerText(root));
    root = show(i18n, ready(RESULT), { shortcut: '', firefox: true });
    openSettings(root);
    texts.push(readerText(root));
    root = show(i18n, ready({ ...RESULT, comments: [] }));
    texts.push(readerText(root));
    texts.push(readerText(show(i18n, { kind: 'analysing', slow: true })));
    texts.push(readerText(show(i18n, { kind: 'unsupported', reason: UNSUPPORTED_REASON })));
    texts.push(readerText(show(i18n, { kind: 'error', reason: 'analysis failed: boom' })));
    expect(missing, `${lang} messages.json lacks`).toEqual([]);
    const all = texts.join('\n');
    expect(all).not.toMatch(/\$\d|\u0001/);
    // Spot checks that the language's own words are what shows.
    for (const name of ['reanalyse', 'filter_unmarked', 'mark_off_topic', 'mark_link_only', 'partial', 'more_loading', 'no_comments', 'slow_hint', 'reason_unsupported', 'shortcut_legend', 'shortcut_none', 'shortcut_how_firefox', 'shortcut_how_chrome', 'auto_legend', 'done']) {
      expect(all, `${lang}: ${name}`).toContain(msg(name));
    }
  });

  it('gives each reason in the language, with the mark\'s own words in it', () => {
    const { i18n } = strictI18nFor(lang);
    const root = show(i18n, ready(RESULT));
    const reasons = [...root.querySelectorAll('.mark .reason')].map((r) => r.textContent);
    expect(reasons).toEqual([
      msg('offtopic_no_shared_terms_article').replace('$1', 'song, lennon'),
      msg('linkonly_links_to_more').replace('$1', 'a.example').replace('$2', '2'),
    ]);
    expect(root.querySelector('.mark .badge')?.textContent).toBe(msg('mark_off_topic'));
  });

  it('says in the language from which cue a reply was inferred', () => {
    const { i18n } = strictI18nFor(lang);
    const root = show(i18n, ready(RESULT));
    const cue = msg('reply_cue_addresses').replace('$1', '@author-c1');
    expect(root.querySelector('[data-comment-id="c2"] .inferred')?.textContent).toBe(`↳ ${msg('reply_inferred_cue').replace('$1', cue)}`);
    if (lang !== 'en') expect(root.textContent).not.toContain('addresses @author-c1');
  });

  it('counts as the language counts, with the figures in bold', () => {
    const { i18n } = strictI18nFor(lang);
    const root = show(i18n, ready(RESULT));
    const figure = (name: string) => root.querySelector(`[data-count="${name}"]`);
    expect(figure('comments')?.querySelector('b')?.textContent).toBe('4');
    expect(figure('comments')?.textContent).toBe(i18n.n('summary_comments', 4));
    expect(figure('threads')?.textContent).toBe(i18n.n('summary_threads', 2));
    expect(figure('off-topic')?.textContent).toBe(i18n.t('summary_off_topic', [1]));
  });
});

describe('the keyboard shortcut in the settings', () => {
  const { i18n } = strictI18nFor('en');
  it('shows the binding the browser reports, key by key', () => {
    const root = show(i18n, ready(RESULT), { shortcut: 'Ctrl+Shift+Y' });
    openSettings(root);
    const current = root.querySelector('.shortcut-current');
    expect(current?.textContent).toBe('Open Threadwise with Ctrl+Shift+Y');
    expect([...(current?.querySelectorAll('kbd kbd') ?? [])].map((k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'Y']);
    expect(root.querySelector('.shortcut-settings')?.textContent).toContain('chrome://extensions/shortcuts');
  });
  it('says when no shortcut is set, and how to set one in Firefox', () => {
    const root = show(i18n, ready(RESULT), { shortcut: '', firefox: true });
    openSettings(root);
    expect(root.querySelector('.shortcut-current')?.textContent).toBe('No shortcut is set.');
    expect(root.querySelector('.shortcut-settings')?.textContent).toContain('Manage Extension Shortcuts');
  });
});
