import { describe, expect, it } from 'vitest';
import { findComments } from '../../../utils/extract/comments';
import { parse, snapshot } from './dom';

/** A comment section of `rows` (indent style, author, text), each a LiveJournal-like `div` with a byline. */
function ljPage(rows: [style: string, author: string, text: string][]): Document {
  const items = rows
    .map(([style, author, text], i) => `
      <div id="t${100 + i}" class="cmt-wrap"${style ? ` style="${style}"` : ''}>
        <div class="cmt">
          <table class="cmt-head"><tr><td><a href="/users/${author}/"><b>${author}</b></a></td></tr>
          <tr><td><small>21 июля 2014, 1${i}:05</small></td></tr></table>
          <div class="cmt-text">${text}</div>
          <div class="cmt-links"><small>(<a href="?replyto=${100 + i}">Ответить</a>) (<a href="?thread=${100 + i}">Ссылка</a>)</small></div>
        </div>
      </div>`)
    .join('');
  return parse(`<html><body><article><h1>Как мы ездили в Кижи</h1><p>Рассказ о поездке на «Метеоре» и о том, как мы чуть не остались на острове.</p></article>
    <div id="comments"><h2>Комментарии</h2>${items}</div></body></html>`);
}

describe('replies shown only by an inline indent', () => {
  it('reads the levels from margin-left in whole steps, so the tree is the page\'s (a LiveJournal-like thread)', () => {
    const doc = ljPage([
      ['margin-left:0px', 'лена', 'Ой, как знакомо! Мы так же бежали к причалу.'],
      ['margin-left:30px', 'анна', 'Лена, вот-вот! Приходите за сорок минут.'],
      ['margin-left:60px', 'лена', 'Да, и обратный билет лучше брать заранее.'],
      ['margin-left:0px', 'кот', 'Отличные фотографии! Каким объективом снимали?'],
      ['margin-left:30px', 'анна', 'Обычный китовый, просто свет был удачный.'],
    ]);
    const before = snapshot(doc);
    const found = findComments(doc);
    expect(found.replySource).toBe('indent');
    expect(found.comments.map((c) => c.level)).toEqual([0, 1, 2, 0, 1]);
    expect(snapshot(doc)).toBe(before);
  });

  it('reads a table layout\'s author cell, by padding or by a spacer image, a row without either at the top level', () => {
    const row = (id: number, indent: string, author: string, text: string) => `
      <tr id="comm${id}" class="c_row"><td class="c_author"${indent.startsWith('padding') ? ` style="${indent}"` : ''}>${indent.startsWith('img') ? `<img src="/i/0.gif" width="${indent.slice(4)}" height="1" alt="">` : ''}<b class="c_nick">${author}</b><br><span class="c_date">24 мая 2016, 14:0${id % 10}</span></td>
      <td class="c_text"><div class="c_body">${text}</div><div class="c_links"><a href="#add">ответить</a> | <a href="#add">пожаловаться</a> +3 / −1</div></td></tr>`;
    const doc = parse(`<html><body><h1>Прокат лодок на пруду подорожал</h1><p>С первого июня час проката стоит триста рублей.</p>
      <div id="comments_block"><div class="block_title">Комментарии (5)</div><table class="comm_table">
      ${row(1, '', 'Рыбак_72', 'Опять цены подняли, лодки те же самые.')}
      ${row(2, 'padding-left:30px', 'Ольга Н.', 'Неправда, закупили шесть новых лодок.')}
      ${row(3, 'img 60', 'Рыбак_72', 'Шесть новых на тридцать старых.')}
      ${row(4, '', 'Светлана', 'Главное, чтобы спасатели дежурили.')}
      <tr id="comm6" class="c_row"><td class="c_author"><span class="c_guest">Гость</span> <small>(гость)</small><br><span class="c_date">24 мая 2016, 15:40</span></td>
      <td class="c_text"><div class="c_body">А катамараны в этом году будут?</div><div class="c_links"><a href="#add">ответить</a> | <a href="#add">пожаловаться</a> +0 / −0</div></td></tr>
      ${row(5, 'img 30', 'Андрей К.', 'Жилеты выдают всем, так в статье написано.')}
      </table></div></body></html>`);
    const found = findComments(doc);
    expect(found.replySource).toBe('indent');
    expect(found.comments.map((c) => c.level)).toEqual([0, 1, 2, 0, 0, 1]);
    // The rating beside the buttons is not the reader's words.
    expect(found.comments[0]?.text).toBe('Опять цены подняли, лодки те же самые.');
    // A guest's name cell holds the time too: the name is read without it.
    expect(found.comments.map((c) => c.author)).toEqual(['Рыбак_72', 'Ольга Н.', 'Рыбак_72', 'Светлана', 'Гость (гость)', 'Андрей К.']);
  });

  it('leaves a list flat when one item is pushed in, when its first item is indented, or when the margins are not whole steps', () => {
    const one = ljPage([
      ['', 'a', 'First comment about the ferry timetable and the new boats.'],
      ['margin-left:20px', 'b', 'A highlighted comment about the ferry timetable.'],
      ['', 'c', 'Third comment about the ferry timetable and prices.'],
    ]);
    expect(findComments(one).comments.map((c) => c.level ?? 0)).toEqual([0, 0, 0]);
    const ragged = ljPage([
      ['margin-left:0px', 'a', 'First comment about the ferry timetable and the new boats.'],
      ['margin-left:30px', 'b', 'Second comment about the ferry timetable.'],
      ['margin-left:45px', 'c', 'Third comment about the ferry timetable and prices.'],
      ['margin-left:30px', 'd', 'Fourth comment about the ferry and its boats.'],
    ]);
    expect(findComments(ragged).replySource).toBe('none');
    const shifted = ljPage([
      ['margin-left:30px', 'a', 'First comment about the ferry timetable and the new boats.'],
      ['margin-left:0px', 'b', 'Second comment about the ferry timetable.'],
      ['margin-left:30px', 'c', 'Third comment about the ferry timetable and prices.'],
      ['margin-left:60px', 'd', 'Fourth comment about the ferry and its boats.'],
    ]);
    expect(findComments(shifted).replySource).toBe('none');
  });
});
