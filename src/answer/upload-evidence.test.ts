import { describe, expect, it } from 'vitest';
import { scoredPassage } from '../../test/support/scored-passage.js';
import { statsOfTexts } from '../retrieve/corpus-stats.js';
import type { Answerability } from './answerability.js';
import { judgeAnswerability, weightUnits } from './answerability.js';
import { questionUnits } from './question-units.js';
import { knownToUploads, namesWhatIsAsked, officialLeavesOpen } from './upload-evidence.js';

const OFFICIAL = statsOfTexts([
  '로켓 발사장은 남해안에 있다.',
  '법률의 이름은 2002년에 바뀌었다.',
  '특구 기업은 세금을 감면받는다.',
  '산업단지 지원 정책을 정리했다.',
]);

/** An "answerable" official judgment of `question` whose evidence lacks `uncovered`. */
function judged(question: string, uncovered: string[], answerable = true): Answerability {
  const units = weightUnits(questionUnits(question), OFFICIAL);
  return {
    answerable,
    probability: answerable ? 0.7 : 0.2,
    features: {
      share: 0.5,
      single: 0.5,
      first: 0.5,
      uncoveredRare: uncovered.length > 0 ? 0.5 : 0,
      unknownWeight: 0,
      unknownHead: 0,
      unknownAsked: 0,
      unknownName: 0,
      unsupported: 0,
      units: 0.3,
    },
    unsupported: [],
    share: 0.5,
    uncovered,
    units,
    topical: [],
  };
}

describe('officialLeavesOpen', () => {
  it('leaves a question to uploads when the official evidence does not answer it', () => {
    expect(officialLeavesOpen(judged('특구 세금은?', [], false), OFFICIAL)).toBe(true);
  });

  it('keeps an answer whose evidence covers every rare word', () => {
    expect(officialLeavesOpen(judged('특구 세금은?', []), OFFICIAL)).toBe(false);
  });

  it('leaves it open when a rare word the official documents use elsewhere is missing from the evidence', () => {
    expect(officialLeavesOpen(judged('발사장 이름은?', ['발사장']), OFFICIAL)).toBe(true);
  });

  it('keeps the answer when the missing word is one the official documents never use (a paraphrase or an unknown topic)', () => {
    expect(officialLeavesOpen(judged('특구 세금 혜택은?', ['혜택']), OFFICIAL, '특구 세금 혜택은?')).toBe(false);
  });

  it('leaves it open when the evidence holds only the general part of a compound name of the thing asked', () => {
    // 평가 is unknown to these documents, 위원회 is not: evidence on some 위원회 is about another committee.
    const question = '제안서 평가위원회는 언제 열려?';
    expect(officialLeavesOpen(judged(question, ['평가']), OFFICIAL, question)).toBe(true);
    // The same word missing outside the name of the thing asked is left to the model, as before.
    const other = '평가 위원회는 언제 열려?';
    expect(officialLeavesOpen(judged(other, ['평가']), OFFICIAL, other)).toBe(false);
    // Nor is anything open when the compound's parts are all covered.
    expect(officialLeavesOpen(judged(question, []), OFFICIAL, question)).toBe(false);
  });
});

describe('namesWhatIsAsked', () => {
  const quote = (text: string, sectionPath = '') => ({
    n: 1,
    passageId: 'p',
    docId: 'd',
    title: '선수단 격려',
    sectionPath,
    quote: text,
    sourceUrl: '',
    score: 1,
  });
  // A question about the uploads as uploadEvidence hands it over: units weighted with the whole index's statistics.
  // An index of some size, in which a word no passage uses is rare (IDF above the answerability's bar).
  const index = statsOfTexts(Array.from({ length: 40 }, (_, i) => `선수촌 ${i}번 훈련장과 차관 방문 일정을 정리했다.`));
  const asked = (question: string, uncovered: string[] = []) =>
    ({ question, judged: { units: weightUnits(questionUnits(question), index), uncovered } }) as unknown as Parameters<typeof namesWhatIsAsked>[0];

  it('refuses quotes about the same visit that never name the person asked for', () => {
    const evidence = asked('차관과 함께 방문한 대한체육회장은 누구인가요?');
    expect(namesWhatIsAsked(evidence, [quote('차관은 선수촌을 방문해 선수들을 격려한다.')])).toBe(false);
    expect(namesWhatIsAsked(evidence, [quote('대한체육회장 홍길동도 함께 방문한다.')])).toBe(true);
  });

  it('refuses quotes that never name one of the class 어느 asks a member of', () => {
    const evidence = asked('선수촌 방문은 어느 위원회에서 정했나요?');
    expect(namesWhatIsAsked(evidence, [quote('차관은 선수촌을 방문해 선수들을 격려한다.')])).toBe(false);
    expect(namesWhatIsAsked(evidence, [quote('방문 일정은 체육진흥위원회가 정했다.')])).toBe(true);
    // A letter-spaced label writes the noun as well.
    expect(namesWhatIsAsked(asked('선수촌 방문은 어느 장소에서 모여?'), [quote('장    소: 선수촌 1층 강당')])).toBe(true);
  });

  it('counts the heading the quote sits under', () => {
    expect(namesWhatIsAsked(asked('관람객 주차장은 어디야?'), [quote('장소: 제2주차장', '관람객 주차장')])).toBe(true);
  });

  it('leaves a question with no head noun, or a common one, alone', () => {
    expect(namesWhatIsAsked(asked('행사보험 보장 금액 기준?'), [quote('보험가입: 사망 1억 5천만원')])).toBe(true);
  });

  it('refuses quotes about another item of the document than the one the question qualifies', () => {
    // The row found is another field of the same standard: neither of the words saying which field is quoted.
    const field = asked('환승센터 표준데이터에서 전기차 충전기 수 항목은 어떤 형식으로 적어야 해?');
    expect(namesWhatIsAsked(field, [quote('NO: 1 | 항목명: 환승센터명 | 표현형식/단위: text')])).toBe(false);
    expect(namesWhatIsAsked(field, [quote('NO: 37 | 항목명: 전기차충전기수 | 표현형식/단위: N/기')])).toBe(true);
    // The festival's own venue for its rain venue: the qualifier is not named.
    const venue = asked('음악축제 우천 시 대체 장소는 어디야?');
    expect(namesWhatIsAsked(venue, [quote('행사장소: 국립4·19민주묘지')])).toBe(false);
    expect(namesWhatIsAsked(venue, [quote('우천 시 대체 장소: 강북문화예술회관')])).toBe(true);
  });

  it('refuses when a rare qualifier of the thing asked is in no passage of the evidence, whatever the quotes name', () => {
    const question = '환승센터 표준데이터에서 엘리베이터 설치 대수 항목의 예시는 뭐야?';
    const row = quote('NO: 27 | 항목명: 점자판설치여부 | 표현형식/단위: Y:설치 N:미설치 | 예시: Y');
    expect(namesWhatIsAsked(asked(question), [row])).toBe(true);
    expect(namesWhatIsAsked(asked(question, ['엘리베이터']), [row])).toBe(false);
  });

  it('asks a class noun (부서, 업체) for a named member, however common the noun is in the upload', () => {
    const rfp = statsOfTexts(Array.from({ length: 40 }, (_, i) => `${i}번 업체 부서 평가 기준을 정리했다.`));
    const about = (question: string) =>
      ({ question, judged: { units: weightUnits(questionUnits(question), rfp), uncovered: [] } }) as unknown as Parameters<typeof namesWhatIsAsked>[0];
    expect(namesWhatIsAsked(about('제안요청서를 낸 부서는 어디인가요?'), [quote('장    소: 강북구청 문화관광체육과')])).toBe(true);
    expect(namesWhatIsAsked(about('우선협상대상자로 뽑힌 업체는 어디인가요?'), [quote('합산 점수가 가장 높은 업체를 우선협상 대상자로 선정')])).toBe(false);
  });
});

describe('knownToUploads', () => {
  // The official documents state a budget; the uploaded notice, a festival in Seoul, never speaks of one.
  const officialTexts = [
    'The budget of the Opportunity Development Zones is 2 trillion won.',
    'Industrial complexes numbered 1,330 at the end of 2024.',
    'The Korea Industrial Complex Corporation has its head office in Daegu.',
    'Smart green complexes were selected in 2020.',
  ];
  const upload = scoredPassage('notice', 'The Autumn Night Music Festival is held at the April 19th National Cemetery in Seoul on 21 October.', {
    title: 'Autumn Night Music Festival',
  });
  const official = statsOfTexts(officialTexts);
  const all = statsOfTexts([...officialTexts, `${upload.title} ${upload.text}`]);
  const question = 'What is the budget of the Autumn Night Music Festival?';

  it('tells the words some upload uses from those only the official documents use', () => {
    const known = knownToUploads(all, official);
    expect(known('festival')).toBe(true);
    expect(known('budget')).toBe(false);
    expect(known('nowhere')).toBe(false);
  });

  it('judges the thing asked for unknown to the uploads when only the official documents use it', () => {
    // With the whole index's vocabulary "budget" is a known word, and the festival's words carry the question.
    const lenient = judgeAnswerability({ question, passages: [upload], stats: all });
    expect(lenient.features.unknownHead).toBe(0);
    expect(lenient.answerable).toBe(true);
    // No upload passage can state a budget: the uploads' evidence does not answer.
    const judged = judgeAnswerability({ question, passages: [upload], stats: all, known: knownToUploads(all, official) });
    expect(judged.features.unknownHead).toBe(1);
    expect(judged.answerable).toBe(false);
  });
});
