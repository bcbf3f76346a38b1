// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/App';
import type { PopupActions, PopupPhase } from '../../../components/types';
import { DEFAULT_SETTINGS, type AnalysisResult, type TabState } from '../../../utils/schema';
import { i18nFor } from '../i18n/messages';

const english = i18nFor('en');

function actions(): PopupActions {
  return { reveal: vi.fn(), reanalyse: vi.fn(), exportJson: vi.fn(), copyJson: vi.fn(), updateSettings: vi.fn(), allowFrames: vi.fn(), setAutoAnalyse: vi.fn() };
}

function ready(result: Partial<AnalysisResult>): PopupPhase {
  const full: AnalysisResult = { url: 'https://news.example/a', article: { title: 'Title', excerpt: '', wordCount: 10, lang: 'en' }, comments: [], timings: { detectMs: 1, analyzeMs: 1 }, ...result };
  const state: TabState = { tabId: 1, status: 'ready', reason: null, result: full, updatedAt: 0 };
  return { kind: 'ready', state };
}

let host: HTMLElement | null = null;
function show(phase: PopupPhase, a = actions()): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<App phase={phase} settings={DEFAULT_SETTINGS} siteOrigin={null} notice={null} now={Date.now()} actions={a} i18n={english} />, host!));
  return host;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('App', () => {
  it('says what it is doing, and that a slow page is slow', () => {
    expect(show({ kind: 'analysing', slow: false }).textContent).toContain('Analysing the comments on this page');
    expect(show({ kind: 'analysing', slow: true }).textContent).toContain('slow to answer');
  });

  it('says plainly when a page cannot be analysed or has no comments', () => {
    expect(show({ kind: 'unsupported', reason: 'Browser page.' }).querySelector('.headline')?.textContent).toBe('This page cannot be analysed');
    expect(show(ready({ comments: [] })).querySelector('.headline')?.textContent).toBe('No comments found on this page');
  });

  it('shows page text as text: markup in a comment or title never becomes elements', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const root = show(
      ready({
        article: { title: hostile, excerpt: '', wordCount: 1, lang: 'en' },
        comments: [{ id: 'c1', parentId: null, depth: 0, author: '<b>bold</b>', time: null, text: hostile, marks: [{ kind: 'off-topic', reason: hostile, code: 'offtopic_no_shared_terms_article', params: [hostile], score: 0.9 }] }],
      }),
    );
    expect(root.querySelector('img, script, .author b, .text *')).toBeNull();
    expect(root.querySelector('.text')?.textContent).toBe(hostile);
    expect(root.querySelector('.author')?.textContent).toBe('<b>bold</b>');
    // The reason is the localised message for the mark's code, with the page's words as text.
    expect(root.querySelector('.reason')?.textContent).toBe(`shares no key terms with the article; about: ${hostile}`);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shortens a 150 KB comment for display only', () => {
    const long = 'word '.repeat(30_000);
    const root = show(ready({ comments: [{ id: 'c1', parentId: null, depth: 0, author: null, time: null, text: long, marks: [] }] }));
    expect(root.querySelector('.text')?.textContent?.length).toBeLessThan(300);
  });

  it('offers to open comment frames from other sites, asking for exactly those', () => {
    const a = actions();
    const root = show(ready({ comments: [], unreadFrames: ['https://disqus.com'] }), a);
    expect(root.querySelector('.frames-note')?.textContent).toContain('disqus.com');
    act(() => (root.querySelector('[data-action="allow-frames"]') as HTMLButtonElement).click());
    expect(a.allowFrames).toHaveBeenCalledWith(['https://disqus.com']);
  });

  it('shows the notes of a shortened result and says it is partial', () => {
    const root = show(ready({ comments: [], partial: true, notices: ['Comment texts were shortened to fit the browser\'s storage.'] }));
    expect(root.querySelector('.partial')).not.toBeNull();
    expect(root.querySelector('.notices')?.textContent).toContain('shortened');
  });

  it('reveals a comment when its row is clicked', () => {
    const a = actions();
    const root = show(ready({ comments: [{ id: 'c1', parentId: null, depth: 0, author: 'ann', time: null, text: 'Hello', marks: [] }] }), a);
    act(() => (root.querySelector('.row') as HTMLElement).click());
    expect(a.reveal).toHaveBeenCalledWith('c1');
  });
});
