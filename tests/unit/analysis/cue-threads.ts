/**
 * One small hand-written thread per language (en, de, fr, es, ru) under a news story about a
 * new tram line, with a comment for each cue rule in cues.ts and off-topic.ts: spam, a
 * self-declared digression and the replies under it (one drifting on, one coming back), a
 * social reply in an on-topic exchange and one under the digression, a reply that leaves its
 * thread on one shared word and a reply under that, and a "speaking of …" turn. Written for
 * these tests; `expect` is what a careful reader would mark (the mark's code, or null).
 */
export interface CueComment {
  text: string;
  /** Index of the parent in the thread, -1 for top level. */
  parent: number;
  /** The mark code a reader expects, or null for none (on topic, or not judged). */
  expect: string | null;
}

export interface CueThread {
  lang: 'en' | 'de' | 'fr' | 'es' | 'ru';
  article: { title: string; text: string };
  comments: CueComment[];
}

export const CUE_THREADS: readonly CueThread[] = [
  {
    lang: 'en',
    article: {
      title: 'Riverton approves new tram line through the old town',
      text: [
        'The city council approved a new tram line on Tuesday.',
        'The line will run from the main station through the old town to the hospital.',
        'Construction starts next spring and will take two years. Trams will run every six minutes during the day.',
        'Shops in the old town fear the construction will keep customers away.',
      ].join('\n'),
    },
    comments: [
      { text: 'The tram line through the old town will finally connect the station with the hospital.', parent: -1, expect: null },
      { text: 'I earn $90/hour working from home with this simple method, message me on WhatsApp for details!', parent: -1, expect: 'offtopic_spam' },
      { text: 'Off topic, but did anyone get the new earbuds from the electronics fair?', parent: -1, expect: 'offtopic_self_declared' },
      { text: 'Mine crackle in the left ear after a week, the battery case feels cheap and the app keeps crashing.', parent: 2, expect: 'offtopic_drift' },
      { text: 'Back to the tram: the construction will block the old town for two years.', parent: 2, expect: null },
      { text: 'Makes sense, thanks. A bit circular, but reasonable.', parent: 0, expect: null },
      { text: 'Thanks, good to know!', parent: 3, expect: 'offtopic_inherits_parent' },
      { text: 'The council says the new trams come from a factory in Bautzen.', parent: -1, expect: null },
      { text: 'Bautzen has a wonderful mustard museum, my grandmother collected mustard jars and spoons from every holiday trip.', parent: 7, expect: 'offtopic_stray_word' },
      { text: 'My aunt collects spoons too, she has hundreds of them from every country she visited.', parent: 8, expect: 'offtopic_drift' },
      { text: 'Will the tram stops in the old town have ramps for wheelchairs and prams?', parent: 9, expect: null },
      { text: 'The old trams from the seventies had wooden seats, my grandfather drove one.', parent: -1, expect: null },
      { text: 'Speaking of grandfathers, mine restored vintage motorbikes and won prizes at every county show.', parent: 11, expect: 'offtopic_changes_subject' },
    ],
  },
  {
    lang: 'de',
    article: {
      title: 'Stadtrat beschließt neue Straßenbahnlinie durch die Altstadt',
      text: [
        'Der Stadtrat hat am Dienstag eine neue Straßenbahnlinie beschlossen.',
        'Die Linie soll vom Hauptbahnhof durch die Altstadt bis zum Klinikum fahren.',
        'Der Bau beginnt im nächsten Frühjahr und dauert zwei Jahre. Die Bahnen sollen tagsüber alle sechs Minuten fahren.',
        'Die Geschäfte in der Altstadt fürchten, dass die Baustelle Kunden fernhält.',
      ].join('\n'),
    },
    comments: [
      { text: 'Die Straßenbahn durch die Altstadt verbindet endlich den Hauptbahnhof mit dem Klinikum.', parent: -1, expect: null },
      { text: 'Ich verdiene 300 € pro Tag von zu Hause aus, ganz einfach. Schreib mir auf WhatsApp!', parent: -1, expect: 'offtopic_spam' },
      { text: 'Hat nichts mit dem Artikel zu tun, aber kennt jemand einen guten Zahnarzt in Bornheim?', parent: -1, expect: 'offtopic_self_declared' },
      { text: 'Meiner hat mir letztes Jahr eine Krone eingesetzt, die nach drei Wochen schon wackelte, nie wieder.', parent: 2, expect: 'offtopic_drift' },
      { text: 'Zurück zur Straßenbahn: die Baustelle wird die Altstadt zwei Jahre lang lahmlegen.', parent: 2, expect: null },
      { text: 'Danke, ergibt Sinn. Ein bisschen umständlich, aber vernünftig.', parent: 0, expect: null },
      { text: 'Danke, gut zu wissen!', parent: 3, expect: 'offtopic_inherits_parent' },
      { text: 'Laut Stadtrat kommen die neuen Bahnen aus einem Werk in Bautzen.', parent: -1, expect: null },
      { text: 'Bautzen hat ein wunderbares Senfmuseum, meine Oma sammelte Senfgläser und Löffel von jeder Urlaubsreise.', parent: 7, expect: 'offtopic_stray_word' },
      { text: 'Meine Tante sammelt auch Löffel, sie hat Hunderte aus jedem Land, das sie besucht hat.', parent: 8, expect: 'offtopic_drift' },
      { text: 'Bekommen die Haltestellen der Straßenbahn in der Altstadt eigentlich Rampen für Rollstühle?', parent: 9, expect: null },
      { text: 'Die alten Straßenbahnen aus den Siebzigern hatten Holzsitze, mein Großvater fuhr eine.', parent: -1, expect: null },
      { text: 'Apropos Großvater, meiner restaurierte Oldtimer-Motorräder und gewann Preise auf jeder Kreisschau.', parent: 11, expect: 'offtopic_changes_subject' },
    ],
  },
  {
    lang: 'fr',
    article: {
      title: 'Le conseil municipal approuve une nouvelle ligne de tramway dans la vieille ville',
      text: [
        'Le conseil municipal a approuvé mardi une nouvelle ligne de tramway.',
        'La ligne reliera la gare centrale à l’hôpital en traversant la vieille ville.',
        'Les travaux commencent au printemps prochain et dureront deux ans. Les rames passeront toutes les six minutes en journée.',
        'Les commerçants de la vieille ville craignent que le chantier éloigne les clients.',
      ].join('\n'),
    },
    comments: [
      { text: 'Le tramway dans la vieille ville reliera enfin la gare à l’hôpital.', parent: -1, expect: null },
      { text: 'Je gagne 250 € par jour depuis chez moi avec une méthode simple, écrivez-moi sur Telegram !', parent: -1, expect: 'offtopic_spam' },
      { text: 'Hors sujet, mais quelqu’un a essayé le nouveau restaurant vietnamien près du marché couvert ?', parent: -1, expect: 'offtopic_self_declared' },
      { text: 'Les nems étaient froids et le bouillon trop salé, le serveur a oublié notre dessert.', parent: 2, expect: 'offtopic_drift' },
      { text: 'Pour revenir au tramway : le chantier va bloquer la vieille ville pendant deux ans.', parent: 2, expect: null },
      { text: 'Merci, c’est logique, bonne remarque. Un peu tordu, mais raisonnable.', parent: 0, expect: null },
      { text: 'Merci, bon à savoir !', parent: 3, expect: 'offtopic_inherits_parent' },
      { text: 'Selon le conseil, les nouvelles rames viennent d’une usine à Bautzen.', parent: -1, expect: null },
      { text: 'Bautzen a un merveilleux musée de la moutarde, ma grand-mère collectionnait les pots et les cuillères de chaque voyage.', parent: 7, expect: 'offtopic_stray_word' },
      { text: 'Ma tante collectionne aussi les cuillères, elle en a des centaines de chaque pays visité.', parent: 8, expect: 'offtopic_drift' },
      { text: 'Les arrêts du tramway dans la vieille ville auront-ils des rampes pour les fauteuils roulants ?', parent: 9, expect: null },
      { text: 'Les anciens tramways des années soixante-dix avaient des sièges en bois, mon grand-père en conduisait un.', parent: -1, expect: null },
      { text: 'En parlant de grand-père, le mien restaurait des motos anciennes et gagnait des prix à chaque foire agricole.', parent: 11, expect: 'offtopic_changes_subject' },
    ],
  },
  {
    lang: 'es',
    article: {
      title: 'El ayuntamiento aprueba una nueva línea de tranvía por el casco antiguo',
      text: [
        'El pleno del ayuntamiento aprobó el martes una nueva línea de tranvía.',
        'La línea irá desde la estación central hasta el hospital atravesando el casco antiguo.',
        'Las obras empiezan la próxima primavera y durarán dos años. Los tranvías pasarán cada seis minutos durante el día.',
        'Los comercios del casco antiguo temen que las obras alejen a los clientes.',
      ].join('\n'),
    },
    comments: [
      { text: 'El tranvía por el casco antiguo por fin conectará la estación con el hospital.', parent: -1, expect: null },
      { text: 'Gano 200 dólares al día desde casa con un método sencillo, escríbeme por WhatsApp.', parent: -1, expect: 'offtopic_spam' },
      { text: 'Fuera de tema, pero ¿alguien sabe de un buen dentista en el barrio de Gracia?', parent: -1, expect: 'offtopic_self_declared' },
      { text: 'El mío me puso una corona que se movía a las tres semanas, nunca más vuelvo.', parent: 2, expect: 'offtopic_drift' },
      { text: 'Volviendo al tranvía: las obras van a bloquear el casco antiguo durante dos años.', parent: 2, expect: null },
      { text: 'Gracias, tiene sentido, buen punto. Un poco enrevesado, pero razonable.', parent: 0, expect: null },
      { text: '¡Gracias, bueno saberlo!', parent: 3, expect: 'offtopic_inherits_parent' },
      { text: 'Según el ayuntamiento, los nuevos tranvías vienen de una fábrica en Bautzen.', parent: -1, expect: null },
      { text: 'Bautzen tiene un museo de la mostaza precioso, mi abuela coleccionaba tarros y cucharillas de cada viaje.', parent: 7, expect: 'offtopic_stray_word' },
      { text: 'Mi tía también colecciona cucharillas, tiene cientos de cada país que ha visitado.', parent: 8, expect: 'offtopic_drift' },
      { text: '¿Las paradas del tranvía en el casco antiguo tendrán rampas para sillas de ruedas?', parent: 9, expect: null },
      { text: 'Los tranvías antiguos de los setenta tenían asientos de madera, mi abuelo conducía uno.', parent: -1, expect: null },
      { text: 'Hablando de abuelos, el mío restauraba motos clásicas y ganaba premios en cada feria comarcal.', parent: 11, expect: 'offtopic_changes_subject' },
    ],
  },
  {
    lang: 'ru',
    article: {
      title: 'Горсовет утвердил новую трамвайную линию через старый город',
      text: [
        'Во вторник городской совет утвердил строительство новой трамвайной линии.',
        'Линия пройдёт от центрального вокзала через старый город до больницы.',
        'Строительство начнётся следующей весной и займёт два года. Трамваи будут ходить каждые шесть минут днём.',
        'Магазины в старом городе опасаются, что стройка отпугнёт покупателей.',
      ].join('\n'),
    },
    comments: [
      { text: 'Трамвай через старый город наконец соединит вокзал с больницей.', parent: -1, expect: null },
      { text: 'Зарабатываю от 5000 рублей в день, не выходя из дома. Пишите в телеграм!', parent: -1, expect: 'offtopic_spam' },
      { text: 'Не по теме, но кто-нибудь знает хорошего стоматолога на Васильевском острове?', parent: -1, expect: 'offtopic_self_declared' },
      { text: 'Мой поставил мне коронку, которая зашаталась через три недели, больше никогда к нему не пойду.', parent: 2, expect: 'offtopic_drift' },
      { text: 'Возвращаясь к трамваю: стройка на два года перекроет старый город.', parent: 2, expect: null },
      { text: 'Спасибо, логично, хороший аргумент. Немного запутанно, но разумно.', parent: 0, expect: null },
      { text: 'Спасибо, буду знать!', parent: 3, expect: 'offtopic_inherits_parent' },
      { text: 'По словам горсовета, новые трамваи делают на заводе в Баутцене.', parent: -1, expect: null },
      { text: 'В Баутцене есть чудесный музей горчицы, бабушка собирала баночки и ложечки из каждой поездки.', parent: 7, expect: 'offtopic_stray_word' },
      { text: 'Моя тётя тоже собирает ложечки, у неё их сотни из каждой страны, где она побывала.', parent: 8, expect: 'offtopic_drift' },
      { text: 'А на остановках трамвая в старом городе будут пандусы для инвалидных колясок?', parent: 9, expect: null },
      { text: 'Старые трамваи семидесятых были с деревянными сиденьями, мой дед водил такой.', parent: -1, expect: null },
      { text: 'Кстати о дедах, мой реставрировал мотоциклы и получал призы на каждой районной выставке.', parent: 11, expect: 'offtopic_changes_subject' },
    ],
  },
];
