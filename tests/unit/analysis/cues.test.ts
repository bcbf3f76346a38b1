import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { hasHint, SITE_WORKING_PHRASES, otherPiece, closedElsewhere, CLOSED_ELSEWHERE_PHRASES, aboutCommenter, aboutTheSite, moderationNotice, MODERATION_PHRASES, MISSED_PHRASES, FAMILY_GREETING_PHRASES, OTHER_STORY_PHRASES, NOTHING_ABOUT_PHRASES, agreeingOpening, greetsReader, articleFigures, citesArticleFigure, articleReference, asksTheReaders, copiedComments, evaluativeReaction, isSocialReply, pointsAtStory, salesName, praise, repeatedLinks, selfDeclaredDigression, spamEvidence, SPAM_THRESHOLD, articlePersonCheck, personPronouns, readArticleWords, unresolvedPronoun, writerAddressCheck } from '../../../utils/analysis/cues';
import { judgeOffTopic } from '../../../utils/analysis/off-topic';
import type { ExtractedComment, Sensitivity } from '../../../utils/schema';
import type { TextLanguage } from '../../../utils/text/language';
import { tokenize } from '../../../utils/text/tokens';
import { CUE_THREADS, type CueThread } from './cue-threads';

/** A top-level comment by `author`, numbered `i`. */
const topLevel = (i: number, author: string, text: string): ExtractedComment => ({ id: `c${i}`, parentId: null, level: null, author, time: null, text, links: [], locator: `#c${i}` });

/** The analysis, at normal sensitivity, of these comments under a short story about two libraries closing. */
function analyseLibraryPage(comments: ExtractedComment[]) {
  const article = { title: 'Council closes two branch libraries', text: 'The city council voted to close the Eastside and Millbrook branch libraries. Library users protested at the council meeting, and the library budget falls again next year.', lang: 'en' as const };
  return analyzeExtraction({ url: 'https://x.example/', article, comments, platform: 't', replySource: 'nesting', partial: false, detectMs: 0 }, { sensitivity: 'normal' });
}

function judgeThread(t: CueThread, sensitivity: Sensitivity = 'normal') {
  return judgeOffTopic({
    article: t.article,
    lang: t.lang,
    comments: t.comments.map((c) => ({ text: c.text })),
    parentIndex: t.comments.map((c) => c.parent),
    sensitivity,
  });
}

describe.each(CUE_THREADS.map((t) => [t.lang, t] as const))('cue rules in %s', (_lang, thread) => {
  const js = judgeThread(thread);
  const codes = js.map((j) => j.mark?.code ?? null);

  it('marks each comment as a reader would (by the mark code)', () => {
    expect(codes).toEqual(thread.comments.map((c) => c.expect));
  });

  it('names the spam evidence in the reason', () => {
    const spam = js.find((j) => j.mark?.code === 'offtopic_spam')?.mark;
    expect(spam?.reason).toMatch(/^looks like spam: earnings claim “[^”]+”, .*(easy-money line|invitation to write privately)/);
    expect(spam?.params[0]).toContain('earnings claim');
  });

  it('quotes the words by which a comment declares its digression', () => {
    const i = thread.comments.findIndex((c) => c.expect === 'offtopic_self_declared');
    const mark = js[i]?.mark;
    expect(mark?.params[0]?.length).toBeGreaterThan(1);
    expect(thread.comments[i]?.text.toLowerCase()).toContain(mark?.params[0]?.toLowerCase());
    expect(mark?.reason).toBe(`says itself it is off topic (“${mark?.params[0]}”)`);
  });

  it('names where a drifting sub-thread left the article', () => {
    const drift = js.filter((j) => j.mark?.code === 'offtopic_drift').map((j) => j.mark);
    expect(drift.length).toBe(2);
    for (const m of drift) expect(m?.reason).toMatch(/^continues a sub-thread that left the article at the comment “.+” and does not come back to it; about: /);
  });

  it('lets a reply that comes back to the article out of a drifting sub-thread', () => {
    const back = thread.comments.findIndex((c, i) => i > 0 && c.parent >= 0 && c.expect === null && codes[c.parent] !== null);
    expect(back).toBeGreaterThan(0);
    expect(js[back]?.status).toBe('on-topic');
  });

  it('marks no less when stricter', () => {
    const marked = (s: Sensitivity) => judgeThread(thread, s).filter((j) => j.mark).length;
    expect(marked('lenient')).toBeLessThanOrEqual(marked('normal'));
    expect(marked('normal')).toBeLessThanOrEqual(marked('strict'));
  });
});

describe('spamEvidence', () => {
  it('takes words disguised with look-alike letters of another script for spam (Unicode TS #39 mixed-script confusables)', () => {
    const e = spamEvidence('I usｅd to be suggested thiѕ web site by my cousin. Not certain wһether this post is yours.');
    expect(e.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(e.evidence.join()).toContain('usｅd, thiѕ, wһether');
    // One such word is a symbol in a word ("μstats"); scripts side by side are ordinary writing.
    expect(spamEvidence('So many μstats!').weight).toBe(0);
    expect(spamEvidence('Москва и Berlin — города-партнёры, iPhone и Android').weight).toBe(0);
    expect(spamEvidence('Ο Γιάννης said the bridge opens in May, and Ελένη agreed.').weight).toBe(0);
  });

  it.each([
    ['en', 'Tired of waiting for the tram? I made $4,300 last month trading from my phone, message me.'],
    ['de', 'Statt auf die Straßenbahn zu warten: ich verdiene 4.300 € im Monat mit Krypto, meldet euch per PN.'],
    ['fr', 'Au lieu d’attendre le tramway, je gagne 3 000 € par mois avec le trading, contactez-moi sur WhatsApp.'],
    ['es', 'En vez de esperar el tranvía, gano 3.000 euros al mes con criptomonedas, escríbeme por Telegram.'],
    ['ru', 'Пока ждёте трамвай: зарабатываю 100 тыс. рублей в месяц на криптовалюте, пишите мне в телеграм.'],
  ])('finds money-making spam that borrows the article’s words (%s)', (_lang, text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    'The plumber charges $90/hour here, the tram works will cost a fortune.',
    'My rent went up 200 € a month, so I work from home now and skip the tram.',
    'I read about the tram plans on Telegram yesterday.',
    'Die Stadt zahlt 412 Millionen Euro im Jahr für den Nahverkehr.',
    'Мне пишите лучше про трамвай, а не про политику.',
    'Write me off as a sceptic, but the tram will be late.',
  ])('does not call one signal spam: %s', (text) => {
    expect(spamEvidence(text).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // Written after the pattern lists, as a blind check of them: 14 of these 15 were caught before
  // "makes" and the "works N hours a day" promise were added.
  it.each([
    ['en', 'My neighbour makes $8,000 a month online and she only works 3 hours a day. Check it out here www.cash-fast.example'],
    ['en', 'I quit my job and now earn over $500 per day from home. Ask me how!'],
    ['en', 'Looking for a part-time job? I get paid $95 per hour doing simple online tasks. DM me for details'],
    ['en', 'I invested $300 in Bitcoin with Mr. Kevin and got $6,500 in 7 days. Contact him on WhatsApp +1 555 0101'],
    ['en', 'Forex signals with 95% accuracy, join our Telegram group t.me/fxprofits'],
    ['de', 'Mit diesem Trick habe ich in einer Woche 2.500 € verdient. Melde dich bei mir per Telegram.'],
    ['fr', "Grâce au trading crypto j'ai gagné 4 000 € le mois dernier, écrivez-moi en privé."],
    ['es', 'Invierte en bitcoin conmigo y duplica tu dinero en una semana, contacto por Telegram.'],
    ['ru', 'Инвестиции в крипту, доход от 10% в день. Пишите в Телеграм @profit_bot'],
  ])('finds spam phrased in ways the lists were not written from (%s)', (_lang, text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  // From the tune half of the blind hand threads (seeds/threads-blind): the easy-work promise said
  // of someone else ("from her laptop") or as "simple online tasks" was not read.
  it.each([
    'My aunt makes $320 a day doing simple online tasks from her laptop. Check it out -> www.example.net',
    'My cousin earns $250 a day from his phone, no joke.',
    'She made $2,000 last week with online tasks, ask her how.',
  ])('reads the easy-work promise in other persons and as online tasks: %s', (text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  // A number to call on a messenger ("Call or WhatsApp 052 …", "Call/WhatsApp 5566 …"): a
  // business's or seller's ad in blind forum threads of two writers, whatever else it says.
  it.each([
    'MOVERS & PACKERS cheap and best shifting service all over Dubai. Villa / flat / office. Call or WhatsApp 052 714 3309 Mr. Imran. 24/7',
    'Toyota Prado 2016, single owner, no accidents. 68k negotiable. Call or WhatsApp 5590 2211, serious buyers only.',
    'Visa, Emirates ID, driving license. Fast, reliable, cheap. Call/WhatsApp 5566 7788 – Mr. Faisal.',
    'Mudanzas y portes en toda la ciudad, llama o WhatsApp 644 123 456.',
  ])('reads a number to call on a messenger as an advertisement: %s', (text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });
  it.each([
    'I told him to call or whatsapp the landlord, he answered within a day.',
    'The embassy only answers on WhatsApp now, call them and they tell you to write.',
  ])('a reader naming a messenger is no advertisement: %s', (text) => {
    expect(spamEvidence(text).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // A blind Spanish tune thread (batch 5): a USDT trading pitch "sin salir de casa" with a
  // WhatsApp number and the Rioplatense "escribime" read as one signal and a half.
  it.each([
    ['es', 'Hola a todos, hace 4 meses arranqué con trading en USDT y ya saco 280.000 pesos por semana sin salir de casa. Escribime al WhatsApp.'],
    ['en', 'I pull in $600 a week without leaving the house, just message me.'],
    ['de', 'Ich habe 900 € die Woche nebenher, ohne das Haus zu verlassen. Schreib mir!'],
    ['it', 'Guadagno 400 euro a settimana senza uscire di casa, scrivetemi.'],
    ['pt', 'Tiro R$ 2.000 por semana sem sair de casa, me chama no WhatsApp.'],
  ])('reads "without leaving the house", USDT and the voseo "escribime" (%s)', (_lang, text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each(['Sin salir de casa se ve el lago desde mi ventana.', 'Escribime si necesitás que te lleve al lago el sábado.'])(
    'does not take one of them alone for spam: %s',
    (text) => {
      expect(spamEvidence(text).weight).toBeLessThan(SPAM_THRESHOLD);
    },
  );

  it.each(['I read the report from my laptop on the train.', 'Her daughter does the online tasks for school on a laptop.'])(
    'does not take a laptop or online tasks alone for spam: %s',
    (text) => {
      expect(spamEvidence(text).weight).toBeLessThan(SPAM_THRESHOLD);
    },
  );

  // The tune half of the blind hand threads (batch 2) had five shop or service advertisements that
  // no signal read (a nut-butter shop, a storage-news site, a removals firm, a holiday-let
  // manager, a tutoring app). These are new phrasings of the same kind, one per language.
  it.each([
    ['en', 'Loved this piece! We sell refurbished e-bikes with free shipping across the UK, see pedalnow.example', ['pedalnow.example']],
    ['en', 'Great read. Our budgeting app does all of this for you, first month is free.', ['budgetly.app']],
    ['de', 'Toller Artikel! Wir liefern Brennholz im ganzen Landkreis, kostenlose Lieferung ab 3 Ster: holz-meier.example', ['holz-meier.example']],
    ['fr', 'Merci pour l’article. Nous proposons des cours de natation pour adultes, essai gratuit sur nage-facile.example', ['nage-facile.example']],
    ['es', 'Muy buen artículo. Vendemos bicis eléctricas con envío gratis a toda España 👉 bicisya.example', ['bicisya.example']],
    ['ru', 'Отличная статья! Мы предлагаем ремонт квартир под ключ, подробности на remont-bystro.example', ['remont-bystro.example']],
  ])('reads a business advertising itself (%s)', (_lang, text, linkHosts) => {
    const found = spamEvidence(text, { linkHosts });
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    ['Our local shop pulled the jars on Monday, the BBC has the list.', ['bbc.co.uk']],
    ['Free delivery was the only reason I ever ordered from them.', []],
    ['We offer our spare room to festival volunteers every year.', []],
    ['Oil is taking something like 1.5% off of GDP growth this year.', []],
    ['Хоть бы скидку на продление абонемента сделали.', []],
    ['We offer free delivery of the parish newsletter to anyone who asks.', []],
  ])('does not take one sales word, a reader\'s own shop or talk without a link to a site for an advertisement: %s', (text, linkHosts) => {
    expect(spamEvidence(text, { linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // Blind tune threads of batch 8 (en, es forums) and earlier ones (en, pt): advertisements that give
  // a number or a messenger to call instead of a link. New phrasings, one per language.
  it.each([
    ['en', '*** DESERT PEST CONTROL *** Ants, bedbugs, termites. Free quotes, all areas. Call/WhatsApp +974 5511 2233'],
    ['en', 'Tired of a leaking roof? Valley Roofing repair and replace, 10% off this month - call 01632 960777 today.'],
    ['de', 'Umzug gefällig? Wir übernehmen alles, kostenlose Beratung, einfach anrufen: 0151 2345 6789'],
    ['es', '🔧 FONTANERÍA RÁPIDA 🔧 Atascos y fugas, presupuesto sin compromiso. Contactar por WhatsApp 612 34 56 78'],
    ['pt', 'Obras em casa? Orçamentos grátis em 48h. Fale connosco pelo WhatsApp 912 111 222'],
  ])('reads a business that gives a number to call instead of a link (%s)', (_lang, text) => {
    const found = spamEvidence(text);
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    'Try the garage behind the petrol station, call him on +974 5566 7788, he did mine for free.',
    'They gave me a free quote and fixed it the same week, very happy.',
    'Call 999 if you see anyone in the water, the lifeguards only work weekends.',
    'Free pick-up of bulky waste ended last year, you now pay 25 pounds.',
  ])('does not take a reader passing on a number or a free service for an advertisement: %s', (text) => {
    expect(spamEvidence(text).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // Blind tune threads of batch 10 (de, fr; a price "from" an amount also in a batch 6 fr and a
  // batch 10 ru thread): an advertisement with a price "from" and a messenger, a formal "call us",
  // or a free quote by WhatsApp alone. New phrasings, one per language.
  it.each([
    ['de', 'Schimmel im Bad? Wir sanieren ab 899 € komplett, rufen Sie an: 0176 5544 3322'],
    ['fr', 'Besoin d’un comptable ? Bilan à partir de 390 €, écrivez-nous sur WhatsApp +33 6 11 22 33 44'],
    ['fr', 'Site vitrine pro, devis gratuit sur WhatsApp : +33 6 52 00 11 22'],
    ['es', 'Reformas integrales desde 1.500 €, WhatsApp 644 112 233'],
    ['ru', 'Септики под ключ от 45000 руб, наш Телеграм @septik_msk'],
    ['en', 'Damp proofing from £299, free survey, WhatsApp +44 7700 900555'],
  ])('reads a price "from" an amount, or a sales offer, beside a number or a messenger (%s)', (_lang, text) => {
    const found = spamEvidence(text);
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    ['Brent crude rose from $25 in 2002 to $111 in 2011, see the chart.', ['i1095.photobucket.com']],
    ['Fares went from 2,50 € to 3 € overnight, WhatsApp groups are furious.', []],
    ['Tickets from £20 at the box office, I got mine yesterday.', []],
    ['Ab 500 Euro kann man mitmachen? Weiß jemand, ob das schon geht?', []],
  ] as const)('does not take a range, a price talked about or a messenger in passing for an advertisement: %s', (text, linkHosts) => {
    expect(spamEvidence(text, { linkHosts: [...linkHosts] }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Bored tonight? Lonely singles near you want to meet you ➡ matchy.example', ['matchy.example']],
    ['Hundreds of single women in your town are waiting to chat with you: flirt-now.example', ['flirt-now.example']],
    ['Célibataires de votre région 😘 inscription gratuite sur coeurs.example', ['coeurs.example']],
    ['Всем привет, мне 31, ищу надёжного мужчину. Моя анкета здесь: anketa.example/id1', ['anketa.example']],
  ])('reads a dating advertisement with a link: %s', (text, linkHosts) => {
    const found = spamEvidence(text, { linkHosts });
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  // Women or singles "in your area" (batch 19's blind tune threads, es and nl; new wordings here).
  it.each([
    ['Chicas solteras de tu ciudad quieren conocerte esta noche 😘 registro gratis en ligar.example', ['ligar.example']],
    ['Mannen en vrouwen bij jou in de buurt zoeken contact, bekijk gratis de profielen op date.example', ['date.example']],
    ['Einsam am Wochenende? Singles aus deiner Nähe warten auf dich: flirt.example', ['flirt.example']],
    ['Ragazze della tua zona cercano compagnia stasera ➡ incontri.example', ['incontri.example']],
    ['Девушки твоего города ждут знакомства — заходи на znakomstva.example', ['znakomstva.example']],
  ])('reads a dating advertisement for readers "near you": %s', (text, linkHosts) => {
    const found = spamEvidence(text, { linkHosts });
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it('does not take a story about women in the reader\'s town for a dating advertisement without a link', () => {
    expect(spamEvidence('Mujeres de tu barrio organizan la protesta del sábado, yo iré.', {}).weight).toBeLessThan(SPAM_THRESHOLD);
    expect(spamEvidence('Vrouwen in de buurt hebben al een petitie gestart tegen het fietspad, zie gemeente.example', { linkHosts: ['gemeente.example'], articleLower: 'petitie fietspad' }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // A promo code is an advertisement's call to action, with or without a link (seven blind threads
  // of seven writers and the casino spam of probe 26; new wordings here).
  it.each([
    'Handgemachte Seifen aus dem Allgäu, nur diese Woche 15 % Rabatt mit dem Code SEIFE15!',
    'Nos bougies parfumées sont arrivées ✨ -20% avec le code NOEL20, livraison offerte',
    'Скидка 25% на все курсы английского по промокоду ВЕСНА25',
    'Reserva tu mesa con un 10% de descuento usando el código CENA10',
    'Get 40% off your first box with code FRESH40 at checkout',
    'Codice SCONTO30 valido fino a domenica su tutto il catalogo',
  ])('reads a promo code as spam: %s', (text) => {
    const found = spamEvidence(text, {});
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(found.evidence.join('; ')).toContain('promo code');
  });

  it.each([
    ['My post code SW19 is just outside the new zone, typical.', ''],
    ['The app keeps throwing error code ER404 since the update.', ''],
    ['Dress code B2 at the gala, apparently, whatever that means.', ''],
    ['The code is on GitHub if anyone wants to check the licence change.', ''],
    ['Used code SAVE20 like the post says and it worked, thanks!', 'this week only: 20% off everything with code save20'],
  ])('does not take a post code, an error code or the article\'s own code for a promo code: %s', (text, articleLower) => {
    expect(spamEvidence(text, { articleLower }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  // Advertisements of other kinds than money-making (probe 28's tune half, nine languages): a thing
  // offered and what is claimed for it. New wordings here, none of the probe's.
  it.each([
    ['documents without an exam', 'Echter Führerschein ohne Prüfung, 100% legal, schnelle Lieferung per Post'],
    ['documents without an exam', 'Diplomi universitari registrati nella banca dati del ministero, consegna in 5 giorni'],
    ['documents without an exam', 'Prawo jazdy kat. B bez egzaminu, szybko i dyskretnie, tel. 512 334 900'],
    ['followers for sale', 'Get 5000 real followers on TikTok today, prices from $9 only'],
    ['followers for sale', 'Накрутка лайков и подписчиков в Телеграм, дёшево! Пишите @nakrutka_pro'],
    ['IPTV subscription', 'IPTV com 12.000 canais em HD, teste grátis hoje'],
    ['betting tips', 'Fixed matches 100% sure, pay after win, contact our agent'],
    ['betting tips', 'Pronostici sicuri ogni giorno nel nostro gruppo VIP, vincite garantite'],
    ['prize scam', 'Congratulations, you have been selected to receive a £500 Tesco voucher, claim it now'],
    ['prize scam', 'Gefeliciteerd! U bent geselecteerd en maakt kans op een iPhone'],
    ['slimming product', 'Mi hermana perdió 9 kilos en un mes con estas cápsulas naturales'],
    ['slimming product', 'Schudłam 7 kg w 3 tygodnie dzięki tabletkom Slim Max Forte'],
    ['own channel', 'Check out my channel and subscribe, I post fishing videos every week!'],
    ['own channel', 'Подписывайтесь на мой канал про рыбалку, там много интересного 🎣'],
    ['game goods for sale', 'Selling cheap WoW gold and level 80 accounts, add me on discord!'],
    ['game goods for sale', 'Vendo cuenta de Valorant con skins, precio a convenir, whatsapp 612 448 901'],
    ['account recovery', 'Lost access to your hacked Instagram? I recover accounts in 24 hours, DM me'],
    ['phone unlocking', 'Unlock any iPhone by IMEI, fast and cheap, all networks'],
    ['essays written to order', 'Piszemy prace magisterskie na zamówienie, pełna dyskrecja: prace-dyplomowe.pl'],
    ['holiday let', 'Affittiamo trilocale per le vacanze a Rimini, vista mare, chiamate il 333 456 7890'],
    ['recruiting for a sales team', 'Cerco persone motivate da inserire nel mio team, lavoro da casa!! Scrivimi'],
  ])('reads an advertisement (%s): %s', (kind, text) => {
    const found = spamEvidence(text, {});
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(found.evidence.join('; ')).toContain(kind);
  });

  // Every advertisement of the probe (252 in both halves) shows a number, a link or address, an
  // exclamation, a currency sign, an emoji or a shouted word; the kinds are read only then.
  it('reads the advertisement kinds only in a comment that shows what an advertisement shows', () => {
    expect(spamEvidence('Vendo cuenta de Valorant con skins, precio a convenir', {}).weight).toBeLessThan(SPAM_THRESHOLD);
    expect(spamEvidence('Vendo cuenta de Valorant con skins, precio a convenir!', {}).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spamEvidence('Vendo cuenta de Valorant con skins, 40 euros', {}).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    // The thing without the claim, the claim without the thing, or a reader's words about them.
    ['My son passed his driving licence exam at the third try, the instructors were great.', ''],
    ['I lost 12 kg in a year just by walking to work instead of driving.', ''],
    ['The bus company says it has 5000 followers on Twitter, yet nobody reads their updates.', ''],
    ['I subscribed to the council channel on YouTube after this story.', ''],
    ['Gold is cheap right now compared to last year, so is silver.', ''],
    ['My account got hacked last year and the bank never recovered the money.', 'hackers emptied accounts'],
    ['They are looking for people to help with the beach clean-up, the whole team meets Saturday.', ''],
    ['IPTV piracy costs the league millions, 200 channels for €10 is obviously stolen.', 'illegal iptv services sold to fans'],
    ['Le tirage au sort : vous avez été sélectionné pour le jury, ça arrive à tout le monde.', ''],
    ['Wir vermieten seit Jahren keine Ferienwohnung mehr, die Kurtaxe hat alles kaputt gemacht.', ''],
    ['Pago 800 euro di affitto per un bilocale in periferia, altro che centro!', ''],
    ['Je loue un appartement depuis 10 ans et le loyer a doublé.', ''],
  ])('does not read a reader\'s words about such things as an advertisement: %s', (text, articleLower) => {
    const found = spamEvidence(text, { articleLower });
    expect(found.weight, found.evidence.join('; ')).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Very helpful post, thank you! Regards, www.cheap-loans-online-uk.example', 'cheap'],
    ['Super article, je reviendrai. Cordialement, www.pret-credit-rapide.example', 'credit'],
    ['Toller Beitrag, danke! LG Kredit ohne Schufa Sofortzusage', 'Kredit'],
  ])('reads praise signed with a sales phrase as spam: %s', (text) => {
    const found = spamEvidence(text, {});
    expect(found.weight, found.evidence.join('; ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(found.evidence.join('; ')).toContain('signed with a sales phrase');
  });

  it('does not read a blogger signing with their own site as a sales signature', () => {
    expect(spamEvidence('Lovely post, thanks! Cheers, Anna – www.annas-design-diary.example', {}).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('does not take a reader talking of single women or dating apps for a dating advertisement', () => {
    expect(spamEvidence('The article says single women lose the most, see ons.gov.uk for the table.', { linkHosts: ['ons.gov.uk'] }).weight).toBeLessThan(SPAM_THRESHOLD);
    expect(spamEvidence('My daughter met her husband on a dating site, see the story at bbc.co.uk', { linkHosts: ['bbc.co.uk'] }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('does not count the link of a pitch for a site the article names', () => {
    const text = 'You get a 30-day free trial, so you pay nothing while you test your theme: shopify.com/trial';
    expect(spamEvidence(text, { linkHosts: ['shopify.com'] }).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spamEvidence(text, { linkHosts: ['shopify.com'], articleLower: 'the shopify build a business competition' }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('leaves out pitch words the article itself uses', () => {
    const text = 'Bitcoin is a bubble, DM me if you want to argue.';
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spamEvidence(text, { articleLower: 'bitcoin fell 20 percent on monday' }).weight).toBeLessThan(SPAM_THRESHOLD);
  });
});

describe('repeated promotion links', () => {
  const comment = (i: number, author: string, text: string): ExtractedComment => ({
    id: `c${i}`, parentId: null, level: null, author, time: null, text, links: [], locator: `#c${i}`,
  });
  const article = {
    title: 'Riverton approves new tram line through the old town',
    text: 'The city council approved a new tram line through the old town to the hospital. Construction takes two years.',
    lang: 'en',
  };
  const analyse = (comments: ExtractedComment[]) =>
    analyzeExtraction({ url: 'https://x.example/', article, comments, platform: 't', replySource: 'nesting', partial: false, detectMs: 0 }, { sensitivity: 'normal' });

  it('marks the same link pasted in four comments as spam', () => {
    const r = analyse([
      comment(0, 'a', 'The tram line to the hospital is long overdue.'),
      ...[1, 2, 3, 4].map((i) => comment(i, `bot${i}`, `Great tram news! More at https://deals.example/x?utm_source=${i}`)),
    ]);
    for (const c of r.comments.slice(1)) expect(c.marks.map((m) => m.code), c.id).toContain('offtopic_spam');
    expect(r.comments[1]?.marks.find((m) => m.code === 'offtopic_spam')?.reason).toMatch(/the same link in 4 comments/);
    expect(r.comments[0]?.marks).toEqual([]);
  });

  it('does not mark two readers citing the same source', () => {
    const r = analyse([
      comment(0, 'a', 'The council minutes on the tram line: https://riverton.example/minutes/42'),
      comment(1, 'b', 'Page 3 of https://riverton.example/minutes/42 has the construction schedule for the tram.'),
    ]);
    for (const c of r.comments) expect(c.marks.filter((m) => m.code === 'offtopic_spam')).toEqual([]);
  });

  it('counts an author pasting their link twice', () => {
    const link = (href: string) => [{ href, text: href }];
    const counts = repeatedLinks([
      { author: 'x', links: link('https://promo.example/a') },
      { author: 'y', links: link('https://www.promo.example/a/') },
      { author: 'x', links: link('http://promo.example/a#top') },
    ]);
    expect(counts[0]).toEqual({ others: 2, byAuthor: true });
    expect(counts[1]).toEqual({ others: 2, byAuthor: false });
  });

  it('does not take a reader citing twice a page of a site the article names for a promotion', () => {
    // A blind tune thread (batch 8): the council's consultation report, linked twice by one reader
    // under a story on that council's scheme.
    const repeated = { others: 1, byAuthor: true };
    const text = 'source: https://www.hollinford.gov.uk/consultations/20mph-results';
    expect(spamEvidence(text, { repeatedLinks: repeated, linkHosts: ['www.hollinford.gov.uk'], articleLower: 'hollinford council brings in 20mph limits' }).weight).toBeLessThan(SPAM_THRESHOLD);
    // Posted three times by the author, a link to a site the article does not name is a promotion;
    // twice is a reader posting it again (REPEATED_LINK_BY_AUTHOR; dragnet R216's "Link" re-post).
    expect(spamEvidence(text, { repeatedLinks: repeated, linkHosts: ['www.hollinford.gov.uk'], articleLower: 'a town brings in 20mph limits' }).weight).toBeLessThan(SPAM_THRESHOLD);
    expect(spamEvidence(text, { repeatedLinks: { others: 2, byAuthor: true }, linkHosts: ['www.hollinford.gov.uk'], articleLower: 'a town brings in 20mph limits' }).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it('does not count signatures, avatar links or links most comments carry', () => {
    const counts = repeatedLinks([
      { author: 'Anna', links: [{ href: 'https://anna.example/', text: 'Anna' }, { href: 'https://forum.example/t/1', text: 'Reply' }] },
      { author: 'Anna', links: [{ href: 'https://anna.example/', text: ' anna ' }, { href: 'https://forum.example/t/1', text: 'Reply' }] },
      { author: 'Ben', links: [{ href: 'https://gravatar.example/ben', text: '' }, { href: 'https://forum.example/t/1', text: 'Reply' }] },
      { author: 'Cy', links: [{ href: 'https://gravatar.example/ben', text: '' }, { href: 'https://forum.example/t/1', text: 'Reply' }] },
    ]);
    expect(counts).toEqual([null, null, null, null]);
  });

  it('does not count links to the commenters\' profile pages, nor a name the author field carries with more', () => {
    const counts = repeatedLinks([
      { author: 'JensDey member since 2016', links: [{ href: 'https://forum.example/x/9/', text: 'JensDey' }] },
      { author: 'JensDey member since 2016', links: [{ href: 'https://forum.example/x/9/', text: 'JensDey' }] },
      { author: 'Ann', links: [{ href: 'https://forum.example/members/ann.4/', text: 'Ann wrote' }] },
      { author: 'Ann', links: [{ href: 'https://forum.example/members/ann.4/', text: 'Ann wrote' }] },
    ]);
    expect(counts).toEqual([null, null, null, null]);
  });

  it('does not mark readers who cite one source in long comments', () => {
    const long = (n: number) =>
      `The tram line needs the council to follow its own rules, and section ${n} of the statute says the old town must be heard first. ` +
      'Nobody asked the shop owners along the route, and the hospital was promised a stop that is not in the plan. See https://law.example/statute/13';
    const r = analyse([1, 2, 3, 4].map((i) => comment(i, `reader${i}`, long(i))));
    for (const c of r.comments) expect(c.marks.filter((m) => m.code === 'offtopic_spam'), c.id).toEqual([]);
  });
});

describe('a short reaction that opens with an evaluation', () => {
  it.each([
    ['Beautiful colors! I really like this photo!', 'Beautiful'],
    ['Love it. If only my name was Jack Daniels.....', 'Love it'],
    ['Hi Jenifer, Really nice Infographix.', 'Hi Jenifer, Really nice'],
    ['hahahha…I really like this infographic.', 'hahahha…I really like this'],
    ['This sounds so good! I’m in total love.', 'This sounds so good'],
    ['Sieht echt lecker aus, probiere ich am Wochenende.', 'Sieht echt lecker aus'],
    ['Super! Genau so habe ich es mir vorgestellt.', 'Super'],
    ["J'adore cette recette, merci.", "J'adore"],
    ['Qué bonito, me encantan los colores.', 'Qué bonito'],
    ['Здорово! Очень понравилось.', 'Здорово'],
    ['Thanks David. First steps are often the hardest!', 'Thanks'],
    ['DANKE Herr Webbär! Ihre Kommentatorenfreundin.', 'DANKE'],
    ['Je vous remercie. Très intéressant.', 'Je vous remercie'],
    ['Спасибо, очень познавательно.', 'Спасибо'],
    ['Bellissimo, finalmente una buona notizia.', 'Bellissimo'],
    ['Ótimo, já era hora.', 'Ótimo'],
    ['Prachtig gedaan, echt waar.', 'Prachtig'],
    ['Grazie, molto chiaro.', 'Grazie'],
    // The news a reader waited for.
    ['Ну наконец-то. Пять лет возила бутылки через весь город.', 'Ну наконец-то'],
    ['Enfin !! J’habite le quartier depuis 15 ans.', 'Enfin'],
    ['Finally. Took them long enough.', 'Finally'],
    ['Eindelijk, na tien jaar praten.', 'Eindelijk'],
  ])('finds it in %j', (text, cue) => {
    expect(evaluativeReaction(text)).toBe(cue);
  });

  it('needs it at the opening of a short comment', () => {
    expect(evaluativeReaction('Have a great weekend everyone!')).toBeNull();
    expect(evaluativeReaction('The council did a great job of hiding the cuts.')).toBeNull();
    expect(evaluativeReaction(`Great point. ${'The tax rise hits pensioners first and the library closures hit them again. '.repeat(3)}`)).toBeNull();
    expect(evaluativeReaction('Superintendents never read these reports.')).toBeNull();
    expect(evaluativeReaction('Topografia a parte, il paese ha finalmente la sua strada.')).toBeNull();
    expect(evaluativeReaction('В Берёзовке дорогу наконец отсыпали, посмотрите там.')).toBeNull();
  });

  it('keeps such a comment on topic, but not inside a drifted sub-thread', () => {
    const article = 'The city council voted to close the Eastside and Millbrook branch libraries. Library users protested at the council meeting.';
    const judge = (comments: [string, number][]) =>
      judgeOffTopic({ article: { title: 'Council closes two branch libraries', text: article }, lang: 'en', comments: comments.map(([text]) => ({ text })), parentIndex: comments.map(([, p]) => p), sensitivity: 'normal' }).map((j) => j.status);
    expect(judge([['Beautiful photos of the old reading room! I really like the one with the lamps.', -1]])).toEqual(['on-topic']);
    expect(judge([
      ['Libraries matter, the council vote was wrong.', -1],
      ['Speaking of Sunday, our choir sings Handel at noon and the soprano is superb.', 0],
      ['Beautiful! The soprano from Leeds sang there last year with the cathedral organist.', 1],
    ])[2]).toBe('off-topic');
  });
});

describe('a sales phrase for a name', () => {
  it.each([
    'gucci belts for men',
    'New Premium WordPress Themes',
    'Houston DWI Lawyer',
    'rental mobil bandung',
    'web development company',
    'sac longchamp pas cher',
    'Schlüsseldienst Berlin Mitte',
    'comprar seguidores baratos',
    'купить диплом недорого',
  ])('finds %j', (name) => {
    expect(salesName(name)).not.toBeNull();
  });

  it.each([
    'Natalie @ Free Range Human',
    'MJ of Lucky 7 Design',
    'Scott - Quirky Travel Guy',
    'Glenn (Customer Service Experience) Ross',
    'Designrshub | Design Magazine',
    'Crypto Gnome',
    'Anna',
    'Online',
    'Maria Schneider',
    null,
  ])('leaves %j alone', (name) => {
    expect(salesName(name)).toBeNull();
  });

  it('marks generic praise under such a name as spam, not a comment that discusses the article', () => {
    const r = analyseLibraryPage([
      topLevel(0, 'Colchester Plumbers', 'Nice post . thnx'),
      topLevel(1, 'marketing strategy', 'Very informative thanks..'),
      topLevel(2, 'Houston DWI Lawyer', 'Closing the Millbrook branch library hurts the users who protested at the council meeting most.'),
      topLevel(3, 'Ruth', 'Very informative thanks..'),
    ]);
    const codes = r.comments.map((c) => c.marks.map((m) => m.code));
    expect(codes).toEqual([['offtopic_sales_name'], ['offtopic_sales_name'], [], []]);
    expect(r.comments[0]?.marks[0]?.reason).toBe('looks like spam: posted under a sales phrase for a name (“Colchester Plumbers”) with nothing of its own on the article');
  });
});

describe('copies of another reader\'s comment', () => {
  const original = 'I agreed with your post. If we want to truly connect with readers, we need to meet them on their terms and their turf.';
  it('finds a comment that is word for word part of an earlier one by another poster', () => {
    const got = copiedComments([
      { author: 'Ruth', text: original },
      { author: 'Sam', text: 'A fair point about the council, but the budget vote was last week.' },
      { author: 'cheap watches online', text: 'we need to meet them on their terms and their turf.' },
      { author: 'Best SEO Deals', text: 'I agreed with your post. If we want to truly connect with readers' },
    ]);
    expect(got).toEqual([-1, -1, 0, 0]);
  });

  it('compares without case, spacing or punctuation, in any script', () => {
    const ru = 'Я согласен с автором. Власти города должны были предупредить жителей заранее, а не в последний день.';
    const got = copiedComments([
      { author: 'Ольга', text: ru },
      { author: 'купить диплом', text: 'ВЛАСТИ ГОРОДА должны были   предупредить жителей заранее — а не в последний день!' },
    ]);
    expect(got).toEqual([-1, 0]);
  });

  it('leaves a double post, short phrases, unnamed comments, pingback excerpts and quotes with an answer alone', () => {
    const got = copiedComments([
      { author: 'Marcello Bergamin.', text: original },
      { author: 'marcello bergamin', text: 'we need to meet them on their terms and their turf.' },
      { author: 'Tom', text: 'Thanks for sharing this great post.' },
      { author: 'Ann', text: 'Thanks for sharing this great post.' },
      { author: null, text: original },
      { author: 'Autumn Mornings | a blog', text: '[…] we need to meet them on their terms and their turf […]' },
      { author: 'Kim', text: `“${original}” No: readers come to us, not the other way round.` },
    ]);
    expect(got).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it('marks the copy off-topic as spam, naming whose comment it copies', () => {
    const r = analyzeExtraction(
      {
        url: 'https://x.example/',
        article: { title: 'Brands on social media', text: 'Brands keep shouting on social media. Readers want conversation, not adverts, and they leave when a brand only pushes products.', lang: 'en' },
        comments: [
          { id: 'a', parentId: null, level: null, author: 'Ruth', time: null, text: original, links: [], locator: '#a' },
          { id: 'b', parentId: null, level: null, author: 'gucci belts for men', time: null, text: 'we need to meet them on their terms and their turf.', links: [], locator: '#b' },
        ],
        platform: 't',
        replySource: 'nesting',
        partial: false,
        detectMs: 0,
      },
      { sensitivity: 'lenient' },
    );
    expect(r.comments[0]?.marks).toEqual([]);
    expect(r.comments[1]?.marks).toMatchObject([{ kind: 'off-topic', code: 'offtopic_copy', params: ['Ruth'], reason: 'looks like spam: copies Ruth’s comment word for word' }]);
  });
});

describe('selfDeclaredDigression', () => {
  it.each([
    ['unrelated, but does anyone know why the market moved today?', 'strong'],
    // "Unrelated:" opening two comments of two blind tune threads (batch 2) was not read.
    ['Unrelated: does the chemist on Bridge St still open on Sundays?', 'strong'],
    ['Unrelated question — anyone else logged out every few minutes?', 'strong'],
    ['off topic, but did anyone get the new earbuds?', 'strong'],
    ['Slightly off-topic: the weather is lovely.', 'weak'],
    ['OT: who won the match?', 'strong'],
    ['Etwas themenfremd: kennt jemand ein gutes Café?', 'weak'],
    ['Complètement hors-sujet mais qui a vu le match ?', 'strong'],
    ['Nada que ver con el artículo, pero ¿alguien vio el partido?', 'strong'],
    ['Оффтоп: кто смотрел матч?', 'strong'],
    ['Speaking of Saturdays, who watched the game?', 'weak'],
    ['Nice point. By the way, anyone know a good mechanic?', 'weak'],
  ])('finds the cue in %j', (text, strength) => {
    expect(selfDeclaredDigression(text)?.strength).toBe(strength);
  });

  // Written after the phrase lists, as a blind check of them: 10 of 15 were found before the
  // "off the subject", "not related to this", "tangent", "nicht ganz zum Thema", "rien à voir,
  // mais", "nada que ver, pero" and "не совсем по теме" forms were added (the other five pass too).
  it.each([
    'Totally off the subject, but who won the game last night?',
    'Not related to this story, but the potholes on 5th avenue are getting worse.',
    'Sorry for going off topic, anyone know a good plumber?',
    'Sorry für OT, aber die Baustelle nervt.',
    'Rien à voir, mais la boulangerie du coin a fermé.',
    'Perdón por el offtopic, ¿alguien vio el partido?',
    'Nada que ver, pero ¿alguien sabe cuándo abre la piscina?',
  ])('finds a strong cue in %j (phrasings the lists were not written from)', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  // Hedged by the writer ("a bit", "nicht ganz", "un peu", "не совсем"): a turn that names what it
  // turns to, held only by twice the article's evidence (cues.ts HEDGE).
  it.each([
    'A bit of a tangent: my cat learned to open doors.',
    'Passt nicht ganz zum Thema, aber hat jemand das Spiel gesehen?',
    "Un peu hors sujet, mais quelqu'un a vu le match hier ?",
    'Не совсем по теме, но кто-нибудь знает, когда откроют бассейн?',
    'Me salgo un poco del tema: ¿alguien sabe a qué hora abre el registro civil?',
    'Odbiegając trochę od tematu, ceny biletów na mecz to jakiś żart.',
    'Esco un attimo dal seminato: qualcuno sa qualcosa della sagra?',
    'Trochę nie na temat, ale czy ktoś wie, o której gra Korona?',
    'Petite parenthèse : le radar de la D12 a encore été tagué.',
    'Beetje off topic misschien, maar weet iemand of de markt verplaatst is?',
    'Um pouco fora do tema, mas alguém sabe se a feira volta no sábado?',
    "Scusate se vado un po' fuori tema, ma qualcuno sa se riapre la piscina?",
    'Немного не по теме, но кто знает, когда дадут горячую воду?',
  ])('reads the hedged declaration in %j as a named turn', (text) => {
    expect(selfDeclaredDigression(text)).toMatchObject({ strength: 'weak', namesSubject: true });
  });

  it.each([
    ['Etwas OT, aber: Die zwei neuen Standorte, weiß man schon wo?', 'Etwas OT'],
    ["Un po' OT, ma il parcheggio multipiano che fine ha fatto?", "Un po' OT"],
    ['Slightly off topic, but the railcard third: does it come off?', 'Slightly off topic'],
  ])('quotes the hedged declaration in %j from the hedge to its last word', (text, cue) => {
    expect(selfDeclaredDigression(text)?.cue).toBe(cue);
  });

  // A hedge word elsewhere in the comment, before the sentence that declares, does not soften it.
  it.each([
    'Great bit of reporting. Off topic: who won the match last night?',
    'Ein bisschen spät, der Artikel. Off topic: kennt jemand einen guten Bäcker?',
  ])('keeps a strong cue in %j', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  // "The news" where the lists said "the article": a blind Portuguese tune thread's digression.
  it.each([
    'Nada a ver com a notícia, mas alguém sabe se a piscina reabriu?',
    'Nada que ver con la noticia, pero ¿alguien sabe si abre el mercado?',
    "Non c'entra niente con la notizia, ma qualcuno sa se riapre la piscina?",
    'Dit heeft niets met het nieuws te maken, maar weet iemand of het zwembad open is?',
    'Nothing to do with the news, but is the pool open yet?',
  ])('finds a strong cue in %j (the news)', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  // A reader asking the paper to cover another story (three blind tune threads, en, es, ru; the
  // other languages' forms written with them): a weak turn that names its subject.
  it.each([
    "Who cares about a pub when the water company dumps sewage in the river. THAT's the story this paper should be covering.",
    'El polideportivo lleva cerrado desde septiembre. Eso sí que debería ser noticia.',
    'А про то, что в Заречье школу третий год достроить не могут, вы писать не будете?',
    'Die Kita ist seit Monaten zu. Darüber sollte man mal berichten!',
    'La rocade est bouchée tous les soirs, ça mériterait un article.',
    'Il ponte è chiuso da un anno, questo sì che dovrebbe fare notizia.',
    'O hospital está sem médicos, isso sim devia ser notícia.',
    'Dworzec stoi zamknięty, o tym powinniście napisać.',
    // Either word order in Russian (a blind tune thread of batch 20).
    'А пенсионный возраст подняли, и никто не пикнул. Вот о чём писать надо, а не про дырки в земле.',
  ])('reads a call to cover another story in %j', (text) => {
    expect(selfDeclaredDigression(text)).toMatchObject({ strength: 'weak', namesSubject: true });
  });

  // A reader asking why the site says nothing of another story (four blind tune threads: fr twice, en, ru).
  it.each([
    "Et rien sur l'accident de la rocade hier soir ? Trois voitures, deux blessés.",
    'А почему про пожар на рынке на Заводской ни строчки? Третий день молчите.',
    "Meanwhile the commissioners quietly approved their own 6% raise and there's not a word about it anywhere.",
    'Still nothing about the flooding on Mill Road? Third day now.',
    'Und immer noch nichts über den Brand in der Altstadt?',
    '¿Y nada sobre el corte de agua de ayer en el barrio?',
    'E ancora niente sulla frana di Sori?',
  ])('reads a question why another story is not covered in %j', (text) => {
    expect(selfDeclaredDigression(text)).toMatchObject({ strength: 'weak', namesSubject: true });
  });

  it.each([
    'Источник цифры? В статье про деньги ни слова.',
    "Rien sur le coût pour la commune dans l'article ?",
    'Haben Sie eigentlich sonst nichts zu tun den ganzen Tag?',
    'Nothing about the cost in this article?',
  ])('does not read what the article leaves out, or an idiom, as another story: %j', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });

  it('asks only the question’s own sentence whether it names the article, not the next one', () => {
    expect(selfDeclaredDigression("Et rien sur l'accident de la rocade hier soir ? Dans l'article, que des loups.")).toMatchObject({ strength: 'weak', namesSubject: true });
    expect(selfDeclaredDigression("Rien sur le coût pour la commune dans l'article ? Bizarre.")).toBeNull();
  });

  it.each(NOTHING_ABOUT_PHRASES.map((p) => [p]))('has a pretest word in the nothing-about phrase %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'nothingAbout')).toBe(true);
  });
  // The cheap pretest must let every phrase through: a phrase without one of its words would never match.
  it.each(OTHER_STORY_PHRASES.map((p) => [p]))('has a pretest word in the other-story phrase %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'otherStory')).toBe(true);
  });
  // Saying that nobody talks of something points at a detail of the article as often (three blind
  // threads label such comments on topic): not a turn.
  it.each([
    "Most of the mint's money comes from its gold bars. That's the real story here.",
    'Alquila por Marketplace sin licencia. De eso nadie habla.',
    "Deux ou trois au conseil suivant, et depuis plus personne n'en parle.",
    'This is news to me, I thought the ban started last year.',
  ])('reads no turn in %j', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });

  // "Mal was anderes:" opening a comment (a blind tune forum thread of batch 14); "das ist mal was
  // anderes", a welcome change, is praise of the subject.
  it('reads "Mal was anderes:" at the start as a strong cue, not "mal was anderes" inside a sentence', () => {
    expect(selfDeclaredDigression('Mal was anderes: hat jemand den Bericht über die Wasserpreise gesehen?')?.strength).toBe('strong');
    expect(selfDeclaredDigression('Das ist mal was anderes, tolles Rezept!')).toBeNull();
  });

  // A blind Spanish tune thread (batch 5): leaving the subject said in the first person.
  it.each([
    'Perdón que me vaya del tema pero ¿alguien sabe si ya habilitaron la variante?',
    'Disculpen que me desvíe del tema, pero la ruta 38 está intransitable.',
    // …and in Portuguese (a blind tune thread of batch 23).
    'Desculpem fugir ao tema, mas alguém sabe de quem é o Opel Corsa cinzento no lugar 47?',
  ])('finds a strong cue in %j (Spanish and Portuguese, first person)', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  // Three blind tune threads of three writers (en, es, pl) took the declaration back at once.
  it.each([
    'Slightly off topic but linked - if they can\'t grow here are they going to up sticks altogether?',
    'Un poco offtopic pero relacionado: ¿con la fianza de una plaza de garaje pasa lo mismo?',
    'Trochę nie na temat, ale w sumie związane: da się jakoś nie płacić za ścieki od wody?',
    'Leicht off-topic, aber verwandt: gilt das auch für Gewerbekunden?',
    'HS mais lié : la même règle vaut-elle pour les utilitaires ?',
    'Не совсем по теме, но связано: а тарифы на отопление тоже поднимут?',
  ])('finds no declaration in %j: it says the point is related after all', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });

  it.each([
    'Off topic but does anyone know a good mechanic near the station?',
    'Off topic. But related news: the pool reopens on Monday.',
    'OT: anyone watching the match tonight? Related to nothing, I know.',
  ])('still finds the declaration in %j', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  it.each([
    'The OTC market moved on the news.',
    'The hotspot was hot, the topic hotter.',
    'He spoke of the tram line at length.',
    'Это по теме статьи, кстати.',
    'Das passt genau zum Thema des Artikels.',
    'The mayor kept going off script in the interview.',
  ])('finds none in %j', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });
});

// The tune half of the blind hand threads had on-topic replies that open by agreeing and go on in
// words the article does not use ("Same here. Only thing that'll get me to feed a machine is the
// bakery…", "Totalmente. En mi finca igual…", "Genau so. Meine Tochter…", "mdr oui, j'y ai laissé
// une botte…"): marked off-topic on their own words. New phrasings here, one or more per language.
describe('a reply that opens by agreeing', () => {
  it.each([
    ['en', 'Same here. The bakery on Water St is the only reason I stop downtown.', 'Same here'],
    ['en', 'Ha, fair point. My brother is in the exact same boat with his kids.', 'Ha'],
    ['en', 'Totally agree, my sister quit her job over the commute.', 'Totally agree'],
    ['de', 'Genau so. Meine Nachbarin arbeitet jetzt lieber an der Kasse im Baumarkt.', 'Genau so'],
    ['de', 'Stimmt, bei uns im Dorf fährt abends gar nichts mehr.', 'Stimmt'],
    ['fr', "mdr oui, j'y ai perdu mes lunettes cette année-là", 'mdr oui'],
    ['fr', 'Tout à fait. Ma fille y allait chaque été avec ses copines.', 'Tout à fait'],
    ['es', 'Totalmente. En mi portal ya han puesto otra cerradura.', 'Totalmente'],
    ['es', 'Jajaja, sí, mi abuela dice lo mismo cada domingo.', 'Jajaja'],
    ['ru', 'Согласен. У нас во дворе вообще ни одного фонаря не осталось.', 'Согласен'],
    // "ok" acknowledges in every language; "ah" before it neither agrees nor says anything.
    ['pt', 'ah ok, obrigado! nem tinha lido até ao fim', 'ah ok'],
    ['nl', 'Oké, duidelijk. Mijn fiets staat er al drie weken.', 'Oké'],
  ])('finds it (%s): %j', (lang, text, opening) => {
    expect(agreeingOpening(text, lang as TextLanguage)).toBe(opening);
  });

  it.each([
    ['en', 'Same old story: the council promises and nothing happens.'],
    ['en', 'Yes men run this council, always have.'],
    ['en', 'Exactly how will they pay for the new depot?'],
    ['de', 'Genau diese Kasse hat gestern wieder nicht funktioniert.'],
    ['fr', 'Oui mais le festival perdait de l’argent depuis des années.'],
    ['ru', 'Точно такой же мост строили в соседнем районе.'],
    ['fr', 'Ah, les dimanches chez les grands-parents… Mon grand-père faisait son cidre.'],
  ])('finds none when the opening says something of its own (%s): %j', (lang, text) => {
    expect(agreeingOpening(text, lang as TextLanguage)).toBeNull();
  });
});

describe('a question to the other readers', () => {
  it.each([
    ['Anyone watching the snooker tonight?', 'Anyone'],
    ['Does anybody know a decent mechanic near the stadium?', 'anybody'],
    ['Can someone tell me when the ferry runs?', 'Can someone'],
    ['Hat jemand gestern das Spiel gesehen?', 'jemand'],
    ['Weiß wer, ob der Bäcker wieder aufmacht?', 'Weiß wer'],
    ["Quelqu'un sait pourquoi le site est si lent ?", "Quelqu'un"],
    ['¿Alguien sabe si el concierto sigue en pie?', 'Alguien'],
    ['Кто-нибудь смотрел новый сезон?', 'Кто-нибудь'],
    ['Подскажите, где в центре недорого поесть?', 'Подскажите'],
    ['Qualcuno sa se la sagra è confermata?', 'Qualcuno'],
    ['Alguém sabe se a feira continua aos sábados?', 'Alguém sabe'],
    ['Weet iemand of de markt nog op zondag is?', 'Weet iemand'],
    ['Czy ktoś wie, czy w sobotę Korona gra u siebie?', 'Czy ktoś'],
  ])('finds it in %j', (text, cue) => {
    expect(asksTheReaders(text)).toBe(cue);
  });

  it('needs a question, and a word for the readers', () => {
    expect(asksTheReaders('Anyone can see the council got this wrong.')).toBeNull();
    expect(asksTheReaders('Why did the council wait so long?')).toBeNull();
    expect(asksTheReaders('Did you read the whole report?')).toBeNull();
    // "anyone" inside a longer word is not it.
    expect(asksTheReaders('Manyoneshots?')).toBeNull();
  });
});

describe('isSocialReply', () => {
  const social = (text: string, lang: 'en' | 'de' | 'fr' | 'es' | 'ru') =>
    isSocialReply(text, tokenize(text, lang).map((t) => t.word), text.split(/\s+/).filter(Boolean).length, lang);
  it.each([
    ['makes sense, thanks. a bit circular, but reasonable', 'en'],
    ['Source?', 'en'],
    ['Stimmt, guter Punkt.', 'de'],
    ['Tout à fait d’accord, merci.', 'fr'],
    ['Gracias, tiene sentido.', 'es'],
    ['Спасибо, логично.', 'ru'],
    ['+1 JeanMi, c’est exactement ça.', 'fr'],
  ] as const)('reads %j as a social reply', (text, lang) => {
    expect(social(text, lang)).toBe(true);
  });
  it.each([
    ['Thanks, but the tram construction schedule ignores the hospital shuttle buses entirely.', 'en'],
    ['Bautzen has a wonderful mustard museum.', 'en'],
    ['Danke, aber die Baustelle blockiert die Altstadt zwei Jahre lang komplett und keiner sagt warum.', 'de'],
  ] as const)('does not read %j as one', (text, lang) => {
    expect(social(text, lang)).toBe(false);
  });
});

describe('praise of what the reader got from the page', () => {
  it.each([
    ['Good and very rich material on this website.', 'Good and very rich material'],
    ['Great read, thanks!', 'Great read'],
    ['Sehr informativ, danke.', 'Sehr informativ'],
    ['Très instructif.', 'Très instructif'],
    ['Muy útil, gracias.', 'Muy útil'],
    ['Очень полезная информация, спасибо.', 'полезная информация'],
    ['Molto interessante, grazie.', 'Molto interessante'],
    ['Muito útil, obrigado.', 'Muito útil'],
    ['Heel leerzaam, dank je.', 'Heel leerzaam'],
  ])('finds it in %j', (text, cue) => {
    expect(praise(text)?.toLowerCase()).toContain(cue.toLowerCase());
  });

  it('is not praise to mention material or reading in passing', () => {
    expect(praise('The material of the new bridge is cheaper than steel.')).toBeNull();
    expect(praise('I was reading about the tram on the bus.')).toBeNull();
    // Negated or left open, the same words praise nothing (seen on the tune half: a reader who
    // cannot register "as I don't want to miss any useful information from your emails").
    expect(praise("Pl. advice, as I don't want to miss any useful information from your emails.")).toBeNull();
    expect(praise('There is no useful information here.')).toBeNull();
    expect(praise('Not a great read, sorry.')).toBeNull();
    expect(praise('Leider keine hilfreichen Infos.')).toBeNull();
    expect(praise('Никакой полезной информации.')).toBeNull();
    expect(praise('Very useful information, thanks')).not.toBeNull();
  });

  it('keeps a praise comment that shares no word with the article unmarked', () => {
    const article = { title: 'Riverton approves new tram line through the old town', text: 'The city council approved a new tram line through the old town to the hospital. Construction takes two years.', lang: 'en' };
    const comment = { id: 'c0', parentId: null, level: null, author: 'a', time: null, text: 'Good and very rich material on this website.', links: [], locator: '#c0' };
    const r = analyzeExtraction({ url: 'https://x.example/', article, comments: [comment], platform: 't', replySource: 'nesting', partial: false, detectMs: 0 }, { sensitivity: 'normal' });
    expect(r.comments[0]?.marks).toEqual([]);
  });
});

describe('a person spoken of without a name (the one the reader already knows)', () => {
  it.each([
    ['Really hope he settles quickly, the lads need a proper number nine.', 'en', 'he'],
    ['Give the lad a chance, he hasn\'t even kicked a ball for us yet.', 'en', 'he'],
    ['You have to admire his agent.', 'en', 'his'],
    ['Hoffentlich hält er diesmal länger durch als sein Vorgänger.', 'de', 'er'],
    ['Franchement, elle mérite ce prix.', 'fr', 'elle'],
    ['Ojalá él cumpla lo que prometió.', 'es', 'él'],
    ['Надеюсь, он быстро освоится в команде.', 'ru', 'он'],
  ])('finds the pronoun in %j', (text, lang, pronoun) => {
    expect(unresolvedPronoun(text, personPronouns(lang as TextLanguage), lang as TextLanguage)).toBe(pronoun);
  });

  it.each([
    ['Anyone watching the snooker tonight? Higgins is on fire, he made a 147.', 'en'],
    ['@marco he never said that.', 'en'],
    ['lily_p: he is the one with the dodgy ankle.', 'en'],
    ['My husband says he would never pay that much for a ticket.', 'en'],
    ['The weather was lovely and the whole street came out for a long walk, then at the end he said', 'en'],
    ['Il faut dire que le prix a doublé.', 'fr'],
    ['Muss nur dabei sein.', 'de'],
    ['Mein Bruder meint, er hätte das anders gemacht.', 'de'],
    ['Мой сосед говорит, что он видел это сам.', 'ru'],
    ['Some text in a language with no list', 'other'],
  ])('finds none in %j', (text, lang) => {
    expect(unresolvedPronoun(text, personPronouns(lang as TextLanguage), lang as TextLanguage)).toBeNull();
  });

  it('counts only when the article itself speaks of such a person, twice at least', () => {
    const comment = 'Really hope he settles quickly.';
    expect(articlePersonCheck(readArticleWords('The club signed Novak. He scored 31 goals and his fee is a record.', 'en'))(comment)).toBe('he');
    // One "he" in passing, or only a "she": the comment's "he" points elsewhere.
    expect(articlePersonCheck(readArticleWords('The treaty was signed on Monday; he said it was historic.', 'en'))(comment)).toBeNull();
    expect(articlePersonCheck(readArticleWords('She scored twice and her team won.', 'en'))(comment)).toBeNull();
    expect(articlePersonCheck(readArticleWords('Он подписал контракт, его клуб доволен.', 'ru'))('Надеюсь, он быстро освоится.')).toBe('он');
    expect(articlePersonCheck(readArticleWords('', 'en'))(comment)).toBeNull();
  });

  it('keeps such a comment unmarked when it shares no word with the article, but not inside a sub-thread that left it', () => {
    const article = {
      title: 'City sign striker Marek Novak for a club record fee',
      text: 'The club completed the signing of striker Marek Novak on Tuesday for a club record fee. Novak scored 31 goals last season, and he signed a four-year contract. His medical was passed on Monday.',
      lang: 'en',
    };
    const comment = (i: number, text: string, parentId: string | null = null): ExtractedComment => ({ id: `c${i}`, parentId, level: null, author: `r${i}`, time: null, text, links: [], locator: `#c${i}` });
    const r = analyzeExtraction(
      {
        url: 'https://x.example/',
        article,
        comments: [
          comment(0, 'Really hope he settles quickly, the lads need a proper number nine up front this year.'),
          comment(1, 'Anyone watching the snooker tonight? Higgins is absolutely on fire in the second frame.'),
          comment(2, 'Yes and he made a maximum break in the second frame, unreal stuff from the old master.', 'c1'),
        ],
        platform: 't',
        replySource: 'nesting',
        partial: false,
        detectMs: 0,
      },
      { sensitivity: 'normal' },
    );
    const offTopic = r.comments.map((c) => c.marks.some((m) => m.kind === 'off-topic'));
    expect(offTopic).toEqual([false, true, true]);
  });
});

describe('a comment that speaks to the writer of a first-person post', () => {
  const travelPost =
    'I finally made it to the airport at four, and my flight was cancelled. I sat on my bag for six hours. I have waited in worse places, but I was tired, and my phone died. I slept on the floor of gate twelve and I woke up to a cleaner and my rebooked ticket.';
  const newsStory = 'The city council approved the budget on Tuesday. The mayor said the tram line will open in two years, and the police budget grows by six percent.';

  it.each([
    ['You have some mighty crazy stories… safe travels.', 'en', 'You'],
    ['Hope you make it home tonight. Gerry', 'en', 'you'],
    ['So glad the steroids have not screwed up your sense of humor.', 'en', 'your'],
    // Informal forms from the shared table (utils/analysis/pronouns.ts), which reply inference read before.
    ['Hope u made it home ok', 'en', 'u'],
  ])('finds the second person in %j on a first-person post', (text, lang, word) => {
    expect(writerAddressCheck(readArticleWords(travelPost.toLowerCase(), lang as TextLanguage))(text)).toBe(word);
  });

  it('finds it in the other languages, German formal "Sie" only when capitalised after the first word', () => {
    const de = 'Ich war drei Wochen unterwegs, und mein Rucksack ist mir in Rom gestohlen worden. Ich habe mich geärgert, aber ich bin weitergefahren, mit meinem Pass und mir selbst.';
    expect(writerAddressCheck(readArticleWords(de.toLowerCase(), 'de'))('Hoffentlich bist du gut zu Hause angekommen!')).toBe('du');
    expect(writerAddressCheck(readArticleWords(de.toLowerCase(), 'de'))('Danke, dass Sie das aufgeschrieben haben.')).toBe('Sie');
    expect(writerAddressCheck(readArticleWords(de.toLowerCase(), 'de'))('Sie haben alle recht, die Bahn ist eine Zumutung.')).toBeNull();
    const fr = "J'ai enfin fini mon voyage. Je suis rentré hier, et j'ai perdu ma valise à Lyon. Moi, je ne voyage plus sans mes cartes.";
    expect(writerAddressCheck(readArticleWords(fr.toLowerCase(), 'fr'))('Bon retour ! Vous avez eu de la chance.')).toBe('Vous');
    const ru = 'Я наконец вернулся домой. Мой рейс отменили, и я провёл ночь в аэропорту. Мне было холодно, мои вещи остались в самолёте, а я спал на полу.';
    expect(writerAddressCheck(readArticleWords(ru.toLowerCase(), 'ru'))('Рад, что вы добрались!')).toBe('вы');
  });

  it('stays off on a post that is not first person, and for a comment that opens by addressing someone', () => {
    expect(writerAddressCheck(readArticleWords(newsStory.toLowerCase(), 'en'))('You have to admire the mayor.')).toBeNull();
    expect(writerAddressCheck(readArticleWords('I went. I saw. I left.', 'en'))('You went?')).toBeNull();
    expect(writerAddressCheck(readArticleWords(travelPost.toLowerCase(), 'en'))('@marco you never said that.')).toBeNull();
    expect(writerAddressCheck(readArticleWords(travelPost.toLowerCase(), 'en'))('lily_p: you are the one who asked.')).toBeNull();
    expect(writerAddressCheck(readArticleWords(travelPost.toLowerCase(), 'other'))('You went?')).toBeNull();
  });

  it('keeps such a top-level comment unmarked, but not a reply or one in a news story', () => {
    const comment = (i: number, text: string, parentId: string | null = null): ExtractedComment => ({ id: `c${i}`, parentId, level: null, author: `r${i}`, time: null, text, links: [], locator: `#c${i}` });
    const analyse = (articleText: string) =>
      analyzeExtraction(
        {
          url: 'https://x.example/',
          article: { title: 'Stuck at the airport', text: articleText, lang: 'en' },
          comments: [
            comment(0, 'You have some mighty crazy stories, somebody should publish them in a thick paperback someday, with photographs.'),
            comment(1, 'Our neighbours finally painted their garden fence bright purple, the whole street is talking.'),
            comment(2, 'Your neighbours must be brave people, purple paint fades terribly in the summer sunshine.', 'c1'),
          ],
          platform: 't',
          replySource: 'nesting',
          partial: false,
          detectMs: 0,
        },
        { sensitivity: 'normal' },
      ).comments.map((c) => c.marks.some((m) => m.kind === 'off-topic'));
    expect(analyse(travelPost)).toEqual([false, true, true]);
    expect(analyse(newsStory)[0]).toBe(true);
  });
});

describe('short social replies take the status of the comment they answer (a blind probe: phrasings written after the word lists)', () => {
  const threads: Record<string, { title: string; text: string; on: string; off: string; replies: string[] }> = {
    en: {
      title: 'Council approves new tram line to the hospital',
      text: 'The city council approved a new tram line from the station to the hospital. Construction will take two years and cost 400 million. Critics say the budget is too small and buses would be cheaper.',
      on: 'The budget for the tram line looks far too small, buses would have been cheaper for the hospital route.',
      off: 'Anyone watching the snooker final tonight? Higgins is in great form this season, best break of the year.',
      replies: ["Good point, hadn't thought of that.", 'Fair enough, I stand corrected.', 'Totally agree with you here.', 'Not sure about that, but ok.', 'Haha, true story.', 'Can you share a source for that?', 'Spot on.', 'Well put, thanks for explaining.'],
    },
    de: {
      title: 'Stadtrat beschließt neue Straßenbahnlinie zum Klinikum',
      text: 'Der Stadtrat hat eine neue Straßenbahnlinie vom Bahnhof zum Klinikum beschlossen. Der Bau dauert zwei Jahre und kostet 400 Millionen. Kritiker halten das Budget für zu knapp, Busse wären billiger.',
      on: 'Das Budget für die Straßenbahn ist viel zu knapp, Busse zum Klinikum wären billiger gewesen.',
      off: 'Hat jemand gestern das Fußballspiel gesehen? Der Schiedsrichter war eine Katastrophe, zwei Elfmeter übersehen.',
      replies: ['Guter Punkt, daran hatte ich nicht gedacht.', 'Da hast du recht, danke.', 'Sehe ich genauso.', 'Quelle?'],
    },
    fr: {
      title: 'Le conseil vote une nouvelle ligne de tramway vers l’hôpital',
      text: 'Le conseil municipal a voté une nouvelle ligne de tramway de la gare à l’hôpital. Les travaux dureront deux ans et coûteront 400 millions. Les critiques jugent le budget trop serré, les bus seraient moins chers.',
      on: 'Le budget du tramway est bien trop serré, des bus vers l’hôpital auraient coûté moins cher.',
      off: 'Quelqu’un a vu le match de foot hier soir ? L’arbitre était catastrophique, deux penalties oubliés.',
      replies: ['Bien vu, je n’y avais pas pensé.', 'Tout à fait, merci.', 'Je suis d’accord avec toi.', 'Source ?'],
    },
    es: {
      title: 'El ayuntamiento aprueba una nueva línea de tranvía al hospital',
      text: 'El ayuntamiento aprobó una nueva línea de tranvía desde la estación hasta el hospital. Las obras durarán dos años y costarán 400 millones. Los críticos dicen que el presupuesto es escaso y que los autobuses serían más baratos.',
      on: 'El presupuesto del tranvía es muy escaso, los autobuses al hospital habrían sido más baratos.',
      off: '¿Alguien vio el partido de fútbol anoche? El árbitro fue un desastre, dos penaltis sin pitar.',
      replies: ['Buen punto, no lo había pensado.', 'Totalmente de acuerdo contigo.', 'Tienes razón, gracias.', '¿Fuente?'],
    },
    ru: {
      title: 'Горсовет одобрил новую линию трамвая до больницы',
      text: 'Городской совет одобрил новую линию трамвая от вокзала до больницы. Строительство займёт два года и обойдётся в 400 миллионов. Критики считают бюджет слишком маленьким, автобусы были бы дешевле.',
      on: 'Бюджет на трамвай слишком маленький, автобусы до больницы обошлись бы дешевле.',
      off: 'Кто-нибудь смотрел вчера футбол? Судья был ужасен, два пенальти не дал.',
      replies: ['Хорошая мысль, не подумал об этом.', 'Полностью согласен с вами.', 'Вы правы, спасибо.', 'Источник?'],
    },
  };
  const cases = Object.entries(threads).flatMap(([lang, t]) => t.replies.flatMap((reply) => (['on', 'off'] as const).map((under) => [lang, under, reply] as const)));
  it.each(cases)('%s: under an %s-topic comment, %j', (lang, under, reply) => {
    const t = threads[lang]!;
    const comment = (i: number, text: string, parentId: string | null): ExtractedComment => ({ id: `c${i}`, parentId, level: null, author: `r${i}`, time: null, text, links: [], locator: `#c${i}` });
    const r = analyzeExtraction(
      { url: 'https://x.example/', article: { title: t.title, text: t.text, lang }, comments: [comment(0, t[under], null), comment(1, reply, 'c0')], platform: 't', replySource: 'nesting', partial: false, detectMs: 0 },
      { sensitivity: 'normal' },
    );
    const offTopic = r.comments.map((c) => c.marks.some((m) => m.kind === 'off-topic'));
    expect(offTopic).toEqual(under === 'on' ? [false, false] : [true, true]);
  });
});

describe('a comment in another language than the article', () => {
  const article = {
    title: 'Getting through just one night',
    text: 'At seventeen the young man fell ill with polio. A doctor told his parents that their son would not live through the night. He decided not to sleep until dawn, and in the morning he shouted that he had made it through the night.',
    lang: 'en',
  };
  const comment = (i: number, text: string): ExtractedComment => ({ id: `c${i}`, parentId: null, level: null, author: `r${i}`, time: null, text, links: [], locator: `#c${i}` });
  const analyse = (comments: ExtractedComment[]) =>
    analyzeExtraction({ url: 'https://x.example/', article, comments, platform: 't', replySource: 'nesting', partial: false, detectMs: 0 }, { sensitivity: 'normal' });

  it('is left unjudged for topic, with a note, while one in the article\'s language is judged', () => {
    const r = analyse([
      comment(0, 'Aquí tenemos un ejemplo claro de amor hacia sus padres y a la vida, que nos enseña a no rendirnos nunca.'),
      comment(1, 'My neighbour sells the best tomatoes at the farmers market every Saturday morning, and they are cheap.'),
    ]);
    expect(r.comments[0]?.marks).toEqual([]);
    expect(r.comments[0]?.notes).toContain('written in another language than the article: not judged for topic');
    expect(r.comments[1]?.marks.map((m) => m.kind)).toEqual(['off-topic']);
  });

  it('is still marked when it is spam', () => {
    const r = analyse([comment(0, 'Gano 300 euros al día desde casa, sin experiencia. ¡Escríbeme por WhatsApp para saber cómo!')]);
    expect(r.comments[0]?.marks.map((m) => m.code)).toEqual(['offtopic_spam']);
  });
});

describe('comments about the website itself', () => {
  it.each([
    ['en', 'I don’t do official sign-offs on everything, but the new colors/layout seems to work for me.', 'the new colors/layout'],
    ['en', 'The site takes forever to load on my phone since last week', 'The site takes forever to load'],
    ['en', 'I have been trying to register at this site for days.', 'trying to register at this site'],
    ['en', 'Please remove this spam, mods.', 'Please remove this spam'],
    ['de', 'Die Seite lädt ewig, ist das bei euch auch so?', 'Die Seite lädt'],
    ['de', 'Mein Kommentar wurde gelöscht, warum?', 'Mein Kommentar wurde gelöscht'],
    ['fr', 'Quelqu’un sait pourquoi le site met autant de temps à charger ?', 'le site met autant de temps à charger'],
    ['fr', 'Pareil chez moi, il faut désactiver le bloqueur de publicité', 'bloqueur de publicité'],
    ['es', 'No puedo registrarme, nunca llega el correo de confirmación', 'No puedo registrarme'],
    ['es', 'Mi comentario fue borrado sin motivo', 'Mi comentario fue borrado'],
    ['ru', 'Сайт тормозит уже второй день', 'Сайт тормозит'],
    ['ru', 'Уберите спам, пожалуйста', 'Уберите спам'],
    // Its moderators called on, its paywall, its ads, its redesign.
    ['en', 'The mods removed my reply within a minute, nice', 'mods removed'],
    ['fr', 'Modérateurs, vous dormez ? Trois pubs pour des casinos ce matin', 'Modérateurs, vous dormez'],
    ['ru', 'Модераторы, где вы? Опять одни боты', 'Модераторы, где вы'],
    ['de', 'Moderatoren, bitte mal aufräumen hier', 'Moderatoren, bitte'],
    ['en', 'Five free articles a month and I hit the limit on the 2nd. Cancelling.', 'free articles a month'],
    ['en', 'Another paywall, so much for local news', 'Another paywall'],
    ['es', 'Ya está el muro de pago otra vez, imposible leer nada', 'muro de pago'],
    ['it', 'Di nuovo un articolo a pagamento, non compro più niente', 'articolo a pagamento'],
    ['it', "Per leggere sei righe mi chiedete l'abbonamento?", "chiedete l'abbonamento"],
    ['fr', 'Encore un article payant, je me désabonne', 'article payant'],
    ['fr', "C'est moi ou la suite est réservée aux abonnés maintenant ?", 'réservée aux abonnés'],
    ['it', 'Ormai metà degli articoli sono riservati agli abbonati.', 'riservati agli abbonati'],
    ['de', 'Schon wieder hinter der Bezahlschranke', 'Bezahlschranke'],
    ['ru', 'Опять платная подписка, спасибо', 'платная подписка'],
    ['en', 'The pop-ups on this site make it unreadable on a phone', 'pop-ups on this site'],
    ['fr', 'Des pubs qui s’ouvrent toutes seules sur mobile, insupportable', 'pubs qui s’ouvrent'],
    ['es', 'Los anuncios de esta web tapan la mitad de la pantalla', 'anuncios de esta web'],
    ['en', 'Comments load twice since the redesign, anyone else?', 'since the redesign'],
    ['fr', 'Le forum rame depuis hier soir', 'Le forum rame'],
  ])('finds the remark in %s: %s', (_lang, text, cue) => {
    expect(aboutTheSite(text, 'an article about something else entirely')?.cue).toBe(cue);
  });

  it('returns the sentence the remark is in, so the rest of the comment can still be judged', () => {
    expect(aboutTheSite('Lukashenko will never let go. The site is so slow today! Anyway.', '')?.sentence).toBe(' The site is so slow today');
  });

  it.each([
    "Why does every comment I post here sit 'awaiting moderation' for half a day?",
    'Mein Kommentar wartet seit gestern auf Freischaltung.',
    'Encore un commentaire bloqué en modération.',
    'Mi comentario se queda siempre pendiente de moderación.',
    'Опять мой комментарий висит на модерации.',
  ])('reads a comment held for moderation complained of: %s', (text) => {
    expect(aboutTheSite(text, 'the council plans 20mph limits')).not.toBeNull();
  });

  it('does not take WordPress’s own moderation notice, or other talks, for a complaint', () => {
    expect(aboutTheSite('Good point about the limits. Your comment is awaiting moderation.', '')).toBeNull();
    expect(aboutTheSite('The council says the scheme is stuck in moderation talks.', '')).toBeNull();
  });

  it('does not take the subject of the article, or of a product, for the site', () => {
    // An article about the blog's redesign: comments on the new layout discuss it.
    expect(aboutTheSite('Love the new layout!', 'we moved to a new layout and a darker theme this week')).toBeNull();
    // A product's new design, a verb after "site", a law's registration are not the website's.
    expect(aboutTheSite('The new design of the phone is ugly', '')).toBeNull();
    expect(aboutTheSite('Why do the students on the vittana site look so miserable?', '')).toBeNull();
    expect(aboutTheSite('I can’t afford to register my car under this law', '')).toBeNull();
    // Paywalls and moderation as the article's subject, or named in passing inside an argument.
    expect(aboutTheSite('Another paywall, and readers will just leave.', 'the paper puts its archive behind a paywall from monday')).toBeNull();
    expect(aboutTheSite('I would rather see ads than have every show hidden behind a $7 paywall.', '')).toBeNull();
    expect(aboutTheSite('Great moderation guys, really.', 'the platform’s new moderation policy')).toBeNull();
    expect(aboutTheSite('Drink in moderation, as the doctor says.', '')).toBeNull();
  });

  it('marks such a comment off topic with the remark in the reason, unless the rest of it is about the article or praises it', () => {
    const r = analyseLibraryPage([
      topLevel(0, 'reader0', 'The site takes forever to load on my phone since the last update, does anyone else get this?'),
      topLevel(1, 'reader1', 'Closing the Millbrook branch library hurts the users who protested at the council meeting. The site takes forever to load, by the way.'),
      topLevel(2, 'reader2', 'Great article. The site takes forever to load though.'),
      topLevel(3, 'reader3', 'Protesters filled the council meeting about the Millbrook library closure again yesterday.'),
    ]);
    expect(r.comments.map((c) => c.marks.map((m) => m.code))).toEqual([['offtopic_about_site'], [], [], []]);
    expect(r.comments[0]?.marks[0]?.reason).toBe('is about the website, not the article: “The site takes forever to load”');
  });
});

describe('a reply about another commenter', () => {
  it.each([
    ['en', 'You are on every single thread defending the council, don’t you have a job?', 'You are on every single thread'],
    ['en', 'Check your posting history before lecturing anyone.', 'your posting history'],
    ['en', 'kenny you\'re always defending the government, do you work for them or what', 'you\'re always defending'],
    ['de', 'Sie schreiben unter jedem zweiten Artikel hier.', 'unter jedem zweiten Artikel'],
    ['de', 'Werden Sie nicht persönlich, Sie Dauerkommentator.', 'Werden Sie nicht persönlich'],
    ['fr', 'Tu es sous chaque article, t’as rien d’autre à faire ?', 'sous chaque article'],
    ['es', 'Búscate un trabajo, que estás en cada noticia.', 'Búscate un trabajo'],
    ['it', 'Ogni articolo ci sei tu a fare il professore. Ma un lavoro non ce l’hai?', 'Ogni articolo ci sei tu'],
    ['ru', 'Вам заняться нечем? Под каждой новостью одно и то же пишете.', 'Вам заняться нечем'],
    // A profile picture, as the profile (a blind tune thread, batch 8).
    ['de', '„Vom Dorf“, klar. Dein Profilbild ist der Bremer Roland.', 'Dein Profilbild'],
    ['en', 'Nice try, but your profile pic says otherwise.', 'your profile pic'],
    ['ru', 'Твоя аватарка всё про тебя говорит.', 'Твоя аватарка'],
  ])('finds the remark in %s: %s', (_lang, text, cue) => {
    expect(aboutCommenter(text)?.cue).toBe(cue);
  });

  it('takes every sentence of such words as the remark, leaving the rest to be judged', () => {
    const sentence = aboutCommenter('Sie schreiben unter jedem Artikel hier. Haben Sie eigentlich auch mal gearbeitet? Die Filialen schließen trotzdem.')?.sentence ?? '';
    expect(sentence).toContain('Sie schreiben unter jedem Artikel hier');
    expect(sentence).toContain('Haben Sie eigentlich auch mal gearbeitet');
    expect(sentence).not.toContain('Filialen');
  });

  it('leaves the writer’s own life, the people of the story and the paper’s writing alone', () => {
    for (const t of [
      'My inability to get a job may be due to my reluctance to bend the facts.',
      'Based on his profile they should have flagged him years ago.',
      'The avatar in the new game looks nothing like the trailer.',
      'In every article about the bridge they forget the cyclists.',
      'I read every article you write about the library, thank you.',
    ]) expect(aboutCommenter(t), t).toBeNull();
  });

  it('marks such a reply off topic with the remark in the reason, but not a top-level comment or a reply that is about the article too', () => {
    const reply = (i: number, parent: number, author: string, text: string): ExtractedComment => ({ ...topLevel(i, author, text), parentId: `c${parent}` });
    const r = analyseLibraryPage([
      topLevel(0, 'reader0', 'Closing the Millbrook library hurts the users who protested at the council meeting.'),
      reply(1, 0, 'reader1', 'You are on every thread here moaning, don’t you have a job to go to?'),
      reply(2, 0, 'reader2', 'Get a life. The council closes the Millbrook library because the library budget falls again next year.'),
      topLevel(3, 'reader3', 'Get a job, all of you who protested at the council meeting about the library.'),
    ]);
    expect(r.comments.map((c) => c.marks.map((m) => m.code))).toEqual([[], ['offtopic_about_commenter'], [], []]);
    expect(r.comments[1]?.marks[0]?.reason).toBe('is about another commenter, not the article: “You are on every thread”');
  });
});

describe('a top-level comment that opens by pointing at the story', () => {
  it.each([
    ["That's grim. Hardly the agency workers' fault somebody didn't check the mesh.", "That's"],
    ['Who exactly is this for? The operators took dividends out for years.', 'is this for'],
    ['Christ, that’s funny. Exponentially funny.', 'that’s'],
    ['Is this better than the Note 2?? I guess I have to add another choice.', 'Is this better'],
    ['It always makes me smile to see this.', 'It always'],
    ['How did you do that? Awesome.', 'do that?'],
  ])('finds the pointer in %j', (text, words) => {
    expect(pointsAtStory(text, 'en')).toBe(words);
  });

  it('leaves a pronoun before a noun, one that comes late, and other languages alone', () => {
    for (const t of [
      'Makes a lot of sense for that part of the state.',
      'That new Marvel movie was terrible, anyone seen it?',
      'I have proposed a song for the farewell, although in truth it should have been played long ago.',
      'Is this bridge safe for bikes?',
    ]) expect(pointsAtStory(t, 'en'), t).toBeNull();
    expect(pointsAtStory('Das ist doch klar.', 'de')).toBeNull();
  });

  it('keeps such a comment from being marked by its words alone, unless it asks the readers something', () => {
    const r = analyseLibraryPage([
      topLevel(0, 'reader0', 'That is grim. Hardly anyone under forty will even notice, they all read on their phones now anyway.'),
      topLevel(1, 'reader1', 'Anyone else think it is far too hot today for walking the dog before noon?'),
      topLevel(2, 'reader2', 'Hardly anyone under forty will even notice, they all read on their phones now anyway.'),
    ]);
    expect(r.comments.map((c) => c.marks.map((m) => m.kind))).toEqual([[], ['off-topic'], ['off-topic']]);
  });

  it('judges it by its words after an off-topic comment: on a flat page it may answer that one', () => {
    const r = analyseLibraryPage([
      topLevel(0, 'reader0', 'Anyone watching the snooker tonight? Higgins is absolutely on fire in the second frame.'),
      topLevel(1, 'reader1', 'That was some frame, Higgins never misses those long reds under pressure.'),
    ]);
    expect(r.comments.map((c) => c.marks.map((m) => m.kind))).toEqual([['off-topic'], ['off-topic']]);
  });
});

describe('comments about the website itself: a blind probe (phrasings written by a helper session that never saw the phrase lists)', () => {
  // 11 of the 30 were found before the general forms they showed were added (an adverb before
  // "slow", "why was my comment deleted", "kann ich mich nicht mehr einloggen", "ist einfach
  // verschwunden", "löscht … die Spam-Kommentare", "je n'arrive pas à poster", "commentaire
  // supprimé", "la web va lentísima", "no me deja registrarme", "me han borrado el comentario",
  // "сайт ужасно тормозит", "удалили мой комментарий", "уберите … спамера").
  it.each(["who thought this new layout was a good idea?? everything is huge and I have to scroll forever just to find the comments", "site has been painfully slow all week, takes like 30 seconds for a page to load on my phone", "I registered three days ago and the confirmation email never arrived. checked spam folder too. Anyone else?", "Why was my comment deleted? It didn't break any rule. Moderators here are way too trigger happy.", "Can a mod please remove the spam bot posting those crypto links under every story, it's getting ridiculous", "the video player just shows a black screen and spins now. and the popup asking me to turn off my ad blocker covers half the page!!", "seit gestern kann ich mich nicht mehr einloggen, passwort zurücksetzen geht auch nicht. was ist da los?", "Mein Kommentar von heute morgen ist einfach verschwunden. Zensur oder technischer Fehler? Eine Antwort wäre nett.", "Die Seite lädt ewig und dann springt alles hin und her wegen der Werbung. So macht lesen keinen Spaß!", "Bitte löscht endlich die Spam-Kommentare mit den Fake-Gewinnspielen, die stehen hier seit Tagen.", "Warum muss ich jedesmal wieder die Cookies bestätigen? Und der Adblocker-Hinweis lässt sich nicht wegklicken.", "C'est moi ou le site rame énormément depuis la mise à jour ? Impossible d'ouvrir un article sans attendre une minute.", "je n'arrive pas a poster de commentaire, ça me dit toujours 'erreur, réessayez plus tard'. ça fait 3 jours...", "La nouvelle mise en page est illisible, les couleurs sont criardes et la police est minuscule. Rendez-nous l'ancienne version !", "Encore un commentaire supprimé sans explication. La modération ici devient n'importe quoi.", "Inscrit hier, jamais reçu le mail de confirmation. Du coup je ne peux pas me connecter.", "la web va lentísima desde hace días, cada vez que abro una noticia se queda cargando y no sale nada", "¿Alguien más no puede iniciar sesión? Me dice que la contraseña es incorrecta y acabo de cambiarla.", "Me han borrado el comentario otra vez!! no insulté a nadie, esto es censura pura y dura", "Por favor moderadores, eliminen los mensajes de spam que aparecen en todas las noticias, ya cansa.", "No me deja registrarme, el botón de 'crear cuenta' no hace nada. Y el reproductor de vídeo tampoco funciona en el móvil.", "Верните старый дизайн! В новом ничего не найти, шрифт мелкий, а цвета режут глаза.", "сайт ужасно тормозит, страницы грузятся по минуте. у всех так или только у меня?", "Зарегистрировался неделю назад, письмо с подтверждением так и не пришло. Комментировать не могу.", "Почему удалили мой комментарий? Там не было ни мата, ни оскорблений. Модерация тут просто цензура какая-то.", "Уважаемые модераторы, уберите наконец этого спамера со ссылками на казино, он пишет под каждой статьёй.", "Видео не воспроизводится, а всплывающее окно про блокировщик рекламы закрывает весь текст. Невозможно пользоваться!"])('finds the remark in %j', (text) => {
    expect(aboutTheSite(text, '')).not.toBeNull();
  });

  // Not found, and left so: "the new design" alone is as often a product's (a phone, a car) as the
  // site's, and a video that will not start is not said to be the site's.
  it.each(["Das neue Design ist echt eine Zumutung. Winzige graue Schrift auf weißem Hintergrund, kann man kaum lesen.", "les vidéos ne se lancent plus du tout sur firefox, et les pubs en pop-up s'ouvrent toutes seules. insupportable", "El nuevo diseño es horrible, todo blanco y con letras enormes, parece una web de hace 20 años. Prefería el anterior."])('leaves %j (a look or a player not said to be the site\'s)', (text) => {
    expect(aboutTheSite(text, '')).toBeNull();
  });

  it.each([
{
"article": "Review of a newly released smartphone",
"text": "the new design of the phone is ugly, they ditched the headphone jack AND made the camera bump even bigger"
},
{
"article": "Report on a county where thousands of voters were purged from the rolls before the election",
"text": "my vote was deleted from the register too, I only found out when I showed up at the polling station"
},
{
"article": "Opinion piece on rising housing costs",
"text": "Brilliant piece, exactly what I've been saying for years. Shame the site takes forever to load, but worth the wait."
},
{
"article": "Bericht über eine neue Verordnung zur Kfz-Zulassung",
"text": "Ich kann mein Auto wegen dieser neuen Regelung nicht mehr anmelden, die Zulassungsstelle verlangt plötzlich drei zusätzliche Nachweise."
},
{
"article": "Artikel über Zensur sozialer Medien in autoritären Staaten",
"text": "Dass dort kritische Kommentare einfach gelöscht werden, überrascht mich leider gar nicht. Meinungsfreiheit gibt es da nicht."
},
{
"article": "Test eines neuen Elektroautos",
"text": "das neue design vom innenraum gefällt mir gar nicht, alles nur noch touchscreen und keine echten knöpfe mehr"
},
{
"article": "Article sur les pannes répétées du site des impôts lors de la déclaration en ligne",
"text": "le site des impôts était complètement planté hier soir, impossible de valider ma déclaration avant la date limite"
},
{
"article": "Article sur la refonte du logo et de l'identité visuelle d'une grande marque de sport",
"text": "Le nouveau logo est raté, les couleurs sont fades et la police fait cheap. L'ancien avait plus de caractère."
},
{
"article": "Enquête sur les fraudes aux listes électorales dans une commune",
"text": "Très bon article, merci. Dommage que la page mette autant de temps à charger, mais ça valait le coup."
},
{
"article": "Noticia sobre una nueva ley que obliga a registrar los patinetes eléctricos",
"text": "No puedo registrar mi patinete por esta nueva ley, piden un seguro que ninguna compañía ofrece todavía."
},
{
"article": "Artículo sobre un banco cuya app dejó a los clientes sin acceso durante un fin de semana",
"text": "A mí la app del banco tampoco me dejaba iniciar sesión, estuve dos días sin poder pagar nada. Vergonzoso."
},
{
"article": "Reportaje sobre la lucha contra las llamadas y SMS de spam",
"text": "Yo recibo unos diez mensajes de spam al día, deberían multar de verdad a esas empresas."
},
{
"article": "Обзор нового ноутбука",
"text": "новый дизайн корпуса неудачный, клавиатура стала хуже, а экран бликует"
},
{
"article": "Статья о блокировке видеохостинга в стране",
"text": "У меня видео тоже почти не грузится даже через VPN, всё тормозит. Когда это закончится?"
},
{
"article": "Репортаж о сбоях в работе портала госуслуг при записи в школу",
"text": "Отличная статья, спасибо автору! Жаль только, что у вас сайт медленно грузится, но прочитал с удовольствием."
}
] as { article: string; text: string }[])('does not take the article\'s subject for the site: $text', ({ article, text }) => {
    const remark = aboutTheSite(text, article.toLowerCase());
    // Praise of the article beside a remark about the site is the on-topic part it is judged by.
    expect(remark === null || (articleReference(text) ?? praise(text) ?? evaluativeReaction(text)) !== null).toBe(true);
  });
});

// An earnings claim that links to a site the article does not name: the pitch sends the reader
// there to sign up (blind tune threads of batches 12 and 13 in en, fr, pl; dragnet R197).
describe('an earnings claim with a link to another site', () => {
  it.each([
    ['My aunt makes $5,400 a month just filling out surveys. See how at www.easy-cash-home.example', 'easy-cash-home.example'],
    ['Je gagne 4 200 € par mois en plus de mon salaire, tout est expliqué ici : https://revenus-faciles.example/', 'revenus-faciles.example'],
    ['Zarabiam 300 zł dziennie, szczegóły na www.szybka-kasa.example', 'szybka-kasa.example'],
  ])('is spam: %s', (text, host) => {
    const s = spamEvidence(text, { linkHosts: [host] });
    expect(s.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(s.evidence.join(' ')).toContain(`with a link to “${host}”`);
  });

  it('is not spam when the amount has no period or is what a thing costs to make (readers citing prices and sources)', () => {
    const dock = 'Apple could sell a $12 made-in-China adapter instead, like this one: amazon.com/dp/123';
    expect(spamEvidence(dock, { linkHosts: ['amazon.com'] }).evidence.join(' ')).not.toContain('earnings claim');
    const market = 'Accessories make up about $2 billion of the market: thefiscaltimes.com/2012/accessories';
    expect(spamEvidence(market, { linkHosts: ['thefiscaltimes.com'] }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('reads a period said in one word after the amount', () => {
    expect(spamEvidence('Wychodzi 450 zł dziennie.').evidence.join(' ')).toContain('money per period “450 zł dziennie”');
    expect(spamEvidence('That is $300 daily for nothing.').evidence.join(' ')).toContain('money per period “$300 daily”');
  });

  it('is not spam without a link, or with a link to a site the article names', () => {
    const text = 'I made $400 a month from the parking permit fines alone, see the council report at council.example';
    expect(spamEvidence(text, { linkHosts: [] }).weight).toBeLessThan(SPAM_THRESHOLD);
    expect(spamEvidence(text, { linkHosts: ['council.example'], articleLower: 'the council (council.example) published the report' }).weight).toBeLessThan(SPAM_THRESHOLD);
  });
});

// A blind probe of Polish phrasings (twenty-second session: 70 examples and 35 look-alikes written by a
// helper session that saw no list): found before / after adding the missed forms — spam 7 → 9 of 10,
// digressions 6 → 10, link-only 5 → 10, social replies 9 → 10, site 2 → 7, greetings 1 → 7, remarks
// about a commenter 3 → 7; false 2 of 35 before, 1 after. Forms of the kinds it found missing:
describe('Polish forms from the blind probe', () => {
  it.each([
    'Z zupełnie innej beczki: ktoś zna dobrego hydraulika w Lublinie?',
    'To nie ma nic wspólnego z artykułem, ale gratulacje dla szczypiornistów!',
    'Bez związku z tekstem: znowu zamknęli basen.',
  ])('reads the digression in %j', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  it.each([
    'Chwilówka bez BIK, decyzja w 10 minut 👉 kasa-teraz.example',
    'Wymiana opon, wyważanie gratis, tel. 600 100 200. Zapraszamy!',
  ])('finds the advertisement %j', (text) => {
    expect(spamEvidence(text, { linkHosts: text.includes('.example') ? ['kasa-teraz.example'] : [] }).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    ['Dlaczego usunięto mój komentarz? Nikogo nie obraziłem.', 'usunięto mój komentarz'],
    ['Komentarze się nie wyświetlają od rana.', 'Komentarze się nie wyświetlają'],
    ['Ktoś tu w ogóle moderuje? Same boty.', 'Ktoś tu w ogóle moderuje'],
    ['Tytuł i dwa zdania, reszta za paywallem.', 'za paywallem'],
  ])('reads the remark about the site in %j', (text, cue) => {
    expect(aboutTheSite(text, '')?.cue).toBe(cue);
  });

  it.each([
    ['Witamy z powrotem, Staszku!', 'witamy z powrotem'],
    ['Ooo, Zośka! Kopę lat, co u ciebie?', 'kopę lat'],
    ['Brakowało twoich komentarzy, Heniu.', 'brakowało twoich'],
    ['Cześć Ola, miło cię znowu czytać.', 'miło cię znowu czytać'],
  ])('reads the greeting in %j', (text, cue) => {
    expect(greetsReader(text)?.cue.toLowerCase()).toBe(cue);
  });

  it.each([
    ['Weź się chłopie do roboty zamiast tu pisać.', 'Weź się chłopie do roboty'],
    ['Od rana tu siedzisz i klepiesz.', 'Od rana tu siedzisz'],
    ['Kolejny troll z farmy na zmianie.', 'troll z farmy'],
  ])('reads the remark about a commenter in %j', (text, cue) => {
    expect(aboutCommenter(text)?.cue).toBe(cue);
  });

  it('still leaves on-topic look-alikes alone', () => {
    expect(selfDeclaredDigression('Wracając do tematu podwyżek: 300 zł to za mało.')).toBeNull();
    expect(aboutTheSite('Serwis streamingowy podniósł ceny, a reklamy wyskakują teraz w środku filmu.', 'serwis streamingowy pokaże reklamy w środku filmu')).toBeNull();
    expect(greetsReader('Dawno nie czytałem tak dobrego tekstu.')).toBeNull();
  });
});

// An agency's promise of Google's first page, and an e-mail address as where an advertisement sends
// its readers (blind tune threads of batches 12 and 13).
describe('an SEO pitch and an advertisement that gives an e-mail address', () => {
  it('is spam with a link to its site or an address to write to', () => {
    expect(spamEvidence('Skuteczne SEO dla firm, pierwsza strona Google w 3 miesiące. www.seo-firma.example', { linkHosts: ['seo-firma.example'] }).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    const pitch = spamEvidence('We get local shops onto the first page of Google. Write to ranks@agency.example for a free quote.', { linkHosts: [] });
    expect(pitch.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(pitch.evidence.join(' ')).toContain('an address to write to “ranks@agency.example”');
  });

  it('is not spam when a reader talks about rankings or gives an address without an offer', () => {
    expect(spamEvidence('Half of the first page of Google is SEO spam now, so the crowd matters more.', { linkHosts: [] }).weight).toBe(0);
    expect(spamEvidence('Write to the council at planning@council.example, they answered me within a week.', { linkHosts: [] }).weight).toBe(0);
  });
});

// Polish in the spam, site and greeting lists (the twenty-first session gave it the earnings verbs
// and the digressions): the same rules' words in the ninth language.
describe('Polish in the spam, site and greeting lists', () => {
  it.each([
    'Zarabiam 450 zł dziennie z domu, wystarczy telefon. Pisz na priv',
    'Oferujemy darmową wycenę, zapraszamy do naszego sklepu',
    'Samotne kobiety z Twojej okolicy czekają, portal randkowy',
    'Pasywny dochód każdego dnia, info na WhatsApp',
    // The home-job pitch in its Polish words (a blind tune thread of batch 20).
    'Szukam osób do współpracy, praca w domu, elastyczne godziny. Zainteresowane proszę o wiadomość na priv 😊',
  ])('finds spam: %s', (text) => {
    expect(spamEvidence(text, { linkHosts: ['sklep.example'] }).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    ['Czy tylko mi ta strona tak muli? Trzy reklamy wyskakują.', 'ta strona tak muli'],
    ['Reklamy wyskakują co chwilę, nie da się czytać.', 'Reklamy wyskakują'],
    ['Mój komentarz został usunięty bez powodu.', 'Mój komentarz został usunięty'],
    ['Nie mogę się zalogować od wczoraj.', 'Nie mogę się zalogować'],
  ])('reads a remark about the site: %s', (text, cue) => {
    expect(aboutTheSite(text, '')?.cue).toBe(cue);
  });

  it('takes a short key word of the remark as the article\'s subject only where the article has that word', () => {
    const remark = "Une pub vidéo recouvre la moitié de l'écran.";
    // "public" in the article is not the word "pub": the ads are not the story's subject.
    expect(aboutTheSite(remark, 'le miel sera vendu au marché public.')?.cue).toBe('pub vidéo recouvre');
    expect(aboutTheSite(remark, 'la pub vidéo envahit les sites de presse, selon une étude.')).toBeNull();
  });

  it('does not read talk of a page of a document or of advertising in the story as one', () => {
    expect(aboutTheSite('Na stronie 12 raportu jest cała tabela kosztów.', '')).toBeNull();
    expect(aboutTheSite('Reklamy na dworcu wyskakują jak grzyby po deszczu.', 'reklamy na dworcu wyskakują')).toBeNull();
  });

  it.each([
    ['Ty to jesteś ten sam troll, co pisał pod każdym artykułem o Koronie.', 'pod każdym artykułem'],
    ['Znajdź sobie pracę zamiast siedzieć tu cały dzień.', 'Znajdź sobie pracę'],
    ['Nie masz nic lepszego do roboty?', 'Nie masz nic lepszego do roboty'],
  ])('reads a remark about another commenter: %s', (text, cue) => {
    expect(aboutCommenter(text)?.cue).toBe(cue);
  });

  it.each([
    ['Witaj z powrotem, Marek! Jak było w górach?', 'Witaj z powrotem'],
    ['Witaj Ola!', 'Witaj Ola!'],
    ['Dawno cię tu nie było, co słychać?', 'dawno cię tu nie było'],
  ])('reads a greeting to a reader: %s', (text, cue) => {
    expect(greetsReader(text)?.cue.toLowerCase()).toBe(cue.toLowerCase());
  });
});

// Italian, Portuguese and Dutch: read with their own stop words and stemmer since the thirteenth
// session, with the cue lists' words in them (the Italian blind thread of batch 3 marked nothing
// before: it was read as an unknown language).
describe('cues in Italian, Portuguese and Dutch', () => {
  it.each([
    ['it', 'Ciao a tutti! ho iniziato con 250€ e adesso guadagno 3.000 € al mese con le criptovalute, scrivimi su WhatsApp'],
    ['pt', 'Eu ganho R 4.000 reais por mês trabalhando em casa, me chama no WhatsApp'],
    ['nl', 'Ik verdien 3.000 euro per maand met crypto vanuit huis, stuur me een bericht op Telegram'],
    ['pl', 'Zarabiam 8 000 zł miesięcznie na prostych zadaniach online, napisz do mnie na WhatsApp'],
  ])('finds money-making spam (%s)', (_lang, text) => {
    expect(spamEvidence(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    ['Esco dal seminato: qualcuno sa qualcosa della sagra?', 'strong'],
    ['Fuori tema, ma il mercato del sabato è stato spostato?', 'strong'],
    ['Mudando de assunto, alguém sabe do festival?', 'strong'],
    ['Heeft niets met het artikel te maken, maar weet iemand hoe laat de markt opent?', 'strong'],
    ['A proposito di Firenze, un caffè costa quattro euro.', 'weak'],
    ['Trouwens, de markt is verplaatst.', 'weak'],
    ['Nie na temat, ale czy ktoś wie, o której gra Korona?', 'strong'],
    ['Offtop: ktoś był na koncercie w sobotę?', 'strong'],
    ["HS mais quelqu'un sait pourquoi la piscine est fermée ?", 'strong'],
    ['OT but does anyone know when the tip reopens?', 'strong'],
  ] as const)('reads the digression in %j', (text, strength) => {
    expect(selfDeclaredDigression(text)?.strength).toBe(strength);
  });

  it.each([
    ['Grazie mille, gentilissima!', 'it'],
    ['Hai ragione, giusto.', 'it'],
    ['Obrigado, faz sentido.', 'pt'],
    ['Klopt, goed punt. Bedankt!', 'nl'],
  ] as const)('reads %j as a social reply', (text, lang) => {
    expect(isSocialReply(text, tokenize(text, lang).map((t) => t.word), text.split(/\s+/).filter(Boolean).length, lang)).toBe(true);
  });
});

describe('a comment that speaks of the article itself', () => {
  it.each([
    ['Great article, thanks.', 'Great article'],
    ['Bell’articolo, complimenti all’autore.', 'Bell’articolo'],
    ['Grazie per l’articolo, molto chiaro.', 'Grazie per l’articolo'],
    ['Excelente artigo, parabéns.', 'Excelente artigo'],
    ['O autor esqueceu-se das obras de 2019.', 'O autor'],
    ['Goed stuk, bedankt voor het delen.', 'Goed stuk'],
    ['De schrijver vergeet de parkeerkosten.', 'De schrijver'],
    // "write up" in two words, as readers of four sites wrote it (a title line before it on SB Nation).
    ['Forgot to add\nGreat write up!!', 'Great write up'],
    ['Excellent write up Chad! I am in full agreement.', 'Excellent write up'],
    ['Great write-up, thanks.', 'Great write-up'],
  ])('finds it in %j', (text, cue) => {
    expect(articleReference(text)?.toLowerCase()).toBe(cue.toLowerCase());
  });
  it('is not a mention of some other text', () => {
    expect(articleReference('Il comune ha pubblicato il bando ieri.')).toBeNull();
    expect(articleReference('A câmara publicou o edital ontem.')).toBeNull();
  });
});

describe('a figure of the article repeated in a comment', () => {
  const figures = articleFigures('The council spends 310,000 a year on lights. 2.870 Antworten; custo de 6,4 milhões; 142 millions d’euros; in 2022; 3 kids.');
  it.each([
    ["To be fair 310k a year isn't nothing", '310k'],
    ['6,4 MILHÕES?? Com esse dinheiro faziam um novo', '6,4 MILHÕES'],
    ['142 millions pour 3 kilomètres !', '142 millions'],
    ['2870 Antworten und keine Lösung', '2870'],
  ])('finds it in %j', (text, written) => {
    expect(citesArticleFigure(text, figures)).toBe(written);
  });
  it('leaves out years, small counts and the digits of an address', () => {
    expect(citesArticleFigure('In 2022 I moved here with my 3 kids.', figures)).toBeNull();
    expect(citesArticleFigure('See https://news.example/310000/lights', figures)).toBeNull();
    expect(citesArticleFigure('Our street has 14 lamps.', figures)).toBeNull();
  });
});

// Blind tune threads (batches 3 and 5, two writers): a short answer to a question ("The Bell at
// Oakhurst. Get the pie." under "Which pub is it?") was marked off-topic on its own few words.
describe('a short answer to a question', () => {
  const article = 'The city council voted to close the Eastside and Millbrook branch libraries. Library users protested at the council meeting, and the library budget falls again next year.';
  const judge = (comments: [string, number][]) =>
    judgeOffTopic({ article: { title: 'Council closes two branch libraries', text: article }, lang: 'en', comments: comments.map(([text]) => ({ text })), parentIndex: comments.map(([, p]) => p), sensitivity: 'normal' }).map((j) => j.mark?.code ?? j.status);

  it('goes with the question it answers', () => {
    expect(judge([
      ['The Millbrook library hosts the best reading group in town. Which branch do you use?', -1],
      ['The one by the old tram depot, great coffee next door.', 0],
    ])[1]).not.toMatch(/^offtopic/);
  });

  it('stays off topic under a question that left the article', () => {
    expect(judge([
      ['Off topic, but does anyone know a decent mechanic near the stadium?', -1],
      ['Kowalski on Dean Street, fair prices and quick.', 0],
    ])[1]).toMatch(/^offtopic/);
  });

  it('is an answer only when short: a long reply is judged on its own words', () => {
    expect(judge([
      ['The Millbrook library hosts the best reading group in town. Which branch do you use?', -1],
      ['Honestly I mostly go fishing at the reservoir on weekends now, the trout season opened early this year and the weather has been perfect for it every single Saturday since March.', 0],
    ])[1]).toMatch(/^offtopic/);
  });
});

// Blind tune threads of three writers (en, it, de): "Speaking of Kerry, …", "A proposito di
// Firenze, …", "Apropos Brombeeren: …" were held on topic by one word they shared in passing with
// the article. A turn that names its subject needs more than that; an aside ("Übrigens") does not.
describe('a turn that names another subject', () => {
  const article = 'The city council voted to close the Eastside and Millbrook branch libraries in spring. Library users protested at the council meeting, and the library budget falls again next year.';
  const judge = (text: string) =>
    judgeOffTopic({ article: { title: 'Council closes two branch libraries', text: article }, lang: 'en', comments: [{ text }], parentIndex: [-1], sensitivity: 'normal' })[0]?.mark?.code ?? null;

  it('is not held by one word it shares in passing with the article', () => {
    expect(selfDeclaredDigression('Speaking of gardens, my roses near Millbrook died.')?.namesSubject).toBe(true);
    // "Millbrook", a name of the article's, held it before.
    expect(judge('Speaking of gardens, my roses near Millbrook died. Should I cut them back now or wait for autumn?')).toBe('offtopic_changes_subject');
  });

  it('is held when it stays with the article', () => {
    expect(judge('Speaking of the budget, the council spent more on the library meeting than the Millbrook branch costs a year.')).toBeNull();
  });

  it('an aside ("by the way") is judged as before', () => {
    expect(selfDeclaredDigression('By the way, my roses died this spring.')?.namesSubject).toBe(false);
  });
});

// Blind tune forum threads of batch 10 (en, fr, ru): the moderators asked whether they are there
// at all, the forum said to be dying of it; a complaint said in two sentences; a greeting to a reader.
describe('moderators called on in a forum, and greetings to a reader', () => {
  it.each([
    'Mods can we get this crap removed? 3rd one this week.',
    'Honestly nobody moderates anything here anymore.',
    'This forum is dying, half the posts are adverts.',
    'Früher war dieses Forum mal richtig gut.',
    'La modé dort ou quoi ? Ça fait trois fois que je signale.',
    'Ce forum c’était mieux avant.',
    'Este foro ya no es lo que era.',
    'Модераторы вообще живы? Третий день эта реклама висит.',
    'Раньше на форуме про огород говорили, а теперь одни знакомства.',
    // Only called, a sentence of its own (blind tune forum threads of batches 8 and 10).
    'And there it is. MODS??',
    "lol at least this one is honest about what she's selling. Mods??",
    'Schon wieder Werbung. Moderatoren?!',
    'Encore une pub. Modération ?',
    'Otra vez spam. ¿Moderadores?',
    'Опять реклама. Модераторы?',
  ])('reads a complaint about the forum: %s', (t) => {
    expect(aboutTheSite(t, ''), t).not.toBeNull();
  });

  it.each([
    'The forum for residents meets on Tuesday in the library.',
    'The mods to the engine cost more than the car.',
    'Where will we find these mods?',
    'Are the new mods any good?',
    'Раньше на этом месте был рынок.',
  ])('does not read other talk of forums or mods as one: %s', (t) => {
    expect(aboutTheSite(t, ''), t).toBeNull();
  });

  it('leaves every sentence about the site out of what may still be about the article', () => {
    const remark = aboutTheSite('Encore du spam. La modé dort ou quoi ? Je signale depuis lundi. Ce forum part en vrille.', '');
    expect(remark?.cue).toBe('La modé dort');
    expect(remark?.sentence).toContain('La modé dort ou quoi');
    expect(remark?.sentence).toContain('Ce forum part en vrille');
  });

  it.each([
    ['Welcome to the forum!! 🙂', 'Welcome to the forum'],
    ['Welcome back Jan! The weather has been rubbish, you timed it well.', 'Welcome back'],
    ['Willkommen zurück, Ottilie! Hoffe, die Kur hat was gebracht.', 'Willkommen zurück'],
    ['Bienvenue Léa ! 🌸', 'Bienvenue Léa !'],
    ['¡Bienvenida de nuevo, Marta!', 'Bienvenida de nuevo'],
    ['С возвращением! Как съездили?', 'С возвращением'],
    // A name first (a blind tune forum thread of batch 14).
    ["Sepp, schön dass du wieder da bist! Wie war's an der Ostsee?", 'schön dass du wieder da bist'],
    ['Jan, welcome back! Missed your posts.', 'welcome back'],
  ])('reads a greeting to a reader: %s', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  // Every greeting phrase, in each language read, passes the cheap literal test before the greeting pattern.
  it.each([
    ['Welcome aboard, glad you found us.', 'Welcome aboard'],
    ['Good to see you back, Tom. How was the trip?', 'Good to see you back'],
    ['Willkommen im Forum! Frag ruhig, wenn was ist.', 'Willkommen im Forum'],
    ['Bon retour parmi nous ! On attendait tes photos.', 'Bon retour parmi nous'],
    ['Bienvenue sur le forum, Paul.', 'Bienvenue sur le forum'],
    ['Bienvenidos al foro, chicos.', 'Bienvenidos al foro'],
    ['Добро пожаловать на форум! Тут все свои.', 'Добро пожаловать на форум'],
    ['Bentornato Marco! Com’è andata in Sicilia?', 'Bentornato'],
    ['Benvenuta tra noi, Giulia.', 'Benvenuta tra noi'],
    ['Bem-vinda de volta, Ana! Sentimos sua falta.', 'Bem-vinda de volta'],
    ['Welkom terug Joost! Hoe was de vakantie?', 'Welkom terug'],
    ['Witaj z powrotem, Kasia! Jak urlop?', 'Witaj z powrotem'],
    ['Nowy? Rozgość się, tu nikt nie gryzie.', 'Rozgość się'],
    ['  Welcome Jan!', 'Welcome Jan!'],
  ])('reads a greeting in every language it knows: %s', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  it.each([
    'Welcome to Dubai lol. Half the buildings in Barsha have this.',
    'Bienvenue dans l’enfer administratif, tu verras.',
    'Welcome to the club, mine broke after two winters too.',
    'The town would welcome back the ferry if it ran on time.',
    'Sadly these are the piles where the crowds stood to welcome Curiosity.',
  ])('does not read a welcome to a place, an idiom or the verb as one: %s', (text) => {
    expect(greetsReader(text)).toBeNull();
  });

  // Greetings sent through a reader to their family (four blind tune threads: de twice, en, fr).
  it.each([
    ['Danke Micha! Ja, dem Knie gehts viel besser. Grüß deine Frau!', 'Grüß deine Frau'],
    ['Ha, thanks Dave. Give my love to Sheila x', 'Give my love to'],
    ['Coucou Mamie Jo ! Gros bisous à toute la famille, on se voit dimanche', 'Gros bisous à toute la famille'],
    ['Grazie Paolo, salutami tua moglie!', 'salutami tua moglie'],
    ['Спасибо, Петрович! Привет жене!', 'Привет жене'],
    ['Dzięki Aśka, pozdrów męża!', 'pozdrów męża'],
  ])('reads a greeting to a reader’s family as a greeting: %s', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  it.each([
    'Love to the family of the victims, what a terrible night.',
    'Die Gemeinde grüßt die Radfahrer jetzt mit einem neuen Schild.',
    'Привет всем, кто читал статью до конца.',
  ])('does not read condolences or a greeting to all as one: %s', (text) => {
    expect(greetsReader(text)).toBeNull();
  });

  it.each(FAMILY_GREETING_PHRASES.map((p) => [p]))('has a pretest word in the family greeting %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'familyGreeting')).toBe(true);
  });

  // The cheap pretest must let every phrase through: a phrase without one of its words would never match.
  it.each(MISSED_PHRASES.map((p) => [p]))('has a pretest word in the missed phrase %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'missed')).toBe(true);
  });

  // Blind tune threads of batches 6 to 11 (en 2, de 2, fr, es, ru): regulars telling each other they were missed.
  it.each([
    ["JennyB, is that Jenny from the knitting group?? I haven't seen you since the yarn swap!", "haven't seen you since"],
    ['Servus Steffi, hab dich letzte Woche beim Stammtisch vermisst! Kommst am Donnerstag?', 'hab dich letzte Woche beim Stammtisch vermisst'],
    ['Bin zurück von der Kur. Hab euch vermisst! 😊', 'Hab euch vermisst'],
    ['Long time no see, Paul!', 'Long time no see'],
    ["Léa ! Tu nous as manqué ici.", 'Tu nous as manqué'],
    ['¡Te hemos echado de menos, Paco!', 'Te hemos echado de menos'],
    ['Саша, давно тебя не видел тут!', 'давно тебя не видел'],
    ['Mi sei mancata, Giulia!', 'Mi sei mancata'],
    // …or asked where they have been (blind tune forum threads of batches 6, 8 and 10).
    ['Brian!! Where have you been hiding? How was Scotland?', 'Where have you been hiding'],
    ['Gégé ! On te croyait parti à la pêche pour de bon 🎣', 'On te croyait parti'],
    ['Оля, привет! Давно тебя тут не было видно 🌷', 'Давно тебя тут не было'],
    ['¡Hola a todos! Cuánto tiempo sin pasarme por aquí.', 'Cuánto tiempo sin pasarme'],
    // …and in Russian, not seen for a hundred years or a month, or asked where they vanished (a
    // blind tune thread of batch 13, one of batch 17 and probe 27: three writers).
    ['Галя, привет! Сто лет вас не видела, как дети?', 'Сто лет вас не видела'],
    ['Петрович, месяц тебя тут не видно, живой?', 'месяц тебя тут не видно'],
    ['Ну и куда ты пропал? Без тебя скучно.', 'куда ты пропал'],
    ['Марина, вы куда исчезли? Заходите почаще!', 'вы куда исчезли'],
    // Portuguese and Dutch, and the German "back in the country?" (blind tune threads of batch 20).
    ['Ó Luís, então? Há que séculos que não te via por aqui! Continuas em Viseu?', 'Há que séculos que não te via'],
    ['Rita! Tivemos saudades tuas, por onde andavas?', 'Tivemos saudades tuas'],
    ['Kees, jou hebben we al lang niet gezien! Alles goed?', 'jou hebben we al lang niet gezien'],
    ['Marloes! Heb je echt gemist hier.', 'Heb je echt gemist'],
    ["Tach Rotmilan! Wieder im Lande? Wie war's in Norwegen?", 'Wieder im Lande?'],
    // Not heard from in a long time, "te extrañábamos", a name hailed with "que saudades!" (blind tune
    // threads of batch 23: de, nl, es, pt), and the same in English and French.
    ['Na Schorsch, auch mal wieder da? Hab lange nix von dir gelesen, warst du verreist?', 'lange nix von dir gelesen'],
    ['Sander, lang niks van je gehoord op de club! Ga je zaterdag weer mee?', 'lang niks van je gehoord'],
    ["Dave! Haven't heard from you in ages, all well?", "Haven't heard from you in ages"],
    ["Josette, ça fait longtemps qu'on ne t'a pas lue ici !", "ça fait longtemps qu'on ne t'a pas lue"],
    ['Mariana ya te extrañábamos!! pensé que habías dejado el blog', 'te extrañábamos'],
    ['D. Manuela, que saudades! Já não a via desde o São João no pátio.', 'que saudades'],
  ])('reads a word that a reader was missed as a greeting: %s', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  it.each([
    'You missed the point: the fee went up in 2019.',
    'The bus missed you by a minute because the timetable changed.',
    "I missed your comment about the deposit, sorry.",
    'Where have you been parking since the fees went up?',
    'Куда пропал бюджет на ремонт парка, никто не объяснит?',
    'Год не было горячей воды, и никто не пропал, выжили.',
    'Wat een wedstrijd zaterdag, 4-1 tegen Rekken, dat hebben we lang niet gezien.',
    'Há muito tempo que não se via uma portagem tão cara.',
    'Que saudades da piscina aberta, no verão passado era uma festa.',
    'Von der Stadt hat man lange nichts gehört, von dir aber auch nicht viel Neues.',
    'Die Firma ist wieder im Lande tätig, sagt der Bericht.',
  ])('does not read a missed point, bus or comment as one: %s', (text) => {
    expect(greetsReader(text)).toBeNull();
  });

  it('marks a greeting that says nothing else off topic, with its own reason, but not one that goes on about the article', () => {
    const r = analyseLibraryPage([
      topLevel(0, 'reader0', 'Closing the Millbrook library hurts the users who protested at the council meeting.'),
      topLevel(1, 'reader1', 'Welcome back Jan! Hope the holiday was lovely.'),
      topLevel(2, 'reader2', 'Welcome back Jan! The council closes the Millbrook library while the library budget falls.'),
    ]);
    expect(r.comments.map((c) => c.marks.map((m) => m.code))).toEqual([[], ['offtopic_greeting'], []]);
    expect(r.comments[1]?.marks[0]?.reason).toBe('is a greeting to another reader, not about the article: “Welcome back”');
  });
});

// Five blind tune threads of four writers (de, en, pt, fr, nl) had a moderators' notice.
describe('moderationNotice', () => {
  it.each(MODERATION_PHRASES.map((p) => [p]))('has a pretest word in the notice phrase %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'moderation')).toBe(true);
  });

  it.each([
    'Hi Grumpy, subscriptions pay for a reporter. Please keep comments to the story though, thanks.',
    "Bitte die Tarifdiskussion in den Bereich Energie & Heizung verlagern, da gibt's einen eigenen Thread dazu. Hier geht's um Klaus' Hahn. Danke!",
    'Lembramos que comentários com ofensas serão removidos. Mantenham o respeito, pessoal.',
    "Modération : merci de revenir au sujet de l'article. Les échanges personnels n'ont pas leur place ici.",
    'Beste lezers, we vragen u om bij het onderwerp van het artikel te blijven.',
    'I commenti offensivi verranno rimossi. Restiamo in tema, grazie.',
    'Комментарии с оскорблениями будут удалены.',
    'Por favor, céntrense en el tema de la noticia.',
    'Komentarze z wyzwiskami zostaną usunięte.',
  ])('finds a notice in %j', (text) => {
    expect(moderationNotice(text)).not.toBeNull();
  });

  it.each([
    'Rand, this is a great post. To stay on topic, I have only done a few interviews in the past.',
    'Oh well! Anyway, back on topic, here is a new report on the financial system.',
    'Sie versuchen, die Diskussion auf andere Themen verlagern zu wollen, wie Sie das fortlaufend tun.',
    'The council should keep its promises on the tram line.',
    'Mes commentaires sur le sujet restent valables.',
  ])('finds none in %j', (text) => {
    expect(moderationNotice(text)).toBeNull();
  });
});

// A blind probe of the cue lists (twenty-sixth session, seeds/cue-probes/tune-26: 170 comments in
// en, de, fr, es, ru written by two helper sessions that never saw the lists). The kinds of form it
// found missing, each written for several languages, and the look-alikes that must stay unmarked.
describe('spam forms from the twenty-sixth session\'s cue probe', () => {
  const withHosts = (text: string, hosts: string[] = []) => spamEvidence(text, { articleLower: 'the city council voted on the new bridge', repeatedLinks: null, linkHosts: hosts });

  it.each([
    'Hab gestern mit 20€ Einsatz 1.850€ im Online Casino gewonnen, mit Bonuscode gibts 100 Freispiele ganz ohne Einzahlung',
    'new players get 200 free spins at LuckySpin 🎰 withdrawals same day',
    'Si te registras ahora en este casino te dan 200% de bono de bienvenida + 100 giros gratis',
    'Bonus de bienvenue 500€ + 100 free spins sur le meilleur casino en ligne',
    'Казино дает бонус 200% на первый депозит и 100 фриспинов, промокод PERM200',
  ])('finds a casino pitch in %j', (text) => {
    expect(withHosts(text).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    // A bonus word or a gambling word alone is readers talking.
    'The casino on the pier closed in 2019 and the council wants the site for flats.',
    'Meine erste Einzahlung bei der Bank war 1998, da gab es noch Zinsen.',
    'Le premier dépôt de permis de construire date de 2021.',
  ])('finds none in %j', (text) => {
    expect(withHosts(text).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('reads no casino pitch under a story about a casino', () => {
    expect(spamEvidence('Their welcome bonus was 100 free spins, the casino says.', { articleLower: 'the new casino opens on friday' }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Need cash fast? Loans from £100 paid out same day, bad credit ok, no guarantor needed. Apply at quickcash-uk-loans.co.uk', ['quickcash-uk-loans.co.uk']],
    ['Займ на карту за 5 минут без отказа и без проверки кредитной истории! Оформить: zaim-bystro-online.ru', ['zaim-bystro-online.ru']],
    ["Offre de prêt entre particuliers sérieux, réponse sous 24h. Contactez moi par mail : pret.rapide@gmail.com", []],
    ['Potenzmittel günstig kaufen ohne Rezept, diskreter Versand >>> potenz-apotheke-direkt.com', ['potenz-apotheke-direkt.com']],
    ['Дженерики без рецепта, доставка по всей России. Каталог тут pharm-shop.com', ['pharm-shop.com']],
    ['Umzüge & Entrümpelungen im ganzen Landkreis! Festpreisgarantie. Tel. 05721 / 98 44 12', []],
    ['Déménagement, débarras de caves 7j/7. Devis gratuit ! Tél : 06 47 21 88 09', []],
    ['MUDANZAS Y PORTES. Presupuesto sin compromiso. Tlf 656 31 74 02', []],
    ['ГРУЗОПЕРЕВОЗКИ. Недорого, без выходных, работаем 24/7. Звоните 8-902-63-44-180', []],
    ['Ihre Website wird bei Google nicht gefunden. Als SEO-Agentur bringen wir Sie auf Seite 1! Kostenlose Analyse unter www.seo-top.de', ['seo-top.de']],
    ['Продвижение сайтов в ТОП-10 Яндекса за 30 дней, webrost-seo.ru', ['webrost-seo.ru']],
    ["GRAND MARABOUT VOYANT, retour de l'être aimé en 7 jours. Contactez sur WhatsApp au +229 97 00 41 26", []],
    ['Einsame Hausfrauen suchen diskrete Treffen, jetzt anmelden auf flirt-treffen.net', ['flirt-treffen.net']],
    ['Девушки из Перми хотят познакомиться прямо сейчас. Заходи: intim-perm.ru', ['intim-perm.ru']],
    ["CYBER RECOVERY EXPERTS got back 90% of my funds. Message them on WhatsApp +44 7700 900482", []],
    ['Busco personas serias para proyecto online. Interesados escribir al WhatsApp +34 612 48 90 17', []],
    ['Desde que empecé a trabajar desde casa gano entre 2.800 y 4.000€ al mes. Mirad: www.ingresos-casa.com', ['ingresos-casa.com']],
  ] as const)('finds spam in %j', (text, hosts) => {
    expect(withHosts(text, [...hosts]).weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
  });

  it.each([
    // Offers beside no link, number or address to reach the seller are readers talking.
    'My brother got a loan with bad credit ok from the credit union, no guarantor needed either.',
    'Die Apotheke gibt das Mittel ohne Rezept nicht raus, zu Recht.',
    'Our removals man was fully insured and had a festpreis, I can recommend him to anyone.',
    // A reader passes on a tradesman's number: whom to call, no offer.
    'We used Dave for the clearance, call him on 07700 900317, he was great.',
  ])('finds none in %j', (text) => {
    expect(withHosts(text).weight).toBeLessThan(SPAM_THRESHOLD);
  });
});

describe("self-declared digressions from the twenty-sixth session's cue probe", () => {
  it.each([
    'Sorry for hijacking the thread but my cat has gone missing near Oak Lane.',
    'Hat zwar nix mit dem Artikel zu tun aber Glückwunsch an die A-Jugend!',
    'Themawechsel: kennt jemand nen guten Zahnarzt?',
    'Entschuldigt, dass ich den Thread kapere, aber hat jemand einen Rucksack gefunden?',
    'Pardon de squatter les commentaires mais mon chat a disparu.',
    'No tiene que ver con esto pero aprovecho: se ha perdido un gato.',
    'Статья вообще не про это, но напишу: на остановке сломанное табло.',
    'ОФФ: потерялась собака, рыжая дворняжка.',
  ])('finds a strong cue in %j', (text) => {
    expect(selfDeclaredDigression(text)?.strength).toBe('strong');
  });

  // "A bit off topic, but" followed by a remark on the article itself: the reader apologises for a
  // detail, so it is judged on its words.
  it.each([
    "A bit off topic, but why does the article say the drain 'collapsed' on Sunday?",
    'Etwas off topic, aber: Im Artikel steht 64 Jahre, meine Oma hat da schon 1955 Brötchen geholt.',
    "Un peu HS, mais sur la photo de l'article ce n'est pas l'école Jules-Ferry.",
    'Un poco off topic, pero en la noticia no dicen quién firmó la obra.',
    'Немного оффтоп, но почему в статье ни слова о том, кто принимал работы?',
  ])('takes no digression from %j', (text) => {
    expect(selfDeclaredDigression(text)?.strength).not.toBe('strong');
  });

  it('keeps a digression that mentions another report', () => {
    expect(selfDeclaredDigression('Mal was anderes: hat jemand den Bericht über die Wasserpreise gesehen?')?.strength).toBe('strong');
    expect(selfDeclaredDigression('Off topic, but did anyone read the story about the mayor in the Gazette?')?.strength).toBe('strong');
  });
});

// The second cue probe (seeds/cue-probes/tune-27): questions to the readers for a recommendation,
// and more of what readers say about the site.
describe("the twenty-sixth session's second probe", () => {
  it.each([
    "Can anyone recommend a decent plumber in the area? Boiler's packed in.",
    'Quelqu\'un connaît un bon électricien sur le secteur ?',
    'Una pregunta: ¿qué pediatra recomendáis en el centro de salud?',
    'Kennt jemand einen guten Zahnarzt, der noch Kassenpatienten nimmt?',
    'Посоветуйте хорошего электрика, кто делал проводку в старом фонде?',
  ])('reads a request for a recommendation as a named turn: %j', (text) => {
    expect(selfDeclaredDigression(text)).toMatchObject({ strength: 'weak', namesSubject: true });
  });

  it.each(['Can anyone explain why the council needs two years for this?', 'Quelqu\'un sait combien coûte le nouveau tram ?'])('finds no request in %j', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });

  it.each([
    'The new app logs me out every time I close it. Had to reset my password three times this week.',
    'Seit dem Relaunch lädt die Seite ewig.',
    "Pourquoi mon commentaire d'hier a été supprimé ? Aucune insulte.",
    'Модератор, за что удалили мой коммент?',
    'Зачем ввели премодерацию? Пишешь, а коммент появляется через три часа.',
    'Does anybody proof read anything in this paper anymore?',
  ])('reads a remark on the site in %j', (text) => {
    expect(aboutTheSite(text, 'the council approved a new tram line')).not.toBeNull();
  });

  it.each([
    // A product's app is not the site's.
    'Mine crackle in the left ear and the app keeps crashing.',
    'Die App stürzt bei mir auch ständig ab, typisch Hersteller.',
  ])('reads no remark on the site in %j', (text) => {
    expect(aboutTheSite(text, 'the council approved a new tram line')).toBeNull();
  });

  it('reads no remark when the article is about the app', () => {
    expect(aboutTheSite('The new app logs me out every time.', 'the paper launched its new app on monday')).toBeNull();
  });
});

// The twenty-ninth session: blind tune threads of batch 21 (with earlier batches where named).
describe('forms from blind batch 21', () => {
  it.each([
    ['Warum ist mein Posting von heute früh gelöscht worden??? Ich hab niemanden beleidigt.', 'ist mein Posting von heute früh gelöscht'],
    ['Che los moderadores me borraron el post de ayer sobre los baches y nadie me avisó nada.', 'me borraron el post'],
    ['A mí me borraron un mensaje por poner un enlace a la Wikipedia.', 'me borraron un mensaje'],
    ['Esse site agora fica pedindo pra desativar o adblock a cada página que abro.', 'desativar o adblock'],
    ['Apagaram o meu comentário outra vez, não tinha palavrão nenhum.', 'Apagaram o meu comentário'],
    ['Mijn reactie is weer verwijderd, zonder enige uitleg.', 'Mijn reactie is weer verwijderd'],
  ])('reads a complaint about the site in %j', (text, cue) => {
    expect(aboutTheSite(text, 'der gemeinderat beschließt höhere liftpreise')?.cue).toBe(cue);
  });

  it('reads the ad blocker as the site’s only when the reader is asked to switch it off', () => {
    expect(aboutTheSite('Adblock: Savior of the Internet.', 'google reported a decline in online advertising revenue')).toBeNull();
    expect(aboutTheSite('Seit Wochen soll ich Adblock ausschalten, sonst lädt nichts.', '')?.cue).toBe('Adblock ausschalten');
  });

  it('ends a remark about the site at a colon that hands over to the reader’s point', () => {
    const text = 'Ayer me borraron el comentario en la otra noticia, así que lo repito: el informe del técnico decía que los árboles estaban sanos.';
    expect(aboutTheSite(text, '')?.sentence).toBe('Ayer me borraron el comentario en la otra noticia, así que lo repito');
  });

  it.each([
    ['@Gerti55 servus, schön dass du wieder da bist! Wie gehts dem Knie nach der OP?', 'schön dass du wieder da bist'],
    ['Marce! hace cuanto no te veia por aca, como anda tu viejo?', 'hace cuanto no te veia'],
    ['Lu sumida!! Vi seu story na praia, que inveja 😍', 'sumida'],
    ['Saw your mum at the IGA on Thursday btw, she looks heaps better. Tell her Carol says hi.', 'Tell her Carol says hi'],
    ['Tell your mom the Mullinses say hi and we still have her pie dish', 'Tell your mom the Mullinses say hi'],
    ['Danke Mausi, wird schon langsam. Grüß mir den Hansi!', 'Grüß mir den Hansi'],
    ['Умница какая! Передавай от меня привет, пусть не бросает физику', 'Передавай от меня привет'],
  ])('reads a greeting to or through a reader in %j', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  it.each([
    'O sinal tinha sumido! Só voltou depois da atualização.',
    'Hace cuanto que subió el boleto? No me acuerdo.',
    'The town would welcome back the ferry.',
    'Tell her the fare went up again, she never reads the paper.',
  ])('reads no greeting in %j', (text) => {
    expect(greetsReader(text)).toBeNull();
  });

  it.each([
    ["Hi everyone 😊 I'm new here and looking for someone genuine to show me around, it gets lonely here lol. My pics are on www.coastalsingles-au.net, message me there xx", ['coastalsingles-au.net'], 'dating pitch'],
    ['hola soy Yesica tengo 24 años y estoy sola, busco amigos para salir el finde ;) mirá mis fotos en www.amigas-cerca.net/yesi24 besoss', ['amigas-cerca.net'], 'dating pitch'],
    ['Capinhas anti-impacto pra Veltra Nova 5!! Frete grátis pra todo o Brasil acima de R$ 49, chama no Insta @capinhasdabia 💖', [], 'an account to write to'],
    ['REMISES LOS AROMOS - viajes desde $12, aeropuerto y terminal! Llamá al (0345) 15-4428813 o mandanos mensaje.', [], 'a number to call'],
  ])('reads an advertisement in %j', (text, linkHosts, what) => {
    const spam = spamEvidence(text, { articleLower: 'el boleto del colectivo sube a 2,50 pesos', linkHosts });
    expect(spam.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(what);
  });

  it.each([
    ['Second go at this one. I put my photos and the timings I used at https://crumbdiaries.blog/focaccia if anyone wants to compare', ['crumbdiaries.blog']],
    ['Meine Bilder sind hier: flickr.com/photos/gerd – mit dem neuen Objektiv bei Blende 8.', ['flickr.com']],
    ['Tengo 54 años y nunca vi el boleto tan caro, acá está la tabla: www.transporte-ciudad.gob.ar/tarifas', ['transporte-ciudad.gob.ar']],
    ['Die Fotos vom Unfall sind auf Instagram @feuerwehr_musterdorf, schlimm anzusehen.', []],
  ])('reads no advertisement in %j', (text, linkHosts) => {
    expect(spamEvidence(text, { articleLower: 'el boleto del colectivo sube a 2,50 pesos', linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });
});

describe('forms from blind batch 22', () => {
  it('reads a crypto pitch beside a link to another site as an advertisement, but not a pitch word in the address only', () => {
    const text = 'Cała Polska o tym mówi: znany dziennikarz zdradził na antenie, jak zwykli Polacy zarabiają na platformie Bitcoin Code. Banki chcą to zablokować – sprawdź, zanim zniknie: kryptozysk-pl.info';
    const spam = spamEvidence(text, { articleLower: 'most bema zamknięty do remontu', linkHosts: ['kryptozysk-pl.info'] });
    expect(spam.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain('with a link to');
    expect(spamEvidence('➡️ https://bit.ly/gagner-crypto-fr', { articleLower: 'les ruches sur les toits', linkHosts: ['bit.ly'] }).weight).toBeLessThan(SPAM_THRESHOLD);
    // Where the article is about it, the word is the subject.
    expect(spamEvidence('Bitcoin fell again today, see www.coin-news.example/today', { articleLower: 'bitcoin falls below 30,000', linkHosts: ['coin-news.example'] }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Почему у вас с телефона комментарии не отправляются? Третий раз пишу.', 'комментарии не отправляются'],
    ['И всплывающая реклама про пластиковые окна полэкрана закрывает, крестик не нажимается.', 'реклама про пластиковые окна полэкрана закрывает'],
  ])('reads a remark on the site in %j', (text, cue) => {
    expect(aboutTheSite(text, 'урожай томатов после холодного лета')?.cue).toBe(cue);
  });

  // Blind tune threads of batch 23 (de, fr, pt, ru): forms of the moderation, ad and redesign remarks.
  it.each([
    ['Mein Beitrag von gestern Abend ist immer noch nicht freigeschaltet. Da war nix Beleidigendes drin!!', 'Mein Beitrag von gestern Abend ist immer noch n…'],
    ["Encore une pub vidéo qui se lance toute seule avec le son à fond quand on ouvre l'article.", 'pub vidéo qui se lance toute seule'],
    ['O fórum desde a atualização está impossível no telemóvel.', 'fórum desde a atualização'],
    ['As letras ficam minúsculas e o botão «Responder» fica escondido por baixo da publicidade.', 'escondido por baixo da publicidade'],
    ['Сайт с телефона читать невозможно, реклама казино вылезает на пол экрана и крестик не нажимается.', 'реклама казино вылезает на'],
    ["Why is it every time I click on an article now I get 'you've reached your free limit, subscribe for $2.95 a week'?", 'reached your free limit'],
  ])('reads a remark on the site in %j (batch 23 forms)', (text, cue) => {
    expect(aboutTheSite(text, 'the station car park becomes paid from march')?.cue).toBe(cue);
  });

  it.each([
    'Die Ampel ist immer noch nicht freigeschaltet, seit drei Wochen blinkt sie nur gelb.',
    'Desde a atualização das tarifas o condomínio ficou mais caro.',
    'Реклама новых тарифов вылезает в каждом почтовом ящике.',
  ])('reads no remark on the site in %j', (text) => {
    expect(aboutTheSite(text, 'the station car park becomes paid from march')).toBeNull();
  });

  it('reads a notice that comments were closed as the moderators’', () => {
    expect(moderationNotice('Komentarze pod tym artykułem zostały wyłączone z powodu wulgaryzmów, zgodnie z regulaminem serwisu.')).toBe('Komentarze pod tym artykułem zostały wyłączone');
  });
});

describe('a comment on another piece of the site', () => {
  it.each([
    ["Whoever wrote the piece on Koval's Bakery closing after 51 years, thank you. I cried reading it.", 'the hospital will charge visitors for parking', 'the piece on Koval'],
    ['Zum Bericht über den Unfall gestern in Unterfeld: die Kreuzung ist seit Jahren gefährlich.', 'die liftpreise steigen um acht prozent', 'Bericht über den Unfall gestern in Unterfeld'],
    ['Y la nota del supermercado chino que clausuraron en calle Sarmiento? Alguien sabe si reabre?', 'el boleto del colectivo sube a 2,50 pesos', 'la nota del supermercado chino'],
    ['Оля, а где обещанная статья про обрезку смородины? В июле писали, что будет в августе.', 'урожай томатов после холодного лета', 'статья про обрезку смородины'],
  ])('reads %j as about another piece', (text, article, cue) => {
    expect(otherPiece(text, article)?.cue).toContain(cue);
  });

  it.each([
    // The piece named is this one: its subject is in the article.
    ['Great piece on the parking fees, finally someone asks the hospital.', 'the hospital will charge visitors for parking fees'],
    // "In the article about …": where the reader looked, this article.
    ['Источник цифры? В статье про деньги ни слова.', 'школа переходит на вторую смену'],
    ['The story about my neighbour is a long one.', 'the hospital will charge visitors for parking'],
  ])('reads no other piece in %j', (text, article) => {
    expect(otherPiece(text, article)).toBeNull();
  });
});

// Three blind threads of three writers (de, fr tune; ru held-out): posted here because commenting is
// closed under another piece.
describe('a comment posted here because commenting is closed under another piece', () => {
  it.each(CLOSED_ELSEWHERE_PHRASES.map((p) => [p]))('has a pretest word in %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'closedElsewhere')).toBe(true);
  });

  it.each([
    ['Beim Artikel über den neuen Blitzer an der B27 kann man ja nicht kommentieren, also halt hier: 3 km/h drüber und 15 Euro weg.', 'kann man ja nicht kommentieren'],
    ["Je réagis ici puisque les commentaires sont fermés sous l'article sur la boulangerie Lemarié : c'est une honte.", "commentaires sont fermés sous l'article"],
    ['Под статьёй про День города комментарии отключены, поэтому напишу здесь: зачем перекрывать весь центр?', 'комментарии отключены'],
    ['Comments are closed on the story about the school board, so here goes: the vote was rigged.', 'Comments are closed on the story'],
    ['En la nota del intendente no se puede comentar en la nota, así que acá: qué vergüenza.', 'no se puede comentar en la nota'],
    ['Os comentários estão fechados na notícia do hospital, por isso escrevo aqui.', 'comentários estão fechados na notícia'],
    ["Scrivo qui perché i commenti sono chiusi sotto l'articolo sul sindaco.", "commenti sono chiusi sotto l'articolo"],
    ['Reageren is niet mogelijk bij het artikel over de kermis, dus dan maar hier.', 'Reageren is niet mogelijk bij het artikel'],
    ['Pod tamtym tekstem nie można komentować, więc piszę tutaj.', 'nie można komentować'],
  ])('reads %j', (text, cue) => {
    expect(closedElsewhere(text, 'the station car park becomes paid from march')?.cue).toBe(cue);
  });

  it.each([
    // Commenting is the article's subject.
    ['Die Kommentarfunktion ist dort geschlossen, wie bei allen Artikeln zur Wahl.', 'ab heute ist die kommentarfunktion bei wahlartikeln geschlossen'],
    // Comments spoken of, not closed elsewhere.
    ['The comments here are better than the article.', 'the station car park becomes paid from march'],
    ["Comment peut-on fermer un parking sans prévenir ?", 'le parking de la gare devient payant'],
  ])('reads nothing in %j', (text, article) => {
    expect(closedElsewhere(text, article)).toBeNull();
  });
});

describe('advertisement forms from blind batch 23 (and a batch 10 dating pitch)', () => {
  it.each([
    // A named person at the business to call.
    ['DÉNEIGEMENT RÉSIDENTIEL ❄️ Entrées simples à partir de 399 $ pour la saison. Places limitées! Appelez Dany au 418 555-0148.', [], 'a number to call'],
    ['SOLAR SPECIAL ☀️ 6.6kW system fully installed from $3,990. Call Brendan on 0428 551 907', [], 'a number to call'],
    // A German discount on the first job and the stock sign-off.
    ['Glas- und Gebäudereinigung Müller: Fenster, Büros. Jetzt Frühjahrsaktion – 15 % auf die erste Reinigung! Tel. 0 71 93 / 48 27 0, wir freuen uns auf Ihren Anruf.', [], 'a number to call'],
    // The Portuguese "orçamentos gratuitos" and the French "1ère consultation offerte".
    ['Águas Claras – Manutenção de Piscinas, Lda. Orçamentos gratuitos em Lisboa e Margem Sul. Visite www.aguasclaras-piscinas.pt', ['aguasclaras-piscinas.pt'], 'sales offer'],
    ['Voyance sérieuse par téléphone, 1ère consultation OFFERTE, appelez le 06 12 34 56 78', [], 'sales offer'],
    // Own channel in a compound, and asked to come and look.
    ["Leuk blog! Check mijn YouTube-kanaal 'Daan Trapt Door' en laat een abonnee achter, ik abonneer terug! 🚴‍♂️", [], 'own channel'],
    ['galera passa lá no meu canal, tô postando gameplay todo dia 🙏🙏 youtube.com/c/LeoGamerFF', ['youtube.com'], 'own channel'],
    // A serious relationship sought, beside a site or a disguised address.
    ['Мужчины, кому одиноко? 😊 Ищу серьёзные отношения, без игр. Фото и анкета на странице znakomstva-ryadom.online/anastasia23', ['znakomstva-ryadom.online'], 'dating pitch'],
    ['Hello dear, I am lonely girl looking for serious man for relationship. Write me on anastasia.love88 [at] mail.com and I will send you my photos 💋', [], 'an address to write to'],
    // Tune misses of earlier batches, forms of the rules above: a Russian invitation to a Telegram
    // channel, "dojazd … gratis", free shipping in German word order, a premium-SMS short code.
    ['Кто хочет зарабатывать на ставках, заходите в телеграм @prognoz_master_sg, даю прогнозы на КХЛ, проходимость 87%', [], 'invitation to write privately'],
    ['Udrażnianie kanalizacji, usuwanie awarii 24h. Szybko i tanio, dojazd na terenie gminy gratis. Tel. 605 312 448', [], 'a number to call'],
    ['Ich hab ein iPhone 5 gratis bekommen!!! Nur kurz die Umfrage ausfüllen, Versand ist auch kostenlos. Hier: http://bit.ly/iphone5-gratis-at', ['bit.ly'], 'sales offer'],
    ['Pożyczka do 5000 zł bez BIK i bez zaświadczeń, decyzja w 15 minut. Wyślij SMS o treści KASA pod numer 7155.', [], 'a number to call'],
    // The Brazilian "no whats" / "no zap" as the messenger (four blind threads of four writers).
    ['Oi gente!! Sou consultora Hinode, perfumes e cosméticos com preço de fábrica, chama no whats (19) 9 8xxx-xxxx 💄💋', [], 'invitation to write privately'],
  ])('reads an advertisement in %j', (text, linkHosts, what) => {
    const spam = spamEvidence(text, { articleLower: 'the station car park becomes paid from march', linkHosts });
    expect(spam.weight, spam.evidence.join(' | ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(what);
  });

  it.each([
    // A reader passing on a tradesman's number: "him", not a name, and no offer.
    ['Our plumber was great, call him on 07700 900416 if you need one.', []],
    // A name and a number without a business voice or an offer.
    ['Call Dean 07700 900416 about the allotment keys, he has the spare set.', []],
    // An address to write to, disguised, without a pitch.
    ['Write to me at jan [at] example [dot] org for the minutes of the meeting.', []],
    // A serious relationship spoken of, without a site or an address.
    ['My sister was looking for a serious relationship for years, then met him at the bus stop.', []],
    // A count of one's channel's subscribers, no invitation.
    ['Mein YouTube-Kanal hat 300 Abonnenten, ganz ohne Werbung.', []],
    // A short code without an offer, and free shipping without a link.
    ['Wyślij SMS pod numer 7155, zagłosuj na nasz most w plebiscycie!', []],
    ['Bei Amazon ist der Versand auch kostenlos, aber die Umfrage nervt.', []],
    // "whats" alone is an English "what's".
    ['Anyone know whats going on with the roadworks? Message me if you hear anything.', []],
  ])('reads no advertisement in %j', (text, linkHosts) => {
    expect(spamEvidence(text, { articleLower: 'the station car park becomes paid from march', linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });
});

describe('forms from blind batch 24 (thirty-first session)', () => {
  const article = 'the council will renovate the stadium before the new season';
  it.each([
    // Asked to follow an account, beside the account.
    ['Follow me on Instagram @lunarlisa.astro for daily space pics, nebulas, moon shots and more!! New post every night ✨🔭🌙', [], 'a business speaking'],
    ['Folgt mir auf Instagram @nadine.fitlife für tägliche Workouts 💪', [], 'a business speaking'],
    ['Suivez-moi sur Instagram @la_cuisine_de_mamie pour plus de recettes !', [], 'a business speaking'],
    // A dating pitch pointing at her profile, with her age after her name.
    ['Hola, soy Cristina, 29 años y soy de la zona. Si te apetece conocerme entra en mi perfil: citas-cercanas.es/cristina29', ['citas-cercanas.es'], 'dating pitch'],
    ["Hi, I'm 24 and new in town 😊 Visit my profile at www.meet-local-girls.net/anna", ['meet-local-girls.net'], 'dating pitch'],
  ])('reads an advertisement in %j', (text, linkHosts, what) => {
    const spam = spamEvidence(text, { articleLower: article, linkHosts });
    expect(spam.weight, spam.evidence.join(' | ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(what);
  });

  it.each([
    // Following spoken of, no account or link.
    ['I follow him on Twitter and he never mentioned the stadium.', []],
    ['Follow me on this one: the council never finishes anything on time.', []],
    // A profile spoken of, no site.
    ['Check my profile, I posted the same photos of the stand last year.', []],
  ])('reads no advertisement in %j', (text, linkHosts) => {
    expect(spamEvidence(text, { articleLower: article, linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Ma è possibile leggere un articolo su questo sito senza tre video che partono da soli?', 'video che partono da soli'],
    ['Otra vez los vídeos que se reproducen solos con el volumen a tope.', 'vídeos que se reproducen solos'],
    ['Diese Videos, die von selbst starten, nerven total.', 'videos, die von selbst starten'],
    ["Die video's die vanzelf starten op deze site, niet te doen.", "video's die vanzelf starten"],
  ])('reads videos that start by themselves as a remark on the site in %j', (text, cue) => {
    expect(aboutTheSite(text, article)?.cue.toLowerCase()).toBe(cue);
  });

  it('reads a piece that could not be commented on in Italian, in the past', () => {
    const text = "Ieri c'era l'articolo sull'esonero dell'allenatore della Primavera ma non si poteva commentare. Qualcuno sa chi arriva?";
    expect(closedElsewhere(text, article)?.cue).toBe('non si poteva commentare');
  });
});

describe('forms from blind batch 25 (thirty-first session)', () => {
  const article = 'a wind farm referendum in the district on sunday';
  it.each([
    ['Schade, dass man das Interview mit der BI-Sprecherin nur mit Plus-Abo lesen kann.', 'nur mit Plus-Abo'],
    ['Warum ist inzwischen eigentlich jeder zweite Artikel hier Plus?', 'Artikel hier Plus'],
    ['Pffff weer een plusartikel, ik kan alleen de eerste alinea lezen.', 'plusartikel'],
    ["Sorry everyone! I've turned the word verification thing off, hopefully that sorts it.", 'word verification'],
    ["Kev it's Blogger, it eats comments for breakfast.", 'eats comments'],
    ['Mine went in the spam folder twice last month.', 'went in the spam folder'],
    ['Ik lees je blog altijd op mijn telefoon maar sinds de nieuwe layout schiet alles heen en weer.', 'de nieuwe layout'],
    ['O site do jornal está impossível. Cada vez que abro uma notícia salta um vídeo de publicidade.', 'O site do jornal está impossível'],
  ])('reads a remark on the site in %j', (text, cue) => {
    expect(aboutTheSite(text, article)?.cue).toBe(cue);
  });

  it.each([
    // "Plus" as a word, not the paper's subscription.
    'Der Artikel plus die Grafik erklären das gut.',
    'The new wind farm layout moves two turbines away from the school.',
    'De nieuwe opstelling van de molens is beter.',
    'Die Windräder plus Trasse kosten zu viel.',
  ])('reads no remark on the site in %j', (text) => {
    expect(aboutTheSite(text, article)).toBeNull();
  });

  it.each([
    ['Hoi Marieke! Lang niks van je gezien op Twitter, alles goed met jullie?', 'Lang niks van je gezien'],
    ['Olá Lurdes, há tanto tempo! Vi o teu nome aqui por acaso.', 'há tanto tempo'],
  ])('reads a greeting in %j', (text, cue) => {
    expect(greetsReader(text)?.cue).toBe(cue);
  });

  it('reads no greeting in "Há tanto tempo que esperamos por esta estrada."', () => {
    expect(greetsReader('Há tanto tempo que esperamos por esta estrada.')).toBeNull();
  });

  it('reads a dating pitch in "Conheça mulheres solteiras da sua zona …"', () => {
    const spam = spamEvidence('Conheça mulheres solteiras da sua zona 💋 registo grátis e discreto em www.encontros-discretos.pt', { articleLower: article, linkHosts: ['www.encontros-discretos.pt'] });
    expect(spam.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain('dating pitch');
  });
});

describe('a declaration denied (thirty-first session)', () => {
  it.each([
    'Non è fuori tema per niente, è il cuore del problema.',
    "This isn't off topic at all, it's the whole point of the article.",
    'Das ist nicht off-topic, sondern genau das Problem.',
    "Ce n'est pas hors sujet, c'est le fond du problème.",
    'Это не оффтоп, это как раз про статью.',
  ])('reads no digression in %j', (text) => {
    expect(selfDeclaredDigression(text)).toBeNull();
  });

  it.each([
    'Not bad. Off topic: who won the match last night?',
    "I don't want to go off topic, but did anyone see the match?",
    'Passt nicht ganz zum Thema, aber hat jemand das Spiel gesehen?',
  ])('still reads one in %j', (text) => {
    expect(selfDeclaredDigression(text)).not.toBeNull();
  });
});

describe('forms from blind batch 26 (thirty-first session)', () => {
  const article = 'the district council raises council tax by five per cent';
  it.each([
    ['Storm damage to your roof this winter? Marlford Roofing & Guttering - free no-obligation quotes. Call today or visit marlfordroofing.co.uk', ['marlfordroofing.co.uk'], 'free no-obligation quotes'],
    ['Hoveniersbedrijf Van Ooijen, al 25 jaar vakkundig. Vraag een vrijblijvende offerte aan via www.vanooijen-hoveniers.nl', ['www.vanooijen-hoveniers.nl'], 'vrijblijvende offerte'],
    ['Malerbetrieb Krause – fordern Sie Ihr unverbindliches Angebot an: www.maler-krause.de', ['www.maler-krause.de'], 'unverbindliches Angebot'],
  ])('reads a sales offer in %j', (text, linkHosts, offer) => {
    const spam = spamEvidence(text, { articleLower: article, linkHosts });
    expect(spam.weight).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(offer);
  });

  it('reads no offer in a reader\'s free quote without a link', () => {
    expect(spamEvidence('We got three free no-obligation quotes before the roof was done.', { articleLower: article, linkHosts: [] }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Waarom kan ik de helft van jullie artikelen niet meer lezen zonder abonnement?', 'lezen zonder abonnement'],
    ['Man kann hier nichts mehr lesen ohne Abo.', 'lesen ohne Abo'],
    ["Can't even read it without a subscription now.", 'read it without a subscription'],
  ])('reads a paywall remark in %j', (text, cue) => {
    expect(aboutTheSite(text, article)?.cue).toBe(cue);
  });

  it('reads another piece in "E dell\'articolo di ieri sulla rotatoria … ne vogliamo parlare?"', () => {
    expect(otherPiece("E dell'articolo di ieri sulla rotatoria di via Emilia Est ne vogliamo parlare?", article)?.cue).toMatch(/^dell'articolo di ieri sulla rotatoria/);
  });
});

describe('a story that repeats itself (thirty-first session)', () => {
  it.each([
    ['Todo ano a mesma novela. Choveu meia hora e pronto, vira rio.', 'pt', 'Todo ano a mesma novela'],
    ['Каждый год одно и то же. Всё лето было, чем занимались?', 'ru', 'Каждый год одно и то же'],
    ["Every year the same story, every year a minister on the radio.", 'en', 'Every year the same story'],
    ['Jedes Jahr das Gleiche mit der Heizung.', 'de', 'Jedes Jahr das Gleiche'],
    ['Ugh, every winter the same thing with these pipes.', 'en', 'Ugh, every winter the same thing'],
  ] as const)('points at the story in %j', (text, lang, cue) => {
    expect(pointsAtStory(text, lang)).toBe(cue);
  });

  it.each([
    ['Am Wochenende schaltet da halt keiner frei, ist jedes mal das Gleiche.', 'de'],
    ['The same story happened to my brother every year he lived there.', 'en'],
  ] as const)('reads no recurring story in %j', (text, lang) => {
    expect(pointsAtStory(text, lang)).toBeNull();
  });
});

describe('declaration forms from the hedged-declaration probe (thirty-first session)', () => {
  it.each([
    'Bit of a digression, but does anyone know a good dentist in town?',
    'Not entirely on topic but congratulations to the rugby club on the promotion!',
    'Nothing to do with the library really, but the bins on Mill Road were not emptied again.',
    'Kleiner Exkurs: weiß jemand, wann das Hallenbad wieder aufmacht?',
    'Passt nicht ganz hierher, aber der Wochenmarkt war heute leer.',
    'Mal kurz was anderes: hat noch jemand kein Internet seit gestern?',
    "Je m'écarte un peu du sujet, mais quelqu'un connaît un bon garagiste ?",
    "Ça n'a pas trop de rapport, mais le feu d'hier soir, c'était où ?",
    'Pardon pour le HS mais mon chat a disparu rue des Lilas.',
    'No tiene mucho que ver, pero menudo partido el del domingo.',
    'Sé que no es el sitio, pero busco a alguien que cuide a mi madre.',
    "Scusate l'OT, qualcuno ha visto un cane nero in via Roma?",
    "So che c'entra poco ma stasera c'è il concerto in piazza.",
    'Klein zijpaadje: kent iemand een goede tandarts?',
    'Heeft er niet echt mee te maken, maar de drempels zijn te hoog.',
    'Sorki za dygresję, poleci ktoś fryzjera w centrum?',
    // (Its pretest word is "digresi": "digress" is not in it.)
    'Perdonad la pequeña digresión, pero ¿sabéis si abre la piscina?',
    'Odbiegnę trochę od tematu: kiedy są Dni Miasta?',
    'Saindo um pouco do assunto: alguém recomenda um mecânico?',
    'Pequeno aparte: os semáforos da avenida estão avariados.',
    'Сорри, отвлекусь немного: у кого-нибудь есть горячая вода?',
  ])('reads a declaration in %j', (text) => {
    expect(selfDeclaredDigression(text)).not.toBeNull();
  });

  it.each([
    'Y aparte siguen pagando la luz.',
    'Daar is een aparte vergunning voor.',
    'The digression in the article about the old mill was the best part.',
  ])('reads none in %j', (text) => {
    // "aparte" is Spanish and Dutch for "apart"; the article's own digression is spoken of.
    const d = selfDeclaredDigression(text);
    expect(d === null || d.strength === 'weak').toBe(true);
  });
});

describe('forms from blind batch 27 (thirty-second session)', () => {
  const article = 'the town council approves the budget for the summer fair';
  it.each([
    // A number after the Portuguese mobile's abbreviation and after "pide cita".
    ['VIDENTE E CURANDEIRO, resolve problemas de amor e mau olhado. Tlm 912 345 678', [], 'sales offer'],
    ['Fisioterapia Ruzafa: ofrecemos masaje deportivo. Pide cita en el 961 22 33 44', [], 'a number to call'],
    // A price "for only" and a promotion's price, beside a link.
    ['Jetzt 3 Monate für nur 29 € trainieren! Infos unter www.fitstudio-nord.de', ['www.fitstudio-nord.de'], 'für nur 29 €'],
    ['Promoção de outono: carta de condução categoria B por 390€. Ligue 217 555 123', [], 'sales offer “Promoção de outono'],
    // A buyer, an employer and a shop's welcome beside a number or a link.
    ['WE BUY HOUSES in any condition, fast cash! Call 555-0147 or visit www.fasthomebuyers.example', ['www.fasthomebuyers.example'], 'a business speaking'],
    ['NOW HIRING delivery drivers, $1,500 sign-on bonus. Apply in person or call 555-0192.', [], 'a business speaking'],
    ['Sofás desde 299 € en Muebles Gil, ¡te esperamos! www.mueblesgil.es', ['www.mueblesgil.es'], 'a business speaking'],
    // A loan between individuals without a guarantor, with an address to write to.
    ['Empréstimos entre particulares sem fiador, resposta em 48h: credito.rapido@gmail.com', [], 'sales offer'],
    ['Préstamos entre particulares, sin aval. Escriba a prestamos.rapidos@gmail.com', [], 'sales offer'],
  ])('reads an advertisement in %j', (text, linkHosts, what) => {
    const spam = spamEvidence(text, { articleLower: article, linkHosts });
    expect(spam.weight, spam.evidence.join(' | ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(what);
  });

  it.each([
    // A price paid, a promotion and a job spoken of, without a link or a number.
    ['They sold the fair tickets for only €5 last year and it was packed.', []],
    ['Die Aktion mit den Freikarten für 10 € war letztes Jahr schon ein Flop.', []],
    ['My son saw a sign saying now hiring at the fairground, good for students.', []],
    // "Assumiamo" as "let us assume", beside a link.
    ['Assumiamo pure che il bilancio sia giusto: www.comune.example/bilancio lo dice chiaramente.', ['www.comune.example']],
    // A number to call given with "cita" as a date, not an appointment asked for.
    ['La cita con el alcalde fue el 12 de mayo de 2019, no antes.', []],
  ])('reads no advertisement in %j', (text, linkHosts) => {
    expect(spamEvidence(text, { articleLower: article, linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it('reads an own channel just opened, asked to subscribe', () => {
    const spam = spamEvidence('Ho aperto un canale YouTube sulla pesca in lago, iscrivetevi!! www.youtube.com/user/pescalago', { articleLower: article, linkHosts: ['www.youtube.com'] });
    expect(spam.evidence.join(' | ')).toContain('own channel');
  });

  it.each([
    ['¡Ramón! Cuánto tiempo, ¿qué tal la espalda?', '¡Ramón! Cuánto tiempo, ¿qué tal la espalda'],
    ['Marta! Che piacere rivederti qui, come stai?', 'Marta! Che piacere rivederti qui, come stai'],
    ['Bin wieder zurück aus dem Urlaub! Hat mich hier einer vermisst?', ' Hat mich hier einer vermisst'],
    ['So nice to see you back, Helen!', 'So nice to see you back, Helen'],
  ])('reads a greeting to a reader, with the name hailed before it, in %j', (text, sentence) => {
    expect(greetsReader(text)?.sentence).toBe(sentence);
  });

  it.each([
    // A time asked of the fair, a fair seen again.
    ['¿Cuánto tiempo dura la feria este año?'],
    ['Che piacere rivedere la fiera in piazza dopo tanti anni.'],
  ])('reads no greeting in %j', (text) => {
    expect(greetsReader(text)).toBeNull();
  });

  it.each([
    ['Is it just me or is the forum really slow since the upgrade?', 'is the forum really slow'],
    ['Da qualche giorno il blog si carica lentissimo.', 'blog si carica lentissimo'],
    ['O site está muito lento hoje.', 'site está muito lento'],
    ['De site laadt erg traag sinds gisteren.', 'site laadt erg traag'],
    ['Dal telefono non si riesce quasi a commentare.', 'non si riesce quasi a commentare'],
    ['Desde que cambiaste los comentarios me pide registrarme cada vez.', 'me pide registrarme'],
    ['The video autoplays under the photo every time.', 'video autoplays'],
    ['Why do I have to sit through a 30 second truck commercial to read this?', 'sit through a 30 second truck commercial'],
  ])('reads a remark on the site in %j', (text, cue) => {
    expect(aboutTheSite(text, article)?.cue.toLowerCase()).toBe(cue.toLowerCase());
  });

  // Each phrase of the third site pattern passes its own pretest.
  it.each(SITE_WORKING_PHRASES.map((p) => [p]))('has a pretest word in the site-working phrase %s', (phrase) => {
    expect(hasHint(phrase.toLowerCase(), 'siteWorking')).toBe(true);
  });

  it('reads no remark on the site in a fair that is slow to set up', () => {
    expect(aboutTheSite('The fair is really slow to set up every year.', article)).toBeNull();
  });

  it('reads another piece in "o que aconteceu ao artigo de ontem sobre o fecho …"', () => {
    expect(otherPiece('Alguém sabe o que aconteceu ao artigo de ontem sobre o fecho das urgências?', article)?.cue).toMatch(/^ao artigo de ontem sobre o fecho/);
  });
});

describe('forms from blind batch 28 (thirty-second session)', () => {
  const article = 'the town closes its free motorhome parking area and opens a paid one';
  it.each([
    ['Wir kaufen Ihren Wohnwagen, auch mit Mängeln! Jetzt anrufen: 0157 1234567', [], 'a business speaking'],
    ['We buy your caravan in any condition, cash same day. Call 07700 900123', [], 'a business speaking'],
    ['Hallo ihr Lieben, ich bin Jana, 41, und reise allein 🚐 Mein Profil findest du auf reise-date.example', ['reise-date.example'], 'dating pitch'],
    ['Hello dear, I am Olga 27 years young, write me on olga.k1990 @ mail.ru i will send photo', [], 'an address to write to'],
    ['I just started a little YouTube channel about camping, it would mean the world if you checked it out and subscribed :) youtube.com/user/campingwithkids', ['youtube.com'], 'own channel'],
  ])('reads an advertisement in %j', (text, linkHosts, what) => {
    const spam = spamEvidence(text, { articleLower: article, linkHosts });
    expect(spam.weight, spam.evidence.join(' | ')).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(spam.evidence.join(' | ')).toContain(what);
  });

  it.each([
    // A reader's purchase, and a reader quoting an e-mail address with spaces, without a pitch.
    ['We buy our diesel at the station by the ring road, it is cheaper: www.fuelprices.example', ['www.fuelprices.example']],
    ['The council says complaints go to parking @ town.example, for what it is worth.', []],
  ])('reads no advertisement in %j', (text, linkHosts) => {
    expect(spamEvidence(text, { articleLower: article, linkHosts }).weight).toBeLessThan(SPAM_THRESHOLD);
  });

  it.each([
    ['Kann mir ein Mod erklären, warum mein Beitrag von gestern hier gelöscht wurde?', 'mein beitrag von gestern hier gelöscht wurde'],
    ['Agree, and the popup asking me to subscribe every single time is maddening.', 'popup asking me to subscribe'],
  ])('reads a remark on the site in %j', (text, cue) => {
    expect(aboutTheSite(text, article)?.cue.toLowerCase()).toBe(cue);
  });

  it('reads a call to cover another story in "Редакция, а почему до сих пор ничего нет про прорыв на Садовой?"', () => {
    expect(selfDeclaredDigression('Редакция, а почему до сих пор ничего нет про прорыв на Садовой?')).not.toBeNull();
  });
});
