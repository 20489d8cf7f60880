import { describe, expect, it } from 'vitest';
import { mendShortTypo, mendTypo, normaliseQuestion, oneEditAway, spellingVocabulary } from './normalise-question.js';

/** A tiny corpus vocabulary: the terms (as search terms) that documents hold. */
const vocabulary = { df: (term: string) => (['government', 'environment', 'regulation', 'park'].includes(term) ? 4 : 0) };

describe('normaliseQuestion', () => {
  it('drops chat fillers, jamo runs and requests about the answer form', () => {
    const { question, changes } = normaliseQuestion('스마트그린산단 예산이 뭐임? 간단히 ㅋㅋ');
    expect(question).not.toMatch(/ㅋ|간단히|뭐임/);
    expect(question).toContain('뭐?');
    expect(changes).toContain('-간단히');
  });

  it('spells out common administrative abbreviations, inside words too, and leaves a full form alone', () => {
    expect(normaliseQuestion('노후산단들 지원은?').question).toContain('노후 산업단지들');
    expect(normaliseQuestion('산단공 본사는?').question).toContain('한국산업단지공단');
    expect(normaliseQuestion('산업단지 현황은?').question).toBe('산업단지 현황은?');
  });

  it("gives a spelled-out abbreviation the particle its own last syllable takes ('산단이' → '산업단지가')", () => {
    expect(normaliseQuestion('창원 산단이 문화선도산단으로 뽑혔어?').question).toBe('창원 산업단지가 문화선도산업단지로 뽑혔어?');
    expect(normaliseQuestion('노후산단을 어떻게 바꿔?').question).toContain('산업단지를');
    expect(normaliseQuestion('산단이랑 특구 차이').question).toContain('산업단지랑 ');
    // A particle that already fits is kept.
    expect(normaliseQuestion('국토부는 뭐 해?').question).toContain('국토교통부는');
  });

  it('reads chat spellings as standard Korean before the endings are stripped', () => {
    const { question } = normaliseQuestion('예산 얼마 배정햇음?');
    expect(question).toBe('예산 얼마 배정?');
    expect(normaliseQuestion('지원 어케 받음?').question).toContain('어떻게');
  });

  it('reads chat time abbreviations as the word they stand for', () => {
    expect(normaliseQuestion('how many berths are open rn').question).toBe('how many berths are open now');
  });

  it('keeps one-syllable stems that are words, not endings ("처음", "사용")', () => {
    expect(normaliseQuestion('언제 처음?').question).toBe('언제 처음?');
  });

  it('mends an English word the corpus lacks to the corpus word one edit away', () => {
    const { question, changes } = normaliseQuestion('what did the goverment say about enviroment rules', vocabulary);
    expect(question).toContain('government');
    expect(question).toContain('environment');
    expect(changes).toContain('goverment→government');
  });

  it('mends no real English word, only its other spelling, when a general word list is given', () => {
    const corpus = { df: (term: string) => (['selection', 'organisation', 'site'].includes(term) ? 4 : 0) };
    const words = new Set(['election', 'organization', 'cite']);
    const spelling = spellingVocabulary(corpus, { has: (word) => words.has(word.toLowerCase().replace(/s$/, '')) });
    expect(normaliseQuestion('who won the election', spelling).question).toBe('who won the election');
    expect(normaliseQuestion('please cite the act', spelling).question).toContain('cite');
    // The documents write British spelling: the American form of a real word is read as theirs.
    expect(normaliseQuestion('which organizations took part', spelling).question).toContain('organisations');
    // Without the list, any word the corpus lacks may be a typo of one it holds.
    expect(normaliseQuestion('who won the election', corpus).question).toBe('who won the selection');
  });

  it('leaves short words and words with no corpus neighbour as typed', () => {
    // "parks" is five letters: too short to be sure it is a typo of "park".
    expect(normaliseQuestion('industrial parks nearby', vocabulary).question).toBe('industrial parks nearby');
    expect(mendTypo('stockpile', vocabulary)).toBe('stockpile');
  });

  it('expands informal English abbreviations and drops politeness fillers', () => {
    expect(normaliseQuestion('what does the govt fund pls').question).toBe('what does the government fund');
    expect(normaliseQuestion('yo how many berths does the harbour have').question).toBe('how many berths does the harbour have');
    expect(normaliseQuestion('where r the harbour office hq').question).toBe('where are the harbour office headquarters');
    expect(normaliseQuestion('how many ppl work at the harbour').question).toBe('how many people work at the harbour');
    expect(normaliseQuestion('is the port gonna get 3 bil for new cranes? heard smth abt it').question).toBe(
      'is the port going to get 3 billion for new cranes? heard something about it',
    );
    expect(normaliseQuestion('부두 물동량 중 몇 퍼 차지함?').question).toBe('부두 물동량 중 몇 퍼센트 차지함?');
  });

  it('writes a first edition or round with its digit, as documents number them', () => {
    expect(normaliseQuestion('첫 회 불꽃놀이 때 초대된 가수 누구?').question).toBe('1회 불꽃놀이 때 초대된 가수 누구?');
    expect(normaliseQuestion('첫 차에 뽑힌 부두는 어디?').question).toBe('1차에 뽑힌 부두는 어디?');
    // A first meeting, a first turn and a first company are no editions.
    expect(normaliseQuestion('첫 회의에서 뭘 정했어?').question).toBe('첫 회의에서 뭘 정했어?');
    expect(normaliseQuestion('첫 차례는 누구야?').question).toBe('첫 차례는 누구야?');
    expect(normaliseQuestion('첫 회사는 어디야?').question).toBe('첫 회사는 어디야?');
  });

  it('reads a figure hedged with -쯤 as the figure, and one passed (넘은) as 이상', () => {
    expect(normaliseQuestion('2029년쯤 부두 몇 개였어?').question).toBe('2029년 부두 몇 개였어?');
    expect(normaliseQuestion('지은 지 20년 넘은 부두는 몇 곳?').question).toBe('지은 지 20년 이상 부두는 몇 곳?');
    // Without a figure before them, 쯤 and 넘다 are words of their own.
    expect(normaliseQuestion('부두는 어디쯤이야? 고개 넘은 곳?').question).toBe('부두는 어디쯤이야? 고개 넘은 곳?');
  });

  it('reads 맨 typed onto the word it grades as a word of its own', () => {
    expect(normaliseQuestion('부두 맨처음 몇 곳 열었더라').question).toBe('부두 맨 처음 몇 곳 열었더라');
    // Not inside another word ("맨홀").
    expect(normaliseQuestion('부두 맨홀 몇 개야?').question).toBe('부두 맨홀 몇 개야?');
  });

  it('reads a figure or unit with -짜리 as the figure or unit', () => {
    expect(normaliseQuestion('부두 크레인은 몇 톤짜리야?').question).toBe('부두 크레인은 몇 톤야?');
    expect(normaliseQuestion('3일짜리 축제야?').question).toBe('3일 축제야?');
    // Without a figure or 몇 before it, -짜리 stays.
    expect(normaliseQuestion('짜리몽땅 부두는 어디?').question).toBe('짜리몽땅 부두는 어디?');
  });

  it('drops chat jamo even when typed onto a word, and writes a two-digit year in full', () => {
    expect(normaliseQuestion('부두 몇 개야? 23년말 기준으로ㅇㅇ').question).toBe('부두 몇 개야? 2023년말 기준으로');
    expect(normaliseQuestion("'19년 예산 얼마?").question).toBe('2019년 예산 얼마?');
    expect(normaliseQuestion('23년에 지정된 부두 어디어디?').question).toBe('2023년에 지정된 부두 어디어디?');
    expect(normaliseQuestion('20년에 걸쳐 짓는 부두').question).toBe('20년에 걸쳐 짓는 부두');
    // "20년 이상" is a duration, not the year 2020.
    expect(normaliseQuestion('착공 20년 이상 된 부두 몇 곳?').question).toBe('착공 20년 이상 된 부두 몇 곳?');
  });

  it("drops the asker's task framing a request, but not a purpose that is the topic", () => {
    expect(normaliseQuestion('업무보고 준비를 위해 항만 부두 개수를 확인해 주시기 바랍니다.').question).toBe('항만 부두 개수를 확인해.');
    expect(normaliseQuestion('청년 고용을 위해 항만청은 무엇을 하나요?').question).toBe('청년 고용을 위해 항만청은 무엇을 하나요?');
    // A purpose clause with -도록 frames a request as -위해 does; before a question it is the topic.
    expect(normaliseQuestion('차관 보고서에 넣을 수 있도록 항만 부두 개수를 정리해 주시기 바랍니다.').question).toBe('항만 부두 개수를 정리해.');
    expect(normaliseQuestion('큰 배가 댈 수 있도록 항만청은 무엇을 하나요?').question).toBe('큰 배가 댈 수 있도록 항만청은 무엇을 하나요?');
    expect(normaliseQuestion("For the mayor's memo: which harbours got new berths?").question).toBe('which harbours got new berths?');
    expect(normaliseQuestion("For the mayor's memo, please list the harbours with new berths.").question).toBe('list the harbours with new berths.');
    expect(normaliseQuestion('For an internal memo: on what date did the port open?').question).toBe('on what date did the port open?');
    expect(normaliseQuestion('For the board meeting, how many berths opened?').question).toBe('how many berths opened?');
    // A frame naming no writing or meeting the answer goes into is the question's topic.
    expect(normaliseQuestion('For the 2024 harbour grant call, how much was offered?').question).toBe('For the 2024 harbour grant call, how much was offered?');
    // A frame the question itself is about is kept: no question or request follows the comma.
    expect(normaliseQuestion('For the harbour users, the berth fees rose how much?').question).toBe('For the harbour users, the berth fees rose how much?');
    expect(normaliseQuestion('항만 부두 현황을 보고서용으로 정리해 주세요').question).toBe('항만 부두 현황을 정리해 주세요');
    expect(normaliseQuestion('산업용으로 지정된 부두 알려주세요').question).toBe('산업용으로 지정된 부두 알려주세요');
    // The office holder the answer is for, and a compound naming the kind of report, go with it.
    expect(normaliseQuestion('차관 업무보고용으로 항만 부두 현황을 정리해 주세요').question).toBe('항만 부두 현황을 정리해 주세요');
    expect(normaliseQuestion('장관 보고용으로, 항만 부두 예산을 알려줘').question).toBe('항만 부두 예산을 알려줘');
    expect(normaliseQuestion('항만 부두 예산을 간부 보고용으로 알려줘').question).toBe('항만 부두 예산을 알려줘');
    // Where the answer is to go, said with the intention ending -고자/-려고, before a request.
    expect(normaliseQuestion('항만 부두 현황을 보고서에 반영하고자 하니 정리해 주시기 바랍니다.').question).toBe('항만 부두 현황을 정리해.');
    expect(normaliseQuestion('과장님 회의자료에 넣으려고 하는데 부두 예산 알려줘').question).toBe('부두 예산 알려줘');
    // Not without a request after it: "자료에 반영하려고 하니 오류가 나요" asks about the error.
    expect(normaliseQuestion('부두 자료에 반영하려고 하니 오류가 나요?').question).toBe('부두 자료에 반영하려고 하니 오류가 나요?');
  });

  it('returns the question as typed when nothing but fillers is left', () => {
    expect(normaliseQuestion('ㅋㅋㅋ').question).toBe('ㅋㅋㅋ');
  });
});

describe('oneEditAway', () => {
  it('holds deletions, transpositions, substitutions and insertions', () => {
    const edits = oneEditAway('form');
    for (const w of ['frm', 'from', 'firm', 'forms']) expect(edits.has(w)).toBe(true);
    expect(edits.has('form')).toBe(false);
  });

  it('drops a written request closing, spaced or joined to its verb', () => {
    expect(normaliseQuestion('부두 사용료 규정 조항을 알려주시기 바랍니다.').question).toBe('부두 사용료 규정 조항을 알려.');
    expect(normaliseQuestion('부두 사용료를 확인해주십시오').question).toBe('부두 사용료를 확인해');
  });

  it('mends a short word only where a typo is near certain: swapped letters, or a mistyped question word', () => {
    const vocabulary = { df: (term: string) => (['first', 'harbour', 'plan'].includes(term) ? 3 : 0) };
    expect(mendShortTypo('frist', vocabulary)).toBe('first');
    expect(mendShortTypo('teh', vocabulary)).toBe('the');
    expect(mendShortTypo('whn', vocabulary)).toBe('when');
    expect(mendShortTypo('parks', vocabulary)).toBe('parks');
    expect(mendShortTypo('show', vocabulary)).toBe('show');
  });

  it('mends a short word that is no English word at all, when the word list says so', () => {
    const english = new Set(['parks', 'park', 'harbour', 'effect', 'first']);
    const df = (term: string) => (['harbour', 'effect', 'park'].includes(term) ? 3 : 0);
    const vocabulary = { df, isWord: (w: string) => english.has(w) };
    expect(mendShortTypo('harbur', vocabulary)).toBe('harbour');
    expect(mendShortTypo('efect', vocabulary)).toBe('effect');
    // A real word the documents lack stays, and so does a non-word of four letters.
    expect(mendShortTypo('parks', vocabulary)).toBe('parks');
    expect(mendShortTypo('prak', vocabulary)).toBe('park');
    expect(mendShortTypo('pakr', { df, isWord: () => false })).toBe('park');
    expect(mendShortTypo('zzzzz', vocabulary)).toBe('zzzzz');
  });

  it('drops hearsay framing and reads chat spellings of function words', () => {
    expect(normaliseQuestion('my cousin says the port opened in 2019, when tho?').question).toBe('the port opened in 2019, when?');
    expect(normaliseQuestion('A friend told me that berths cost more, whats the fee?').question).toBe('berths cost more, what is the fee?');
    expect(normaliseQuestion('is it true harbours use half the power?').question).toBe('harbours use half the power?');
    expect(normaliseQuestion('What has a minister said about the harbour plan?').question).toBe('What has a minister said about the harbour plan?');
    // A question without such a frame is left whole.
    expect(normaliseQuestion('What does the harbour act say about fees?').question).toBe('What does the harbour act say about fees?');
  });

  it('drops part numbers and the verb of a written request, which are no topic', () => {
    expect(normaliseQuestion('① 부두 수와 ② 선석 수를 알려줘').question).not.toMatch(/[①②]/u);
    expect(normaliseQuestion('Please state the date the harbour act took effect.').question).toBe('the date the harbour act took effect.');
    expect(normaliseQuestion('Name all the ports that got new berths.').question).toBe('all the ports that got new berths.');
    // A noun "state" or "name" is kept.
    expect(normaliseQuestion('State aid for harbours: how much?').question).toBe('State aid for harbours: how much?');
    expect(normaliseQuestion('Name changes of the port authority?').question).toBe('Name changes of the port authority?');
  });

  it('drops the form a request asks the answer in, which is no topic', () => {
    expect(normaliseQuestion('Please prepare a short briefing note on the legal basis of the harbour act.').question.trim()).toBe(
      'the legal basis of the harbour act.',
    );
    // Whom the note is for is no topic either.
    expect(normaliseQuestion('Please prepare a short note for the harbour master on the berth fees.').question.trim()).toBe('the berth fees.');
    expect(normaliseQuestion("so what's the harbour plan going for? like the one-line goal").question).not.toContain('line');
    // A note of something that is the topic stays ("the note of the agreement" is not asked for).
    expect(normaliseQuestion('What does the promissory note say?').question).toContain('note');
    expect(normaliseQuestion('제1차 항만 기본계획 논의 경과를 간략히 정리해 보고 바랍니다.').question).not.toMatch(/간략히|보고/u);
    expect(normaliseQuestion('항만 축제는 몇 시에 끝나는지도 궁금해요').question).not.toContain('궁금');
    expect(normaliseQuestion('항만 공고 보다가 궁금한 거 물어보려면 마감이 언제야?').question).not.toContain('궁금');
  });

  it("drops the asker's one-word guess after the question, which the answer confirms or corrects", () => {
    expect(normaliseQuestion('항만공사 본사 어디 있음? 목포임?').question).not.toContain('목포');
    expect(normaliseQuestion('where is the port authority office? is it Mokpo?').question).not.toContain('Mokpo');
    expect(normaliseQuestion('부산 부두 면적은? 울산은?').question).toContain('울산');
  });

  it('drops a confirmation question after the question proper, closed by a negated copula or 맞다', () => {
    expect(normaliseQuestion('항만공사 본사 어디 있음? 목포에 있는 거 아니었냐').question).not.toContain('목포');
    expect(normaliseQuestion('부두 몇 개야? 열두 개 맞지?').question).not.toContain('열두');
    expect(normaliseQuestion("where is the port authority office? isn't it in Mokpo?").question).not.toContain('Mokpo');
    // A question of its own after the first one is kept.
    expect(normaliseQuestion('부두 몇 개야? 목포는 몇 개야?').question).toContain('목포');
  });
});
