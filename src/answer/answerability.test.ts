import { describe, expect, it } from 'vitest';
import { scoredPassage } from '../../test/support/scored-passage.js';
import type { ScoredPassage } from '../core/types.js';
import { statsOfTexts } from '../retrieve/corpus-stats.js';
import { withSharedVocabulary } from '../retrieve/glossary.js';
import { headNoun } from '../text/head-noun.js';
import { judgeAnswerability, unknownCompanyName, unknownKoreanName, unsupportedSpecifics } from './answerability.js';

const passage = (id: string, text: string, lang: 'ko' | 'en' = 'en') => scoredPassage(id, text, { lang });

const corpus = [
  passage('a', 'The Korea Industrial Complex Corporation has its head office in Daegu.'),
  passage('b', 'Opportunity Development Zones were designated in Daegu and Busan in June 2024.'),
  passage('c', 'Industrial complexes numbered 1,330 at the end of 2024.'),
  passage('d', '한국산업단지공단의 본사는 대구에 있다.', 'ko'),
];
const stats = statsOfTexts(corpus.map((p) => p.text));

describe('answerability', () => {
  it("judges the other language's best passages too, though retrieval ranks them after the question's language", () => {
    const filler = Array.from({ length: 40 }, (_, i) => passage(`ko-${i}`, `용인 국가산업단지 관련 기사 ${i}번은 부지와 투자를 다룬다.`, 'ko'));
    const english = passage('en', 'A win-win agreement (상생협약) cut the Yongin project period from 7 to 5 years.');
    const passages = [...filler, english];
    const local = statsOfTexts(passages.map((p) => p.text));
    const judged = judgeAnswerability({ question: '용인 국가산업단지 사업 기간은 상생협약으로 얼마나 줄었어?', lang: 'ko', passages, stats: local });
    expect(judged.uncovered).not.toContain('상생협약');
    expect(judged.topical.map((p) => p.id)).toContain('en');
  });

  it('holds a Korean passage to the thing an English question asks for, though it has no Korean form', () => {
    const korean = [
      passage('fest', '가을 음악 축제는 10월 21일 강변 공원에서 열린다.', 'ko'),
      passage('stage', '가을 음악 축제의 무대는 가로 10m, 세로 8m 이상으로 설치한다.', 'ko'),
    ];
    const notices = Array.from({ length: 8 }, (_, i) => `구청 공지 ${i}호는 주차장 운영 시간을 안내한다.`);
    const local = statsOfTexts([...korean.map((p) => p.text), ...notices]);
    const termPairs = [
      { ko: '가을', en: 'autumn' },
      { ko: '음악', en: 'music' },
      { ko: '축제', en: 'festival' },
      { ko: '10월 21일', en: 'date' },
      { ko: '야간', en: 'night' },
      { ko: '항만', en: 'harbour' },
    ];
    const judge = (question: string) => judgeAnswerability({ question, lang: 'en', passages: korean, stats: local, termPairs });
    // "Storms", "backup" and "rehearsal" have no Korean form: as asides they are left out, and the
    // date of the festival is given.
    expect(judge('If it storms during a backup rehearsal, what is the date of the autumn night music festival in the harbour?').answerable).toBe(true);
    // Asked for, they are what the passage must give, and it cannot.
    expect(judge('If it storms, what is the backup rehearsal date of the autumn night music festival in the harbour?').answerable).toBe(false);
  });

  it('does not hold the noun restating the question word (사람은 누구) as an unknown thing asked for', () => {
    const passages = [
      passage('name', "새 여객선 이름 공모에서 '바다별'을 제출한 해양대학교 김하늘 학생이 대상을 받았다.", 'ko'),
      passage('call', '여객선 이름 공모에는 3,000여 건이 접수되었다.', 'ko'),
    ];
    const local = statsOfTexts([...passages.map((p) => p.text), '항만 공지 1호는 주차장 운영 시간을 안내한다.']);
    const judge = (question: string) => judgeAnswerability({ question, lang: 'ko', passages, stats: local });
    const who = judge("여객선 이름 공모에서 '바다별'을 제출한 사람은 누구인가요?");
    expect(who.features.unknownHead).toBe(0);
    expect(who.answerable).toBe(true);
    // A noun the documents never use that is no category of the question word still is one.
    expect(judge("여객선 이름 공모에서 '바다별'을 제출한 선장은 누구인가요?").features.unknownHead).toBe(1);
  });

  it('judges every passage the answerer reads, not only the first few retrieval ranked', () => {
    const near = Array.from({ length: 11 }, (_, i) => passage(`law-${i}`, `산업집적법 제${i + 3}조는 공장 설립 절차를 정한다.`, 'ko'));
    const definition = passage('def', "산업집적법 제2조 제6호는 '산업집적'을 기업과 연구소, 대학이 모여 연계하는 것으로 정의한다.", 'ko');
    const passages = [...near, definition];
    const local = statsOfTexts(passages.map((p) => p.text));
    const judged = judgeAnswerability({ question: "산업집적법 제2조에서 정의하는 '산업집적'은 무엇인가요?", lang: 'ko', passages, stats: local });
    // The article number stands only in the twelfth passage: judged on the first eight, it was a false premise.
    expect(judged.unsupported).toEqual([]);
    expect(judged.reason).not.toBe('false_premise');
  });

  it('answers when the evidence covers the question, weighted by corpus-wide rarity', () => {
    const judged = judgeAnswerability({ question: 'Where is the head office of the Korea Industrial Complex Corporation?', passages: corpus, stats });
    expect(judged.answerable).toBe(true);
  });

  it('refuses when a rare content word is in no passage, although a topic word matches', () => {
    const judged = judgeAnswerability({ question: 'What is the rainfall of Daegu in July?', passages: corpus, stats });
    expect(judged.answerable).toBe(false);
    // The missing word is the rarest in the corpus, so it outweighs the city that matches.
    const weight = (w: string) => judged.units.find((u) => u.word === w)?.weight ?? 0;
    expect(weight('rainfall')).toBeGreaterThan(weight('Daegu'));
  });

  it('never counts possessive fragments or stop words as question words', () => {
    const judged = judgeAnswerability({ question: "What is Korea's number of industrial complexes?", passages: corpus, stats });
    expect(judged.units.map((u) => u.word)).not.toContain('s');
    expect(judged.units.map((u) => u.word.toLowerCase())).not.toContain('what');
  });

  it('weighs a word by the whole corpus, not by the passages retrieved', () => {
    // ("head office" is one glossary unit, 본사: two words of one passage are weighed here.)
    const few = judgeAnswerability({ question: 'Where is the corporation office?', passages: [corpus[0] as ScoredPassage], stats });
    const weight = (w: string) => few.units.find((u) => u.word === w)?.weight ?? 0;
    expect(weight('corporation')).toBeGreaterThan(0);
    expect(weight('corporation')).toBeCloseTo(weight('office'));
  });

  it('lists as see-also only passages that share a topic word', () => {
    const judged = judgeAnswerability({ question: 'What is the rainfall of Daegu in July?', passages: corpus, stats });
    for (const p of judged.topical) expect(p.text).toMatch(/Daegu|대구/);
  });

  it('refuses a question naming something the corpus never mentions', () => {
    const judged = judgeAnswerability({ question: 'Where is the head office of KICOX in France?', passages: corpus, stats });
    expect(judged.answerable).toBe(false);
  });

  it('reads an acronym the corpus never mentions as a name, even when it opens the question', () => {
    const asked = (question: string) => judgeAnswerability({ question, passages: corpus, stats }).features.unknownName;
    expect(asked('FIFA opened an office in Daegu in June 2024; where is it?')).toBe(1);
    // A capitalised opening word is only the sentence's first.
    expect(asked('Where is the head office of the Korea Industrial Complex Corporation?')).toBe(0);
  });

  it('judges a passage in the other language on the words that have a translation', () => {
    const english = [passage('e', 'Culture-leading industrial complexes were announced on 25 March 2025.'), ...corpus];
    const judged = judgeAnswerability({
      question: '2025년 3월 문화선도산업단지 발표는?',
      lang: 'ko',
      passages: english,
      stats: statsOfTexts(english.map((p) => p.text)),
    });
    expect(judged.answerable).toBe(true);
  });

  it('refuses when the noun whose value is asked for is a word the corpus never uses', () => {
    expect(headNoun('What is the rainfall of Daegu in July?')).toBe('rainfall');
    expect(headNoun('작년 대구 강수량은 얼마인가요?')).toBe('강수량');
    expect(headNoun('Which regions got zones?')).toBeUndefined();
    const judged = judgeAnswerability({ question: 'What is the rainfall of the Korea Industrial Complex Corporation head office?', passages: corpus, stats });
    expect(judged.share).toBeGreaterThan(0.4);
    expect(judged.answerable).toBe(false);
  });

  it('refuses an existential question about something the corpus never names', () => {
    const judged = (q: string) => judgeAnswerability({ question: q, passages: corpus, stats });
    expect(judged('Were there any floods at the Korea Industrial Complex Corporation head office in Daegu?').features.unknownHead).toBe(1);
    expect(judged('Were there any floods at the Korea Industrial Complex Corporation head office in Daegu?').answerable).toBe(false);
    expect(judged('Is there a head office of the Korea Industrial Complex Corporation in Daegu?').features.unknownHead).toBe(0);
  });

  it('tells a word the corpus lacks in the phrase asked for from one beside it', () => {
    const feature = (question: string) => judgeAnswerability({ question, passages: corpus, stats }).features.unknownAsked;
    // "industrial complex salary": the head noun is unknown, the words qualifying it are not.
    const asked = feature('What is the industrial complex salary in Daegu?');
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(1);
    expect(feature('What is the annual rainfall of Daegu?')).toBe(1);
    // The same unknown word outside the phrase asked for: a side word, not the thing asked.
    expect(feature('What is the head office of the Korea Industrial Complex Corporation in rainy Daegu?')).toBe(0);
    expect(feature('Where is the head office of the Korea Industrial Complex Corporation?')).toBe(0);
  });

  it('weighs verbs and back-references like paraphrases, not like unknown topics', () => {
    const judged = judgeAnswerability({ question: "How much of the country's water do factories in industrial complexes consume?", passages: corpus, stats });
    const unit = (w: string) => judged.units.find((u) => u.word === w);
    expect(unit('consume')?.predicate).toBe(true);
    expect(unit('country')?.predicate).toBe(true);
    expect(
      judgeAnswerability({ question: '계획에서 지방정부는 어떤 역할을 맡게 되나요?', passages: corpus, stats }).units.find((u) => u.word === '맡게')?.predicate,
    ).toBe(true);
  });

  it('weighs a verb form the corpus never uses like a paraphrase, but the verbal noun of a 하다 verb as the noun it is', () => {
    const judged = (q: string) => judgeAnswerability({ question: q, passages: corpus, stats });
    const weight = (q: string, w: string) => judged(q).units.find((u) => u.word === w)?.weight ?? Number.NaN;
    // 말고 ("other than") is a verb form; 출퇴근 (commuting) names the event asked about.
    expect(weight('한국산업단지공단 본사 말고 또 어디?', '말고')).toBeLessThan(weight('한국산업단지공단 본사 어디서 출퇴근하냐?', '출퇴근'));
    expect(judged('한국산업단지공단 본사 말고 대구 어디?').features.unknownWeight).toBe(0);
    expect(judged('한국산업단지공단 본사 직원들은 어디서 출퇴근하냐?').features.unknownWeight).toBeGreaterThan(0);
  });

  it("takes a why-question's event as given: a verb the documents never use makes it a false premise", () => {
    const harbour = [passage('h', 'The Ministry of Oceans approved the new Mokpo harbour on 8 March 2024.'), passage('i', 'The Mokpo harbour has 12 berths.')];
    const local = statsOfTexts(harbour.map((p) => p.text));
    const judge = (question: string) => judgeAnswerability({ question, passages: harbour, stats: local });
    const rejected = judge('Why did the Ministry of Oceans reject the Mokpo harbour?');
    expect(rejected.answerable).toBe(false);
    expect(rejected.reason).toBe('false_premise');
    expect(rejected.unsupported.map((s) => s.text)).toEqual(['reject']);
    expect(judge('Why did the Ministry of Oceans approve the Mokpo harbour?').unsupported).toEqual([]);
    // Asking for the reason is asking why.
    expect(judge('What was the reason the Ministry of Oceans rejected the Mokpo harbour?').unsupported.map((s) => s.text)).toContain('rejected');
    // The cause is asked of the sentence that asks why, not of the verbs of another sentence.
    expect(judge('Why did the Ministry of Oceans approve the Mokpo harbour? Who rejected the berths?').unsupported).toEqual([]);
  });

  it('takes the cause asked by an embedded 왜 …-ㄴ지 of its own verb, not of the main verb after it', () => {
    const harbour = [passage('h', '해양수산부는 2024년 3월 목포 신항 부두를 승인했다. 목포 신항은 물동량이 늘어 필요했다.', 'ko')];
    const local = statsOfTexts(harbour.map((p) => p.text));
    const judge = (question: string) => judgeAnswerability({ question, passages: harbour, stats: local });
    // 왜 필요한지 is the embedded question; 꼽았나요 (cited), a verb the documents never use, is asked plainly.
    expect(judge('목포 신항이 왜 필요한지 설명하면서 무엇을 꼽았나요?').unsupported).toEqual([]);
    // A plain why-question still takes its last verb as the event.
    expect(judge('목포 신항은 왜 꼽았나요?').unsupported.map((s) => s.text)).toContain('꼽았');
  });
});

describe('a Korean named complex', () => {
  const stats = { docCount: 10, df: (term: string) => (['부두', '국가', '산업', '단지', '업단'].some((t) => term.includes(t)) ? 5 : 0) };

  it('is unknown when the corpus never uses its place part, however common its kind', () => {
    expect(unknownKoreanName('목포', '목포국가산업단지 입주기업 몇 개?', stats)).toBe(true);
    expect(unknownKoreanName('목포', '목포 부두 입주기업 몇 개?', stats)).toBe(false);
    expect(unknownKoreanName('부두', '부두국가산업단지 입주기업 몇 개?', stats)).toBe(false);
    // A common noun of the shared vocabulary describes the complex, it names none.
    expect(unknownKoreanName('친환경', '친환경 국가산업단지는 얼마나 줄여?', stats)).toBe(false);
    expect(unknownKoreanName('목포', '목포 국가산업단지는 얼마나 줄여?', stats)).toBe(true);
  });

  it('is no name when the word before the kind is a verb describing it', () => {
    const korean = [passage('k', '2025년 문화선도산업단지로 구미, 창원, 완주가 처음 뽑혔다.', 'ko')];
    const local = statsOfTexts(korean.map((p) => p.text));
    const judged = judgeAnswerability({ question: '문화 입힌 산업단지 구미 말고 또 어디 뽑혔냐', passages: korean, stats: local });
    expect(judged.features.unknownName).toBe(0);
    expect(judgeAnswerability({ question: '목포산업단지 말고 또 어디 뽑혔냐', passages: korean, stats: local }).features.unknownName).toBe(1);
  });

  it("is no name when the word before the kind is an everyday word for the documents' own", () => {
    // 낡은 reads as 노후 (plain-words.ts), which the passage uses: the unit is known.
    const korean = [passage('k', '2029년 노후 산업단지는 52개이다.', 'ko')];
    const local = statsOfTexts(korean.map((p) => p.text));
    expect(judgeAnswerability({ question: '낡은 산업단지 몇 개야?', passages: korean, stats: local }).features.unknownName).toBe(0);
  });
});

describe('a Korean company name', () => {
  const stats = { docCount: 10, df: (term: string) => (['삼성', '성전', '전자', 'sk'].includes(term) ? 3 : 0) };

  it('is unknown when the corpus never uses its Hangul name, whatever its Latin initials', () => {
    expect(unknownCompanyName('SK해운', stats)).toBe(true);
    expect(unknownCompanyName('삼성전자', stats)).toBe(false);
    expect(unknownCompanyName('SK', stats)).toBe(false);
  });
});

describe('a Latin name the term table pairs with a Korean word', () => {
  const korean = [passage('k', '달서구 겨울밤 축제는 두류공원에서 열린다.', 'ko'), passage('e', 'The winter festival opens in December.')];
  it('is stated by a Korean passage holding that word', () => {
    const pairs = [{ ko: '달서구', en: 'Dalseo-gu' }];
    expect(unsupportedSpecifics('Where will the Dalseo festival be held?', korean, undefined, pairs)).toEqual([]);
  });

  it('is judged on English passages alone without the pair, and unsupported by a Korean word it does not name', () => {
    expect(unsupportedSpecifics('Where will the Dalseo festival be held?', korean).map((s) => s.text)).toEqual(['Dalseo']);
    const other = [{ ko: '수성구', en: 'Suseong-gu' }];
    expect(unsupportedSpecifics('Where will the Suseong festival be held?', korean, undefined, other).map((s) => s.text)).toEqual(['Suseong']);
  });
});

describe("a body named in Korean, read with the uploads' synonyms", () => {
  const rfp = [passage('r', '제안서는 평가위원회에서 평가한 뒤 협상 대상자를 선정한다.', 'ko')];
  it("is stated by its synonym the uploads use, in the uploads' table only", () => {
    const uploads = withSharedVocabulary([{ ko: '부두', en: 'berth' }], (word) => word === '평가위원회');
    expect(unsupportedSpecifics('부두 축제 심사위원회는 언제 열려?', rfp, undefined, uploads)).toEqual([]);
    expect(unsupportedSpecifics('부두 축제 심사위원회는 언제 열려?', rfp).map((s) => s.text)).toEqual(['심사위원회']);
  });
});

describe('a question asking several things', () => {
  const land = passage('land', '신항 기본계획안은 용지 비축 제도를 새로 도입했다.', 'ko');
  const fees = passage('fees', '항만 사용료는 해마다 물가에 맞춰 조정된다.', 'ko');
  const reshape = passage('reshape', '낡은 부두는 구역 단위로 공간을 재편하는 방식으로 바꾼다.', 'ko');
  const move = passage('move', '여객 터미널은 2031년에 북항으로 옮긴다.', 'ko');
  const notices = Array.from({ length: 12 }, (_, i) => `항만청 공지 ${i}호는 주차장 운영 시간을 안내한다.`);
  const local = statsOfTexts([land, fees, reshape, move].map((p) => p.text).concat(notices));
  const question = '신항 용지 비축 제도와 부두 재편 방식은 뭐고, 여객 터미널은 언제 옮겨?';

  it('is judged part by part, each part on the passage that covers it best', () => {
    // No passage, nor the first two together, holds half of what is asked; each part is in one passage.
    const passages = [land, fees, reshape, move];
    expect(judgeAnswerability({ question, lang: 'ko', passages, stats: local, byParts: false }).answerable).toBe(false);
    expect(judgeAnswerability({ question, lang: 'ko', passages, stats: local }).answerable).toBe(true);
  });

  it('is not answered when one part has no evidence at all', () => {
    expect(judgeAnswerability({ question, lang: 'ko', passages: [land, fees, reshape], stats: local }).answerable).toBe(false);
  });
});
