// @vitest-environment jsdom
/** The labels Threadwise puts on the page speak the reader's language, reasons included. */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageAnnotations, LABEL_TAG } from '../../../utils/page/annotations';
import type { PageMarks } from '../../../utils/schema';
import { i18nFor } from '../i18n/messages';

const MARKS: PageMarks = [
  { id: 'c1', marks: [{ kind: 'off-topic', reason: 'shares no key terms with the article; about: song', code: 'offtopic_no_shared_terms_article', params: ['song'], score: 0.9 }] },
  { id: 'c2', marks: [{ kind: 'link-only', reason: 'only a link to a.example', code: 'linkonly_link_to', params: ['a.example'], score: 1 }] },
];

function page(): Map<string, Element> {
  document.body.innerHTML = '<article id="c1"><p>one</p></article><article id="c2"><p>two</p></article>';
  return new Map(['c1', 'c2'].map((id) => [id, document.getElementById(id)!]));
}
const labelOf = (id: string) => document.querySelector<HTMLElement>(`${LABEL_TAG}[data-comment-id="${id}"]`)!.shadowRoot!;
const timers = { setTimeout: () => 0 };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('page labels', () => {
  it('are English word for word with the English messages', () => {
    createPageAnnotations(document, timers, i18nFor('en')).showMarks(page(), MARKS, { showLabels: true, markedDisplay: 'collapse' });
    const pill = labelOf('c1').querySelector('.pill')!;
    expect(pill.getAttribute('aria-label')).toBe('Threadwise: Off-topic. shares no key terms with the article; about: song');
    expect(pill.querySelector('.tip')?.textContent).toBe(MARKS[0]!.marks[0]!.reason);
    expect(labelOf('c1').querySelector('.note')?.textContent).toBe('Off-topic comment collapsed by Threadwise.');
    expect(labelOf('c1').querySelector('.undo')?.textContent).toBe('Show');
  });

  it('are German in a German browser: label, reason, note and button', () => {
    createPageAnnotations(document, timers, i18nFor('de')).showMarks(page(), MARKS, { showLabels: true, markedDisplay: 'collapse' });
    const pill = labelOf('c2').querySelector('.pill')!;
    expect(pill.textContent).toBe('Nur Linknur ein Link zu a.example');
    expect(pill.getAttribute('aria-label')).toBe('Threadwise: Nur Link. nur ein Link zu a.example');
    expect(labelOf('c2').querySelector('.note')?.textContent).toBe('Kommentar von Threadwise eingeklappt (Nur Link).');
    expect(labelOf('c2').querySelector('.undo')?.textContent).toBe('Anzeigen');
  });

  it('say "undim" in the language when marked comments are dimmed', () => {
    createPageAnnotations(document, timers, i18nFor('ru')).showMarks(page(), MARKS, { showLabels: true, markedDisplay: 'dim' });
    expect(labelOf('c1').querySelector('.undo')?.textContent).toBe('Вернуть яркость');
    expect(labelOf('c1').querySelector('.tip')?.textContent).toBe('нет общих ключевых слов со статьёй; о чём: song');
  });
});
