import { describe, expect, it } from 'vitest';
import { analyzeExtraction } from '../../../utils/analysis/analyze';
import { judgeOffTopic, markOffTopic, type OffTopicInput } from '../../../utils/analysis/off-topic';
import type { Sensitivity } from '../../../utils/schema';
import { seedExtraction } from './seed-fixture';

const marksOf = (sensitivity: Sensitivity) =>
  Object.fromEntries(
    analyzeExtraction(seedExtraction(), { sensitivity }).comments.map((c) => [c.id, c.marks.map((m) => m.kind)]),
  );

describe('the seed page', () => {
  it('marks C5, C6, C7 off-topic and C9 link-only, and nothing else (C4 may go either way)', () => {
    const marks = marksOf('normal');
    expect(marks.C5).toEqual(['off-topic']);
    expect(marks.C6).toEqual(['off-topic']);
    expect(marks.C7).toEqual(['off-topic']);
    expect(marks.C9).toEqual(['link-only']);
    for (const id of ['C1', 'C2', 'C3', 'C8', 'C10', 'C11', 'C12', 'C13', 'C14']) expect(marks[id], id).toEqual([]);
    expect([[], ['off-topic']]).toContainEqual(marks.C4);
  });

  it('gives each off-topic mark a reason naming what the comment is about, and a score', () => {
    const result = analyzeExtraction(seedExtraction(), { sensitivity: 'normal' });
    const c7 = result.comments.find((c) => c.id === 'C7')?.marks[0];
    // C7 answers C6, which already left the article: the drift is named from where it started.
    expect(c7?.reason).toMatch(/^continues a sub-thread that left the article at D’s comment and does not come back to it; about: .*lennon/);
    expect(c7?.code).toBe('offtopic_drift');
    for (const c of result.comments) {
      for (const m of c.marks) {
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('marks at least as much when stricter', () => {
    const count = (s: Sensitivity) => Object.values(marksOf(s)).filter((k) => k.includes('off-topic')).length;
    expect(count('lenient')).toBeLessThanOrEqual(count('normal'));
    expect(count('normal')).toBeLessThanOrEqual(count('strict'));
    // Comments with article key terms stay unmarked even when strict (C11, which leans on
    // its parent's words alone, may not).
    const strict = marksOf('strict');
    for (const id of ['C1', 'C2', 'C3', 'C8', 'C10', 'C12', 'C13', 'C14']) expect(strict[id], id).toEqual([]);
  });
});

const ARTICLE = {
  title: 'Drought forces farmers to cut wheat harvest',
  text: [
    'Farmers across the plains say the drought has cut the wheat harvest by a third this year.',
    'Wheat prices rose sharply as the drought spread, and farmers warned that irrigation costs keep climbing.',
    'The agriculture ministry promised drought relief for farmers who lost most of their wheat.',
  ].join('\n'),
};

function judge(comments: [text: string, parent: number][], sensitivity: Sensitivity = 'normal', article = ARTICLE, lang: OffTopicInput['lang'] = 'en') {
  const input: OffTopicInput = {
    article,
    lang,
    comments: comments.map(([text]) => ({ text })),
    parentIndex: comments.map(([, parent]) => parent),
    sensitivity,
  };
  return judgeOffTopic(input);
}

describe('judgeOffTopic', () => {
  it('marks a moderators\' notice even when it names the subject to come back to', () => {
    const [, b] = judge([
      ['Drought relief never reaches small farmers, the ministry forgets us every year.', -1],
      ['Please keep comments to the story, folks: this is about the drought and the wheat harvest.', -1],
    ]);
    expect(b?.status).toBe('off-topic');
    expect(b?.mark?.code).toBe('offtopic_about_site');
    expect(b?.mark?.reason).toMatch(/Please keep comments to the story/);
  });

  it('keeps comments that share key terms with the article, matching inflected forms', () => {
    const [a, b] = judge([
      ['The droughts ruined my harvests too, the farmer next door lost everything.', -1],
      ['Irrigating is too expensive for small farmers around here, honestly.', -1],
    ]);
    expect(a?.status).toBe('on-topic');
    expect(b?.status).toBe('on-topic');
  });

  it('marks a comment about something else, naming its words', () => {
    const [j] = judge([['My favourite football team lost again on Sunday, terrible goalkeeper, and the striker missed two penalties.', -1]]);
    expect(j?.status).toBe('off-topic');
    expect(j?.mark?.reason).toMatch(/^shares (no key terms|only minor terms \(lost\)) with the article; about: .*(goalkeeper|football)/);
  });

  it('keeps a comment that repeats one of the article\'s figures, in other words', () => {
    const article = { ...ARTICLE, text: `${ARTICLE.text}\nThe relief fund holds 310,000 dollars.` };
    const [j] = judge([['Honestly 310k is a rounding error next to what the supermarket chains pocket every month.', -1]], 'normal', article);
    expect(j?.status).toBe('on-topic');
    const [k] = judge([['Honestly 420k is a rounding error next to what the supermarket chains pocket every month.', -1]], 'normal', article);
    expect(k?.status).toBe('off-topic');
  });

  it('does not let general words ("people", "think", "said") carry a comment', () => {
    const article = { ...ARTICLE, text: `${ARTICLE.text}\nPeople said they think the year was hard.` };
    const [j] = judge([['People said they think the concert was loud, the singer was brilliant and the guitarist played encores.', -1]], 'normal', article);
    expect(j?.status).toBe('off-topic');
  });

  it('does not mark a reply that opens by agreeing on its own words; under an off-topic comment it is judged', () => {
    const js = judge([
      ['The drought hit our wheat farm hard this year, irrigation costs doubled.', -1],
      ['Same here. My cousin sold his tractors and now drives a delivery van around the city.', 0],
      ['My favourite football team lost again on Sunday, terrible goalkeeper, and the striker missed two penalties.', -1],
      ['Same here. My cousin sold his season ticket and now drives a delivery van around the city.', 2],
    ]);
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'unjudged', 'off-topic', 'off-topic']);
  });

  it('marks a drifting sub-thread from where the drift starts; the drift does not carry its replies', () => {
    const js = judge([
      ['The drought hit our wheat farm hard this year.', -1],
      ['Speaking of hard years, my guitar band broke up and our drummer moved to Lisbon.', 0],
      ['Lisbon is lovely, the drummer should join a guitar band there.', 1],
      ['Wheat farmers need drought relief now, not promises.', 2],
    ]);
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'off-topic', 'off-topic', 'on-topic']);
  });

  it('keeps a drift off topic when a reply shares one passing word with the article; a reply that comes back stays on topic', () => {
    const js = judge([
      ['The drought hit our wheat farm hard this year.', -1],
      ['Did anyone see the derby on Saturday? Two red cards in the first half and a penalty at the end.', 0],
      ['Saw it at the pub. The referee lost control after the second booking, the home fans were furious.', 1],
      // One word of the article each ("ministry", "plains", "spread"), in passing (DRIFT_RETURN_FACTOR):
      ['The ministry of silly walks would have refereed it better, honestly.', 2],
      ['The plains team always plays dirty away from home, nothing new there.', 2],
      ['He spread panic in the defence all afternoon, the fans kept booing him.', 2],
      ['Back to the drought: wheat farmers need relief now, not promises.', 2],
    ]);
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'off-topic', 'off-topic', 'off-topic', 'off-topic', 'off-topic', 'on-topic']);
    for (const j of js.slice(3, 6)) expect(j.mark?.code).toBe('offtopic_drift');
  });

  it('judges a hedged declaration ("a bit off topic, but …") by the article, at twice its evidence', () => {
    const js = judge([
      ['A bit off topic, but did anyone watch the snooker final last night?', -1],
      ['A bit off topic, but the prices at the new cinema are a joke.', -1],
      ['Slightly off topic, but the drought relief the ministry promised farmers never reached our wheat co-op last time either.', -1],
      ['Off topic, but the drought relief the ministry promised farmers never reached our wheat co-op last time either.', -1],
    ]);
    expect(js.map((j) => j.status)).toEqual(['off-topic', 'off-topic', 'on-topic', 'off-topic']);
    expect(js.map((j) => j.mark?.code)).toEqual(['offtopic_changes_subject', 'offtopic_changes_subject', undefined, 'offtopic_self_declared']);
    expect(js[0]?.mark?.reason).toMatch(/^turns to another subject \(“A bit off topic”\) that the article is not about/);
  });

  it('counts the discussion\'s own vocabulary (a term used across other threads) as context', () => {
    const silos = [
      'Those concrete grain silos by the old railway depot stood empty all autumn long.',
      'Our cooperative built two new grain silos last decade, a waste of money now, members grumble.',
      'Grain silos everywhere in the county sit idle, nobody is storing anything in them this season.',
      'Insurance for grain silos went up again, my neighbour complained bitterly.',
      'Grain silos are rusting along the highway since spring, what a sight.',
    ];
    // Five threads talk about silos: each comment is on topic by the others.
    const wide = judge(silos.map((t) => [t, -1]));
    expect(wide.map((j) => j.status)).toEqual(['on-topic', 'on-topic', 'on-topic', 'on-topic', 'on-topic']);
    // Three threads are not a discussion's vocabulary yet…
    const few = judge(silos.slice(0, 3).map((t) => [t, -1]));
    expect(few.map((j) => j.status)).toEqual(['off-topic', 'off-topic', 'off-topic']);
    // …and five comments in one sub-thread are one thread: a drift stays a drift.
    const oneThread = judge([
      ['The drought hit our wheat farm hard this year.', -1],
      [silos[0] ?? '', 0],
      ...silos.slice(1).map((t, k): [string, number] => [t, k + 1]),
    ]);
    expect(oneThread[1]?.status).toBe('off-topic');
  });

  it('when lenient, takes a short top-level comment that shares nothing with the article for a reaction to it, unless it asks the readers something', () => {
    const comments: [string, number][] = [
      ['My cat learned to open the fridge door yesterday evening.', -1],
      ['Anyone watching the snooker tonight? Higgins is on form.', -1],
      ['Speaking of Sundays, our choir sings at noon.', -1],
    ];
    const lenient = judge(comments, 'lenient');
    expect(lenient[0]).toMatchObject({ status: 'unjudged', mark: null });
    expect(lenient[1]?.status).toBe('off-topic');
    expect(lenient[2]?.status).toBe('off-topic');
    // Normal and strict judge the reaction by its words.
    expect(judge(comments, 'normal')[0]?.status).toBe('off-topic');
    expect(judge(comments, 'strict')[0]?.status).toBe('off-topic');
    // A reply of the same length is judged against its thread, also when lenient.
    const reply = judge([['The drought hit our wheat farm hard this year.', -1], ['My choir sings Handel at noon on Sunday, the soprano is superb.', 0]], 'lenient');
    expect(reply[1]?.status).toBe('off-topic');
  });

  it('lets a reply lean on its on-topic parent', () => {
    const js = judge([
      ['The ministry relief money never reaches the small growers, the subsidy paperwork is absurd.', -1],
      ['That subsidy paperwork took my cousin four months.', 0],
    ]);
    expect(js[1]?.status).toBe('on-topic');
  });

  it('does not judge comments too short to judge, unless they answer an off-topic comment', () => {
    const js = judge([
      ['Drought and wheat, a sad story.', -1],
      ['Exactly!', 0],
      ['My favourite football team lost again on Sunday, terrible goalkeeper, and the striker missed two penalties.', -1],
      ['Exactly!', 2],
    ]);
    expect(js[1]).toMatchObject({ status: 'unjudged', mark: null });
    expect(js[3]?.status).toBe('off-topic');
    expect(js[3]?.mark?.reason).toMatch(/^a short reaction to an off-topic comment/);
    expect(js[3]?.mark?.code).toBe('offtopic_inherits_parent');
  });

  it('judges a short comment that names something its context never mentions', () => {
    const js = judge([
      ['The drought hit our wheat farm hard.', -1],
      ['Imagine no Beatles', 0],
      ['Totally agree', 0],
    ]);
    expect(js[1]?.status).toBe('off-topic');
    expect(js[2]?.status).toBe('unjudged');
  });

  // THREAD_REPLY_MARK_TERMS: a short reply that shares a minor word ("year") with an on-topic
  // conversation is left unjudged; one that shares nothing is still judged ("Imagine no Beatles" above).
  it('does not mark a short reply inside an on-topic conversation for sharing only a minor word', () => {
    const js = judge([
      ['My brother drives a grain truck for the co-op, and this year the wheat harvest is tiny.', -1],
      ['Any openings this year? Retail pays nothing, honestly.', 0],
    ]);
    expect(js[0]?.status).toBe('on-topic');
    expect(js[1]).toMatchObject({ status: 'unjudged', mark: null });
  });

  // A remark on the site is not held by the discussion's own vocabulary: a word every thread uses
  // ("Redaktion" here) says nothing of the article (DISCUSSION_WEIGHT).
  it('marks a remark on the site whose only other shared word is the discussion’s vocabulary', () => {
    const article = {
      title: 'Stadt schließt das Nordbad zum Jahresende',
      text: 'Der Rat hat knapp für die Schließung des Nordbads gestimmt. Die Sanierung des Hallenbads würde 4,2 Millionen Euro kosten. Schwimmvereine und Schulen müssen ins Südbad ausweichen.',
    };
    const texts = [
      'Die Schwimmvereine trifft das hart, und die Redaktion schreibt nix dazu.',
      'Für die Schulen ist das Südbad viel zu weit, sagt auch die Redaktion.',
      'Die Sanierung war seit Jahren überfällig, das hat die Redaktion oft berichtet.',
      'Vier Millionen für das Hallenbad, die Redaktion hätte nachfragen sollen.',
      'Mein Beitrag von gestern Abend ist immer noch nicht freigeschaltet. Liebe Redaktion, was soll das?',
    ];
    const js = judgeOffTopic({ article, lang: 'de', comments: texts.map((text) => ({ text })), parentIndex: texts.map(() => -1), sensitivity: 'normal' });
    expect(js.slice(0, 4).map((j) => j.status)).toEqual(['on-topic', 'on-topic', 'on-topic', 'on-topic']);
    expect(js[4]?.mark?.code).toBe('offtopic_about_site');
  });

  it('moves the threshold with sensitivity', () => {
    // One weak, thread-only link: enough when lenient, not when strict.
    const thread: [string, number][] = [
      ['Farmers here switched to sorghum after the drought, sorghum needs less water.', -1],
      ['Sorghum beer is popular in my hometown, brewed every summer festival season.', 0],
    ];
    expect(judge(thread, 'lenient')[1]?.status).toBe('on-topic');
    expect(judge(thread, 'strict')[1]?.status).toBe('off-topic');
  });

  it('judges nothing without an article', () => {
    const js = judge([['My favourite football team lost again on Sunday, terrible goalkeeper.', -1]], 'strict', {
      title: '',
      text: '',
    });
    expect(js[0]?.status).toBe('unjudged');
    expect(
      markOffTopic({ article: null, lang: 'en', comments: [{ text: 'anything at all here now' }], parentIndex: [-1], sensitivity: 'strict' }),
    ).toEqual([null]);
  });

  it('skips link-only comments and treats them as no context', () => {
    const js = judgeOffTopic({
      article: ARTICLE,
      lang: 'en',
      comments: [{ text: 'https://example.com/football-goalkeeper-news' }, { text: 'Exactly!' }],
      parentIndex: [-1, 0],
      skip: [true, false],
      sensitivity: 'strict',
    });
    expect(js.map((j) => j.mark)).toEqual([null, null]);
  });

  it('matches German compounds through a shared part ("Kommunalwahlen" / "Stichwahl")', () => {
    const article = {
      title: 'Bürgermeisterwahl in Hollbach: Stichwahl zwischen Albers und Petri',
      text: 'In Hollbach fällt die Entscheidung erst in der Stichwahl. Die Wahlbeteiligung lag bei 41 Prozent. Kandidaten sprachen über Kitas und Schulen.',
    };
    const js = judgeOffTopic({
      article,
      lang: 'de',
      comments: [
        { text: 'Bei Kommunalwahlen ist das leider normal, in den Nachbarorten waren es noch weniger.' },
        { text: 'Mein Fußballverein hat am Sonntag wieder verloren, der Torwart war furchtbar und der Stürmer vergab zwei Elfmeter.' },
      ],
      parentIndex: [-1, -1],
      sensitivity: 'normal',
    });
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'off-topic']);
  });

  it('leaves a short answer inside an on-topic conversation unjudged, but judges a long drift', () => {
    const js = judge([
      ['Does the drought relief cover irrigation for wheat farmers?', -1],
      ['Yes, eight hours a week, perfect.', 0],
      ['Speaking of weeks, my guitar band plays Lisbon next Sunday and the drummer is brilliant.', 0],
    ]);
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'unjudged', 'off-topic']);
  });

  it('counts matches beyond the strongest one at a discount', () => {
    const [both, wheat, irrigation] = judge([
      ['Wheat and irrigation.', -1],
      ['Wheat.', -1],
      ['Irrigation.', -1],
    ]);
    const [strong, weak] = [wheat?.evidence ?? 0, irrigation?.evidence ?? 0].sort((a, b) => b - a);
    expect(both?.evidence).toBeCloseTo((strong ?? 0) + 0.5 * (weak ?? 0), 6);
  });

  it('works in German', () => {
    const article = {
      title: 'Dürre zwingt Bauern zu kleinerer Weizenernte',
      text: 'Die Bauern sagen, die Dürre habe die Weizenernte um ein Drittel verringert. Die Weizenpreise stiegen, und die Bauern warnten vor hohen Kosten für die Bewässerung.',
    };
    const js = judgeOffTopic({
      article,
      lang: 'de',
      comments: [
        { text: 'Die Dürren treffen die kleinen Bauernhöfe am härtesten, unser Weizen ist verdorrt.' },
        { text: 'Mein Fußballverein hat am Sonntag wieder verloren, der Torwart war furchtbar und der Stürmer vergab zwei Elfmeter.' },
      ],
      parentIndex: [-1, -1],
      sensitivity: 'normal',
    });
    expect(js.map((j) => j.status)).toEqual(['on-topic', 'off-topic']);
  });
});

// Polish is read with its own stop words since the twenty-first session (batch 12's Polish blind
// thread was read as an unknown language before, where every function word counts as a shared
// term, and nothing was marked). No stemmer exists for it: inflected forms meet by their beginnings.
describe('judgeOffTopic in Polish', () => {
  const article = {
    title: 'Nowa strefa płatnego parkowania w centrum Kielc',
    text: [
      'Od lipca strefa płatnego parkowania obejmie kolejne ulice w centrum miasta.',
      'Godzina parkowania będzie kosztować cztery złote, a mieszkańcy dostaną abonament.',
      'Radni twierdzą, że strefa zmniejszy liczbę samochodów w centrum.',
    ].join('\n'),
  };
  it('keeps a comment about the parking zone in other inflected forms, and marks one about a football match', () => {
    const [a, b] = judge([
      ['Abonamentu dla mieszkańców nie dostanie nikt z sąsiednich ulic, a strefy i tak nie zmniejszą korków w centrum.', -1],
      ['Czy ktoś wie, o której w sobotę gra Korona i czy są jeszcze bilety na mecz z Lechem?', -1],
    ], 'normal', article, 'pl');
    expect(a?.status).toBe('on-topic');
    expect(b?.status).toBe('off-topic');
  });
});

// A complaint about the site that names the article only as what the site fails to show is about
// the site (a blind tune thread of batch 13); praise beside it keeps the comment on the article.
describe('a remark about the site that mentions the article', () => {
  const article = {
    title: 'La mairie installe des ruches sur les toits',
    text: 'Six ruches ont été posées sur le toit de la médiathèque. Le miel sera vendu au marché public. Les apiculteurs du club suivront les essaims toute la saison, et la mairie prévoit des visites pour les écoles.',
  };
  it('is off topic when the article is only what cannot be read', () => {
    const [a] = judge([["Impossible de lire l'article sur mobile, une pub vidéo recouvre la moitié de l'écran.", -1]], 'normal', article, 'fr');
    expect(a?.mark?.code).toBe('offtopic_about_site');
  });
  it('stays on topic with praise of the article beside it', () => {
    const [a] = judge([["Merci pour l'article ! Par contre une pub vidéo recouvre la moitié de l'écran.", -1]], 'normal', article, 'fr');
    expect(a?.status).not.toBe('off-topic');
  });
});
