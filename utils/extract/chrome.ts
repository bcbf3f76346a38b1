/**
 * A comment's text without the page furniture a reader took in with it (pure: text in, text out). Generic readers
 * (named sections, the structural reader) take a record's whole block, and many themes put the
 * byline, the date and the buttons inside it: "1 Marrije Says:", "broper Posted on August 9,
 * 2012 at 11:40am", "Reply", "Report Post »". Only whole lines at the start
 * or the end of the text are dropped, and only when they are the author or the time already read,
 * a "NAME says:" byline, a bare number, or a button word; a comment is never left empty.
 *
 * Seen on the dragnet pages of the tune half: WordPress themes with "NAME Says:" (R988 and
 * others of the Kubrick family), TheBlaze's "NAME Posted on DATE" and "Report Post »" (T65),
 * "Reply" / "Antworten" buttons read as text on section pages. A date line is dropped only when it
 * repeats the time already read: a bare date with no field to go to (Uproxx, R245) stays.
 */
import { foldSpace } from './text';
import { alternation, DAY_WORDS, PAST_AFTER_WORDS, PAST_BEFORE_WORDS } from './time-words';

/** Words of a byline that says who wrote: "NAME says:", "NAME schreibt:", "NAME a dit :". */
export const SAYS_WORDS = [
  'says', 'said', 'wrote', 'writes', 'sagt', 'schreibt', 'schrieb', 'meint', 'dit', 'a dit', 'écrit', 'a écrit',
  'dice', 'dijo', 'escribe', 'escribió', 'пишет', 'написал', 'написала', 'говорит',
  'scrive', 'ha scritto', 'disse', 'escreveu', 'schreef', 'zegt', 'napisał', 'napisała',
  'skrev', 'napsal', 'napsala', 'kirjoitti', 'írta',
] as const;
const SAYS = `(?:${SAYS_WORDS.join('|')})`;
/** "12", "#12", "12." — a comment's number on its own. */
const NUMBER_LINE = /^#?\d{1,5}[.)]?$/u;
/** A byline line "[12] NAME says:" (the name at most five words). */
const SAYS_LINE = new RegExp(String.raw`^(?:#?\d{1,5}[.)]?\s+)?(\S+(?:\s+\S+){0,4}?)\s+${SAYS}\s*:?$`, 'iu');
/** The same byline at the start of the first line, before the words. */
const SAYS_PREFIX = new RegExp(String.raw`^(?:#?\d{1,5}[.)]?\s+)?(\S+(?:\s+\S+){0,4}?)\s+${SAYS}\s*:\s+`, 'iu');
/**
 * Buttons and links of a comment's footer, read as text: "Reply", "Antworten", "Report Post »
 * Log in to Reply", and "Reply to this" (the Slash engine's "[ Reply to This | Parent ]", the
 * RUBBoS benchmark's Slashdot clone, Bike Hugger R437); Blogger's "Reply" and "Delete" run
 * together ("ReplyDelete", R122, T135) and Drupal core's `comment_forbidden` link "Login or
 * register to post comments" (comment.module; zerohedge's theme, T21). A line made only of these
 * (and arrows, bars, dots) is furniture.
 */
export const BUTTON_WORDS = [
  'log ?in or register to post comments', 'log ?in to post comments',
  'log ?in to reply', 'reply to this(?: comment)?', 'reply', 'delete', 'report post', 'report comment', 'report abuse', 'report', 'flag', 'permalink',
  'link to this comment', 'quote', 'like', 'share', 'edit', 'antworten', 'melden', 'zitieren', 'répondre', 'signaler',
  'citer', 'responder', 'reportar', 'citar', 'ответить', 'пожаловаться', 'цитировать',
  // "Like" in the other languages (Facebook's and Disqus's buttons and their copies).
  'gefällt mir', "j['’]aime", 'me gusta', 'mi piace', 'мне нравится', 'vind ik leuk',
  // A thread's own links: the permalink and expand / collapse (LiveJournal's "(Ссылка)
  // (Развернуть)", Commento's and Reddit's collapse).
  'ссылка', 'развернуть', 'свернуть', 'expand', 'collapse',
  'rispondi', 'segnala', 'curtir', 'denunciar', 'reageer', 'meld misbruik', 'odpowiedz', 'zgłoś',
  'svara', 'anmäl', 'odpovědět', 'reagovat', 'nahlásit', 'vastaa', 'válasz',
  // Japanese, Chinese and Korean: reply, report, quote, like.
  '返信', '通報', '引用', 'いいね', '回复', '回覆', '举报', '檢舉', '点赞', '답글', '신고', '좋아요',
  // Greek, Turkish, Vietnamese, Hebrew, Hindi: reply, report, like.
  'απάντηση', 'αναφορά', 'μου αρέσει', 'yanıtla', 'cevapla', 'şikayet et', 'beğen', 'trả lời', 'báo cáo', 'thích',
  'הגב', 'השב', 'דווח', 'जवाब दें', 'रिपोर्ट करें', 'पसंद करें',
] as const;
/** A button's word, with the count some buttons carry ("Curtir (12)", "Like 3"). */
const BUTTONS = new RegExp(`(?:${BUTTON_WORDS.join('|')})(?:\\s*\\(?\\d{1,5}\\)?)?`, 'giu');
/**
 * Links beside a commenter's name that lead to them, read as text: Uproxx's "Profile" (R242,
 * R244, R245, R858), Slashdot's "Journal" and "Homepage" (131, 232, 239, 294, 317, 360, 369), and
 * the same words in the other languages.
 */
const PROFILE_WORDS = [
  'profile', 'view profile', 'homepage', 'home page', 'journal', 'website', 'profil', 'profil ansehen', 'webseite',
  'voir le profil', 'site web', 'perfil', 'ver perfil', 'sitio web', 'профиль',
] as const;
/** A "name" made only of controls and profile links: "Reply to this" (Bike Hugger, R437), "Profile". */
const CONTROL_NAME = new RegExp(
  `^(?:(?:${[...BUTTON_WORDS, ...PROFILE_WORDS].join('|')})[\\s»›→|·•\\-–—()]*)+$`,
  'iu',
);

/** Whether a commenter's name as read is only buttons or profile links, and so names no one. */
export function isControlText(name: string): boolean {
  return CONTROL_NAME.test(foldSpace(name));
}
/**
 * A time in words without a digit: "yesterday", "just now", "an hour ago", "gestern", "vor einer
 * Stunde", "hier", "il y a une heure", "ayer", "hace un año", "há uma hora", "un'ora fa", "вчера",
 * "час назад".
 */
const RELATIVE_TIME = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alternation([...DAY_WORDS, ...PAST_BEFORE_WORDS, ...PAST_AFTER_WORDS])})(?![\p{L}])`,
  'iu',
);
/** Longer than this, a text without a digit is not a time in words but something else read as one. */
const RELATIVE_TIME_WORDS = 5;

/**
 * Whether a comment's time as read can be a time: it has a digit ("July 18th, 2012, 5:14 am",
 * "2022-07-01T10:02"), or is a short time in words ("yesterday", "vor einer Stunde"). What
 * detectors took for the time on 7 pages of the tune half of both corpora without being one: a
 * "Reply" button ("Antworten", 54 comments on SciLogs), a class name ("comment_date", 13),
 * "Permalink", the commenter's name (5), the start of the comment (3) (scripts/dev/time-fields.ts,
 * run before this check).
 */
export function isTimeText(time: string): boolean {
  const folded = foldSpace(time);
  if (/\d/.test(folded)) return true;
  return folded.split(' ').length <= RELATIVE_TIME_WORDS && RELATIVE_TIME.test(folded);
}
// Parentheses and brackets too: "(Ответить) (Ссылка)" (LiveJournal), "[ Reply ]".
const LEFTOVER_MARKS = String.raw`\s»›→↓|·•\-–—()[\]`;
const BUTTON_LEFTOVER = new RegExp(`^[${LEFTOVER_MARKS}]*$`, 'u');
/**
 * …and, once a button word is taken out, a rating beside it: "ответить | цитировать |
 * пожаловаться +7 / −2", "Reply · 12 · −3" (vote tallies of forums and news sites' own comment
 * lists: bp8 and bp10 blind tune pages, dragnet sites with "+N / −N" ratings).
 */
const RATED_LEFTOVER = new RegExp(`^[${LEFTOVER_MARKS}+−/\\d]*$`, 'u');
/**
 * The badges news comment systems put over a picked comment or beside a regular's name: the New
 * York Times's "NYT Pick", the Guardian's "Guardian Pick", Facebook's "Top Commenter" / "Top fan"
 * (its comments plugin), "Editor's pick" / "Featured" (Coral, Viafoura) and their translations
 * ("Empfehlung der Redaktion", "Choix de la rédaction", "Destacado", "Scelto dalla redazione",
 * "Выбор редакции"): a line that is only the badge.
 */
const PICK_BADGE_LINE =
  /^(?:nyt pick|guardian pick|editors?['’]? ?picks?|staff pick|featured(?: comment)?|top commenter|top fan|top-?kommentator(?:in)?|empfehlung der redaktion|redaktionsempfehlung|von der redaktion empfohlen|choix de la rédaction|sélection de la rédaction|coup de cœur de la rédaction|destacado(?: por la redacción)?|elegido por la redacción|scelto dalla redazione|scelta della redazione|выбор редакции)$/iu;
/**
 * "In reply to NAME" over a reply's words ("Replying to @anna", "In risposta a Giulia_Sn",
 * "Antwort an …", "En réponse à …", "En respuesta a …", "В ответ …"): widgets that nest replies
 * (wpDiscuz, the Italian blind tune page bp10-b3, Twitter-style embeds) say so again in words.
 */
const REPLY_LABEL_LINE =
  /^(?:in reply to|replying to|reply to|in risposta a|risposta a|en réponse à|réponse à|en respuesta a|respuesta a|antwort an|antwort auf|als antwort auf|в ответ(?: на)?|ответ для|em resposta a|resposta a|reactie op|antwoord op)\s+@?\S.{0,40}$/iu;
/** "Posted on August 9, 2012 at 11:40am", "Geschrieben am 3. Mai 2012": the date line of a byline. */
const POSTED_LINE = new RegExp(
  String.raw`^(?:posted|published|written|submitted|geschrieben|veröffentlicht|publié|écrit|publicado|escrito|опубликовано|написано)` +
    String.raw`(?:\s+(?:on|at|am|um|le|el|в))?\s+(.{0,60}\d.{0,40})$`,
  'iu',
);
/** A name on a line of its own: a few words, no sentence punctuation. */
const NAME_LINE = /^[^\s.!?,;:]+(?:\s+[^\s.!?,;:]+){0,3}$/u;

const squash = (s: string): string => foldSpace(s).toLowerCase();

/**
 * Without a name read, a "… says:" is a byline only as themes print it: numbered ("12 Anna
 * says:"), with the verb capitalised ("Anna Says:", WordPress's Kubrick family), or with the name
 * linked (the profile link: "mtmjr90 says:" on R342's Drupal theme, "Arthur in the Garden!
 * said:" on R982's WordPress theme); "The council says: …" is a sentence.
 */
function bylineShape(match: RegExpExecArray): boolean {
  const whole = match[0].trim();
  if (/^#?\d/.test(whole)) return true;
  const verb = whole.split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(verb);
}

export interface CommentFields {
  author: string | null;
  time: string | null;
  text: string;
  /** The comment's links: a "NAME says:" line whose NAME is one of their texts is a byline. */
  links?: readonly { text: string; href?: string }[];
  /** The page states whom it answers: an "In reply to NAME" label over its words is furniture. */
  parentId?: string | null;
  level?: number | null;
}

/** A site's home page or a member's page: where a commenter's linked name leads. */
const HOME_OR_PROFILE = /^(?:https?:)?\/\/[^/?#]+\/?(?:[?#].*)?$|\/(?:users?|u|members?|profiles?|author|people|~[^/]+)(?:[/?#]|$)/i;
/** Month and weekday names (en, de, fr, es, ru stems) and the words that join a date and a time. */
const DATE_WORDS = new RegExp(
  String.raw`(?:^|\s)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fevr|mars|avr|juin|juil|août|aout|sept|déc|ene|abr|ago|dic|янв|фев|мар|апр|ма|июн|июл|авг|сен|окт|ноя|дек|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\p{L}*\.?(?=\s|$)|(?:^|\s)(?:at|on|um|am|pm|le|à|a las|de|del|в|г|года?|uhr|h)(?=\s|$)`,
  'giu',
);
/** At most this long, a line can be a date and nothing else. */
const DATE_LINE_LENGTH = 50;

/**
 * A line that is a date (and time) and nothing else: "Aug 8 2012", "November 1, 2012 at 10:57 am #",
 * "12. März 2012 um 10:15", "Tuesday July 24, @11:35AM".
 */
function isDateLine(line: string): boolean {
  if (line.length > DATE_LINE_LENGTH || !/\d/.test(line) || !/\p{L}{3}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}/u.test(line)) return false;
  const rest = ` ${line.toLowerCase()} `.replace(/[\d@#|,.:/()\-–—]+/gu, ' ').replace(DATE_WORDS, ' ');
  return rest.trim() === '' && /\d{4}|\d{1,2}:\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/u.test(line);
}

/**
 * What is left of a numbered post's header once its name and date are read: the number, the
 * field labels and the poster's daily ID ("1 名前：[name] [date] ID:Xk3pQ9aB0"). The header of a
 * post on 2channel-style boards (read.cgi: "1 ：名無しさん：2019/05/04(土) 10:12:33.45 ID:…", with
 * "名前：" and "投稿日：" on many boards), which Japanese summary blogs copy for their comments.
 */
const POST_HEADER_LEFTOVER = /^(?:#?\d{1,5}\s*[:：.]?\s*)?(?:(?:名前|投稿日|日付|name|date)\s*[:：]\s*|\[?sage\]?\s*|id\s*[:：]\s*[\w+/.-]{6,12}\s*)+$/iu;

/** A line that is the comment's byline or date or a button, not its words. */
function isChrome(line: string, author: string, time: string): boolean {
  const l = squash(line);
  if (l === '') return true;
  if (POST_HEADER_LEFTOVER.test(l)) return true;
  const unbuttoned = l.replace(BUTTONS, '');
  if (NUMBER_LINE.test(l) || BUTTON_LEFTOVER.test(unbuttoned) || (unbuttoned !== l && RATED_LEFTOVER.test(unbuttoned))) return true;
  if (PICK_BADGE_LINE.test(l)) return true;
  if (POSTED_LINE.test(l)) return true;
  if (author && (l === author || l === `${author}:`)) return true;
  if (time && (l === time || (l.includes(time) && l.length <= time.length + 40 && (!author || l.includes(author) || /^(?:posted|published|on|am|le|el|—|-)/.test(l))))) return true;
  if (author && l.includes(author) && l.length <= author.length + 40 && /\d/.test(l) && /(?:posted|on|at|um|am|le|à|el|a las|в)\b/.test(l)) return true;
  // Without a name read, a "… says:" line is taken (or not) where the byline is looked for.
  const says = SAYS_LINE.exec(l);
  if (says !== null && author !== '' && squash(says[1] ?? '') === author) return true;
  // The name read, however long ("Tara Rodden Robinson :: The Productivity Maven Says:").
  return author !== '' && l.startsWith(author) && SAYS_REST.test(l.slice(author.length));
}
/** What follows the name in a byline: " says:", " schreibt:", " a dit :". */
const SAYS_REST = new RegExp(String.raw`^\s+${SAYS}\s*:?$`, 'iu');

/**
 * The comment's fields with its text tidied: byline, date and button lines at either end
 * dropped, a "NAME says:" opening taken off the first line, and the name taken for the author
 * when the reader found none.
 */
export function withoutChrome(comment: CommentFields): CommentFields {
  let { author, time } = comment;
  const lines = comment.text.split('\n');
  // "NAME" then "Posted on DATE" at the top: the byline of a theme the reader did not know.
  const posted = (line: string | undefined): RegExpExecArray | null => POSTED_LINE.exec((line ?? '').trim());
  const firstPosted = posted(lines[0]) ?? (NAME_LINE.test((lines[0] ?? '').trim()) ? posted(lines[1]) : null);
  if (firstPosted && lines.length > 2) {
    time ??= firstPosted[1]?.trim() ?? null;
    if (!posted(lines[0])) author ??= lines[0]?.trim() || null;
  }
  // A name that is also the text of one of the comment's links is the commenter's profile link.
  const linked = (name: string): boolean => (comment.links ?? []).some((l) => squash(l.text) === name);
  // A linked name alone on the first line, over a date line or linked to a home or profile page:
  // the byline of a theme the reader did not know ("Dirk Heuff" / "Aug 8 2012"; "Marie" /
  // "November 1, 2012 at 10:57 am #"). A linked title over the words is not taken: its link
  // leads to an article, and no date follows it.
  const top = (lines[0] ?? '').trim();
  let bylineLines = 0;
  const nameLinks = !author && lines.length >= 2 && NAME_LINE.test(top) ? (comment.links ?? []).filter((l) => squash(l.text) === squash(top)) : [];
  if (nameLinks.length > 0) {
    const dated = isDateLine((lines[1] ?? '').trim());
    const home = nameLinks.some((l) => HOME_OR_PROFILE.test(l.href ?? ''));
    if ((dated || home) && lines.slice(dated ? 2 : 1).some((x) => x.trim() !== '')) {
      author = top;
      bylineLines = dated ? 2 : 1;
      if (dated && !time) time = (lines[1] ?? '').trim().replace(/\s*[#|]\s*$/u, '');
    }
  }
  const a = () => squash(author ?? '');
  const t = squash(time ?? '');
  let start = bylineLines;
  let end = lines.length;
  // Only over a reply the page nests is an "In reply to NAME" line furniture.
  const nested = (comment.parentId ?? null) !== null || (comment.level ?? 0) > 0;
  const leave = (at: number): boolean => lines.slice(at, end).some((x) => x.trim() !== '');
  while (start < end - 1) {
    const line = lines[start] ?? '';
    if (!author) {
      const says = SAYS_LINE.exec(line.trim());
      if (says && (bylineShape(says) || linked(squash(says[1] ?? ''))) && leave(start + 1)) {
        author = says[1]?.trim() ?? null;
        start++;
        continue;
      }
    }
    const labelsReply = nested && REPLY_LABEL_LINE.test(squash(line));
    if ((!labelsReply && !isChrome(line, a(), t)) || !leave(start + 1)) break;
    start++;
  }
  while (end - 1 > start && isChrome(lines[end - 1] ?? '', a(), t)) end--;
  const kept = lines.slice(start, end);
  const first = kept[0] ?? '';
  const prefix = SAYS_PREFIX.exec(first.trim());
  if (prefix && (author ? squash(prefix[1] ?? '') === a() : bylineShape(prefix))) {
    const rest = first.trim().slice(prefix[0].length);
    if (rest) {
      author ??= prefix[1]?.trim() ?? null;
      kept[0] = rest;
    }
  }
  const text = kept.join('\n').trim();
  return text && (text !== comment.text || author !== comment.author || time !== comment.time) ? { author, time, text } : comment;
}

/**
 * The note a site leaves where a comment was removed: "This comment has been removed by the
 * author." (Blogger's documented wording), "This comment was removed by a moderator.", "Dieser
 * Kommentar wurde von der Redaktion entfernt.", "Ce commentaire a été supprimé par la
 * modération.", "Comentario eliminado por incumplir las normas…", "Questo commento è stato
 * rimosso…", "Deze reactie is verwijderd…", "Ten post został usunięty…", "Комментарий удалён…", and
 * the same in Japanese, Greek and Turkish (blind pages of the fifteenth session) and Chinese (a
 * Waline blog of the seventeenth); and the bare "[deleted]" of Reddit, Hacker News and Commento.
 * It holds no words of a reader. Seen on the blind hand pages of both batches (en, de, fr, es,
 * it, nl, pl: seven writers' sites) and in Blogger's and Disqus's documented placeholders; "This
 * response was deleted" too (Medium and Webmentions call comments responses), and Habr's "НЛО
 * прилетело и опубликовало эту надпись здесь".
 */
const REMOVED_NOTE = new RegExp(
  [
    String.raw`^(?:this |the )?(?:comment|post|message|reply|response) (?:has been|was|had been) (?:removed|deleted|hidden|taken down)`,
    // The note as a title: "Deleted comment", "Comment removed", "Gelöschter Kommentar",
    // "Commentaire supprimé", "Удалённый комментарий".
    String.raw`^(?:deleted|removed) (?:comment|post|message|reply)$|^(?:comment|post|message|reply) (?:deleted|removed)(?: by [^.!]{1,40})?$`,
    String.raw`^gelöschte[rs]? (?:kommentar|beitrag)$|^(?:kommentar|beitrag) gelöscht$|^(?:commentaire|message) supprimé$`,
    String.raw`^удал[её]нн(?:ый|ое) (?:комментарий|сообщение)$`,
    // Reddit's, Hacker News's and Commento's placeholder, the note's whole text.
    String.raw`^\[(?:deleted|removed)\]$`,
    String.raw`^(?:dieser |der )?(?:kommentar|beitrag|leserkommentar) (?:wurde|ist) (?:[^.!]{0,40} )?(?:entfernt|gelöscht|gesperrt|ausgeblendet)`,
    String.raw`^(?:ce |le )?(?:commentaire|message) (?:a été|est) (?:supprimé|retiré|masqué|modéré)`,
    String.raw`^(?:este |el )?(?:comentario|mensaje) (?:ha sido |fue |está )?(?:eliminado|borrado|retirado|oculto)`,
    String.raw`^(?:questo |il )?(?:commento|messaggio) (?:è stato |e stato )?(?:rimosso|eliminato|cancellato|nascosto)`,
    String.raw`^(?:deze |de |dit )?(?:reactie|bericht|comment) (?:is|werd) (?:[^.!]{0,40} )?verwijderd`,
    String.raw`^(?:este |o )?(?:comentário|mensagem) (?:foi |está )?(?:removido|apagado|excluído|ocultado)`,
    String.raw`^(?:ten )?(?:komentarz|post|wpis) (?:został|zostal) (?:usunięty|ukryty)`,
    String.raw`^(?:этот )?(?:комментарий|сообщение) (?:был |было )?(?:удал[её]н|удалено|скрыт)`,
    // Habr's own note where a banned reader's comment stood.
    String.raw`^нло прилетело и опубликовало эту надпись здесь`,
    String.raw`^(?:この)?(?:コメント|投稿|レス)は[^。]{0,20}?削除されま(?:した|す)`,
    String.raw`^(?:该|此|这条)?(?:评论|留言|回复)(?:已被|已经被|已)[^。]{0,10}?删除`,
    String.raw`^(?:το )?(?:σχόλιο|μήνυμα) (?:[^.!]{0,40} )?(?:αφαιρέθηκε|διαγράφηκε|αποκρύφτηκε)`,
    String.raw`^bu (?:yorum|mesaj)[^.!]{0,80}?(?:kaldırılmıştır|silinmiştir|kaldırıldı|silindi)`,
  ].join('|'),
  'iu',
);
/** A note is a sentence or two: the reason may follow ("… because it violated our Terms of Use."). */
const MAX_REMOVED_NOTE_CHARS = 200;

/** Whether a comment's whole text is the note a site leaves where a comment was removed. */
export function isRemovedNote(text: string): boolean {
  if (text.length > MAX_REMOVED_NOTE_CHARS * 2) return false;
  const folded = foldSpace(text);
  // Sites set the note apart in brackets or parentheses ("[This comment has been deleted]").
  const bare = folded.replace(/^[[(]\s*(.*?)\s*[\])]$/su, '$1');
  return folded.length <= MAX_REMOVED_NOTE_CHARS && (REMOVED_NOTE.test(folded) || (bare !== folded && REMOVED_NOTE.test(bare)));
}

/** A byline's verb after the name: "Progress Trap said,", "Gerda schreef:", "Chris Gosling says:". */
const TRAILING_SAYS = new RegExp(String.raw`\s+${SAYS}\s*[:,.…]*$`, 'iu');

/**
 * The commenter's name without the byline's verb. Applied after the text is tidied, which reads
 * the byline as the page printed it (a closing line that repeats that byline's name is the
 * theme's, not the commenter's).
 */
export function nameWithoutVerb(author: string | null): string | null {
  if (!author) return author;
  const name = author.replace(TRAILING_SAYS, '').trim();
  return name || author;
}
