import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { parse } from './dom';

const article = `<article><h1>Bridge closes for repairs</h1><p>${'The bridge on Elm Street closes for six weeks of repairs from Monday. '.repeat(12)}</p></article>`;

describe('bylines with no mark of their own', () => {
  it('reads the name in a plain span before the time, in a named section with hashed classes', () => {
    const item = (name: string, badge: string, when: string, text: string) =>
      `<div class="c_9f3a"><div class="c_h8e2"><span class="c_7b21">${name}</span>${badge}<time class="c_t0e5" datetime="${when}">${when}</time></div>
        <div class="c_b0dy"><p>${text}</p></div></div>`;
    const doc = parse(`<html><body>${article}<section id="comments"><h2>Comments (3)</h2>
      ${item('Maya R.', '', '2023-04-11T09:14', 'I applied on the first morning and still got waitlisted.')}
      ${item('Ellen Voss', '', '2023-04-11T10:45', 'Tom, for context: the city budgeted for about eight hundred.')}
      ${item('R. Delgado', '', '2023-04-11T13:08', '<a href="https://ledger.example/bike-lanes">https://ledger.example/bike-lanes</a>')}
    </section></body></html>`);
    const found = findComments(doc);
    expect(found.comments.map((c) => [c.author, c.text])).toEqual([
      ['Maya R.', 'I applied on the first morning and still got waitlisted.'],
      ['Ellen Voss', 'Tom, for context: the city budgeted for about eight hundred.'],
      ['R. Delgado', 'https://ledger.example/bike-lanes'],
    ]);
  });

  it('leaves an avatar initial and a badge in the name row out of the name and the words', () => {
    const item = (initial: string, name: string, badge: string, text: string) =>
      `<div role="article" class="kc"><div class="kc-top"><span class="kc-ava">${initial}</span><h4>${name}</h4>${badge}<time>18 апреля в 10:03</time></div>
        <p class="kc-txt">${text}</p><div class="kc-act"><button type="button">Ответить</button><button type="button">Нравится · 4</button></div></div>`;
    const doc = parse(`<html><body>${article}<div class="kc-list">
      ${item('К', 'Кира', '', 'Ждём!')}
      ${item('Р', 'Редакция', '<span class="kc-staff">Редакция</span>', 'Алексей, речь о нижнем ярусе набережной.')}
      ${item('Г', 'Гость', '', '<a href="https://vk.com/wall-1_2">https://vk.com/wall-1_2</a>')}
    </div></body></html>`);
    expect(findComments(doc).comments.map((c) => [c.author, c.text])).toEqual([
      ['Кира', 'Ждём!'],
      ['Редакция', 'Алексей, речь о нижнем ярусе набережной.'],
      ['Гость', 'https://vk.com/wall-1_2'],
    ]);
  });
});

describe('a thread with items from a sidebar after it', () => {
  it('keeps the thread and leaves the sidebar\'s other-article comments out', () => {
    const item = (name: string, text: string) =>
      `<div class="post"><b class="who">${name}</b> <span class="when">12.03.2024 14:22</span><p>${text}</p><a href="#" class="reply" role="button">Reply</a></div>`;
    const doc = parse(`<html><body><main>${article}<div class="thread">
      ${item('Ana', 'The detour through Oak Lane adds ten minutes for me.')}
      ${item('Bo', 'Six weeks is optimistic for a bridge of that age.')}
      ${item('Cy', 'Will the footpath stay open during the works?')}
    </div></main><aside class="sidebar"><h3>Your comments elsewhere</h3>
      ${item('Di', 'On the bus story: the 7 should never have been cut.')}
      ${item('Ed', 'On the derby: what a match that was.')}
    </aside></body></html>`);
    expect(findComments(doc).comments.map((c) => c.author)).toEqual(['Ana', 'Bo', 'Cy']);
  });
});
