import { describe, expect, it } from 'vitest';
import { isControlText, isRemovedNote, isTimeText, withoutChrome } from '../../../utils/extract/chrome';

const tidy = (text: string, author: string | null = null, time: string | null = null) => withoutChrome({ author, time, text });

describe('withoutChrome', () => {
  it('drops a line of controls in parentheses (LiveJournal\'s "(Ответить) (Ссылка) (Развернуть)")', () => {
    expect(tidy('Завидую\n(Ответить) (Ссылка) (Развернуть)', 'таня_птз').text).toBe('Завидую');
    expect(tidy('Nice shot!\n[ Reply ] (Expand)', 'ana').text).toBe('Nice shot!');
  });
  it('takes a "NAME Says:" byline (with the comment\'s number) off the text and keeps the name', () => {
    expect(tidy('1 Marrije Says:\nAaah, congratulations… What a beautiful little baby.')).toEqual({
      author: 'Marrije', time: null, text: 'Aaah, congratulations… What a beautiful little baby.',
    });
    expect(tidy('Jeff says: Congratulations!!', 'Jeff')).toEqual({ author: 'Jeff', time: null, text: 'Congratulations!!' });
    expect(tidy('Anna schreibt:\nDas sehe ich auch so.', 'Anna').text).toBe('Das sehe ich auch so.');
  });

  it('reads "NAME" over "Posted on DATE" as the byline, and drops the footer buttons', () => {
    expect(tidy('broper\nPosted on August 9, 2012 at 11:40am\nEgads, and they are from my home state.\nReport Post » Log in to Reply')).toEqual({
      author: 'broper', time: 'August 9, 2012 at 11:40am', text: 'Egads, and they are from my home state.',
    });
    expect(tidy('Die Baustelle dauert zu lange.\nAntworten', 'Ole').text).toBe('Die Baustelle dauert zu lange.');
  });

  it('reads "NAME says:" as the byline when NAME is the text of one of the comment\'s links, or is the author read, however long', () => {
    const withLinks = (text: string, links: string[]) => withoutChrome({ author: null, time: null, text, links: links.map((t) => ({ text: t })) });
    expect(withLinks('mtmjr90 says:\nI guess that does reek of Droid branding...', ['', 'mtmjr90'])).toEqual({ author: 'mtmjr90', time: null, text: 'I guess that does reek of Droid branding...' });
    expect(withLinks('Arthur in the Garden! said:\nLovely photos.', ['Arthur in the Garden!']).author).toBe('Arthur in the Garden!');
    // Not linked: a sentence.
    expect(withLinks('the council says:\nno money for the tram.', ['tram plans']).text).toBe('the council says:\nno money for the tram.');
    expect(tidy('Tara Rodden Robinson :: The Productivity Maven Says:\nWoohoo! Congrats!', 'Tara Rodden Robinson :: The Productivity Maven').text).toBe('Woohoo! Congrats!');
  });

  it('reads a linked name over a date line, or linked to a home or profile page, as the byline (WordPress core\'s comment layout with "says" hidden)', () => {
    // Seen on the tune half: T34 (17 of 20 comments) and R317 (4 of 5) kept "NAME" and "DATE" as
    // the first lines of their text, no author read; T34's host's repeated name link then read as spam.
    const read = (text: string, links: { text: string; href: string }[]) => withoutChrome({ author: null, time: null, text, links });
    expect(read('Dirk Heuff\nAug 8 2012\nMarketing (to me) is the creation of relationships.\nDirk Heuff', [{ href: 'http://kyboko.nl/', text: 'Dirk Heuff' }])).toEqual({
      author: 'Dirk Heuff', time: 'Aug 8 2012', text: 'Marketing (to me) is the creation of relationships.',
    });
    expect(read('Michael Natkin\nNovember 1, 2012 at 11:00 pm #\nAhh, good question.', [{ href: 'http://herbivoracious.example/2012/11/post.html', text: 'Michael Natkin' }])).toEqual({
      author: 'Michael Natkin', time: 'November 1, 2012 at 11:00 pm', text: 'Ahh, good question.',
    });
    expect(read('Ute\n12. März 2012 um 10:15\nSehr lecker.', [{ href: 'https://ute.example/', text: 'Ute' }]).author).toBe('Ute');
    expect(read('Anna\nYes, and the tram was late again.', [{ href: 'https://forum.example/members/anna', text: 'Anna' }])).toEqual({
      author: 'Anna', time: null, text: 'Yes, and the tram was late again.',
    });
    // A linked title over the words, with no date under it, leads to an article: not a byline.
    const title = 'Why statins fail\nThis is worth reading.';
    expect(read(title, [{ href: 'https://news.example/2012/why-statins-fail.html', text: 'Why statins fail' }]).text).toBe(title);
    // Nor is a name nobody linked, nor a line with words beside a year.
    expect(read('Marie\nNovember 1, 2012 at 10:57 am\nBeautiful.', []).author).toBeNull();
    expect(read('Anna\nsaw it in 2012 at the fair\nYes.', [{ href: 'https://news.example/post/1', text: 'Anna' }]).author).toBeNull();
  });

  it('drops Blogger\'s "Reply" and "Delete" run together and Drupal\'s "Login or register to post comments"', () => {
    expect(tidy('It really works, thanks friend.\nReplyDelete', 'Dan').text).toBe('It really works, thanks friend.');
    expect(tidy('buy low eat high\nLogin or register to post comments', 'indy').text).toBe('buy low eat high');
    expect(tidy('Please delete my earlier comment.\nLog in to post comments', 'indy').text).toBe('Please delete my earlier comment.');
  });

  it('drops lines that repeat the author or the time already read', () => {
    expect(tidy('Ute\n12. März 2012 um 10:15\nSehr lecker.', 'Ute', '12. März 2012 um 10:15').text).toBe('Sehr lecker.');
  });

  it('keeps the words: sentences that name the author, short answers, and a comment that is only a button word', () => {
    expect(tidy('Yes\nAnna said on Monday that the tram was late again, at 8:15.', 'Anna').text).toBe('Yes\nAnna said on Monday that the tram was late again, at 8:15.');
    expect(tidy('The council says: no money for the tram.', null).text).toBe('The council says: no money for the tram.');
    const only = { author: 'x', time: null, text: 'Reply' };
    expect(withoutChrome(only)).toBe(only);
  });
});

describe('withoutChrome on sentences that look like bylines', () => {
  it('keeps "The council says:" over a quote when no name was read', () => {
    expect(tidy('The council says:\n"No money for the tram."').text).toBe('The council says:\n"No money for the tram."');
  });
});

describe('isControlText', () => {
  it('tells a profile link or a button read as the name from a name', () => {
    for (const t of ['Profile', 'Reply to this', 'Homepage', 'Journal', ' Reply ', 'Reply | Quote', 'Профиль', 'voir le profil', 'Profil ansehen']) {
      expect(isControlText(t), t).toBe(true);
    }
    for (const t of ["James Spader's Ghost", 'Torgo', 'Replyman', 'Journal of Bob', 'Reply Guy Jones', 'Jo', '']) expect(isControlText(t), t).toBe(false);
  });
});

describe('isTimeText', () => {
  it('keeps times with a digit and short times in words, in five languages', () => {
    for (const t of ['July 18th, 2012, 5:14 am', '2022-07-01T10:02:17-04:00', 'on Tuesday July 24, @08:19AM (#40747653)', '3 hours ago', 'yesterday', 'just now', 'an hour ago', 'gestern', 'vor einer Stunde', 'hier', 'il y a une heure', 'ayer', 'hace un año', 'вчера', 'час назад', 'ontem', 'oggi', 'poco fa', 'gisteren', "l'altro ieri", 'vor kurzem']) {
      expect(isTimeText(t), t).toBe(true);
    }
  });

  it('drops a button, a class name, a name or the start of the comment read as the time', () => {
    for (const t of ['Antworten', 'Permalink', 'comment_date', 'Jamie Wayne', 'Even today, the best content you will find here is free', 'Reply', 'vor Ort', 'Oggiono', '']) {
      expect(isTimeText(t), t).toBe(false);
    }
  });
});

describe('isRemovedNote', () => {
  it('knows the note a site leaves where a comment was removed, in the languages of the blind pages', () => {
    for (const t of [
      'This comment has been removed by the author.',
      'This comment was removed by the Courier staff because it violated our Terms of Use.',
      'Dieser Kommentar wurde von der Redaktion entfernt. Bitte beachten Sie unsere Netiquette.',
      'Ce commentaire a été supprimé par la modération.',
      'Comentario eliminado por incumplir las normas de participación.',
      'Questo commento è stato rimosso dal moderatore perché non rispetta il regolamento.',
      'Deze reactie is verwijderd door de beheerder.',
      'Ten post został usunięty przez moderatora (naruszenie pkt 3 regulaminu).',
      'Комментарий удалён модератором.',
      '该评论已被删除',
      '[deleted]',
      '[removed]',
      '[This comment has been deleted]',
      '(Комментарий удалён модератором)',
      'Удалённый комментарий',
      'Deleted comment',
      'Comment removed by moderator',
      'Gelöschter Kommentar',
      'Commentaire supprimé',
      // Blind tune pages of batch 11: a Webmention reply removed at its source, and Habr's note.
      'This response was deleted at its source.',
      'НЛО прилетело и опубликовало эту надпись здесь',
    ]) {
      expect(isRemovedNote(t), t).toBe(true);
    }
  });

  it('leaves comments that speak of removing or deleting alone', () => {
    for (const t of [
      'This comment is removed by the page script shortly after loading; the storm barrier question stays open.',
      'Why was my comment removed? I only asked about the bridge.',
      'The comment was removed, fine, but the question stands: who pays for the repairs and when does the work start? '.repeat(3),
      'Kommentare wurden hier schon öfter gelöscht.',
      '[deleted] by whom? The mods again?',
      'Deleted comments should be shown as such, not just vanish.',
      '评论区已经被删除了好几条，为什么？',
    ]) {
      expect(isRemovedNote(t), t).toBe(false);
    }
  });
});

// Blind tune pages bp10-a4 (a table layout) and bp10-b3 (an Italian React block), and the pick
// badges of news comment systems: a badge on a line of its own, a rating beside the buttons, a reply's
// "In reply to NAME" label.
describe('badges, ratings and reply labels over a comment\'s words', () => {
  it('drops an editor\'s-pick badge on a line of its own', () => {
    expect(tidy('Scelto dalla redazione\n450 euro per un palco è una follia.', 'Giulia').text).toBe('450 euro per un palco è una follia.');
    expect(tidy('NYT Pick\nThe bridge was overdue for repair.', 'ann').text).toBe('The bridge was overdue for repair.');
    expect(tidy('Top-Kommentator\nDie Gebühren sind zu hoch.', 'Sabine').text).toBe('Die Gebühren sind zu hoch.');
    // A reader's own words in brackets, or a line that says more, stay.
    expect(tidy('(sigh)\nAnother year, another fare rise.', 'ann').text).toBe('(sigh)\nAnother year, another fare rise.');
    expect(tidy('Featured in the paper today, the bridge again.', 'ann').text).toBe('Featured in the paper today, the bridge again.');
  });

  it('drops a line of buttons with the rating beside them, not a line of figures', () => {
    expect(tidy('Опять цены подняли.\nответить | цитировать | пожаловаться +7 / −2', 'Рыбак').text).toBe('Опять цены подняли.');
    expect(tidy('The fare went up.\n2 / 3', 'ann').text).toBe('The fare went up.\n2 / 3');
  });

  it('drops "In reply to NAME" over a reply the page nests, and keeps it in a flat list, where it is the reader\'s only cue', () => {
    const reply = withoutChrome({ author: 'Roberto', time: null, text: 'In risposta a Giulia_Sn\nCon tutto il rispetto, non è per tutti.', parentId: 'c1', level: 1 });
    expect(reply.text).toBe('Con tutto il rispetto, non è per tutti.');
    const flat = withoutChrome({ author: 'Roberto', time: null, text: 'In reply to Giulia\nWith respect, it is not for everyone.', parentId: null, level: 0 });
    expect(flat.text).toBe('In reply to Giulia\nWith respect, it is not for everyone.');
  });
});
