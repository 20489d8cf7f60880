import { describe, expect, it } from 'vitest';
import { scoredPassage } from '../../test/support/scored-passage.js';
import type { ScoredPassage } from '../core/types.js';
import { searchTerms } from '../text/search-terms.js';
import { type SentenceSpan, splitSentences } from '../text/sentences.js';
import { allTerms, questionUnits } from './question-units.js';
import {
  asImportantAsAny,
  DEFAULT_THRESHOLDS,
  datesEvent,
  isAbsenceStatement,
  readingOrder,
  type ScoredSentence,
  selectEvidence,
  termWeights,
  wholePassages,
  wholeWeights,
} from './select-evidence.js';

function sentence(passageId: string, passageRank: number, start: number, score: number): ScoredSentence {
  const passage = { id: passageId } as ScoredPassage;
  return { start, end: start + 10, text: `${passageId}@${start}`, passage, passageRank, coverage: 0, covered: [], score };
}

describe('select-evidence helpers', () => {
  it('orders passages by their best sentence and keeps document order inside a passage', () => {
    const ordered = readingOrder([sentence('a', 0, 0, 0.7), sentence('b', 5, 40, 0.8), sentence('b', 5, 0, 0.95)]);
    expect(ordered.map((s) => s.text)).toEqual(['b@0', 'b@40', 'a@0']);
  });

  it('treats glossary phrases as one unit with terms in both languages', () => {
    const units = questionUnits('How many Opportunity Development Zones were designated in 2024?');
    const zone = units.find((u) => u.word === 'Opportunity Development Zones');
    expect(zone?.ko.join('')).toContain('특구');
    expect(units.find((u) => u.word === '2024')?.ko).toEqual(['2024']);
  });

  it('recognises sentences that only say what the documents lack', () => {
    expect(isAbsenceStatement('최종 계획의 예산은 이 문서의 출처에서 확인되지 않는다.')).toBe(true);
    expect(isAbsenceStatement('The budget is not stated in the sources.')).toBe(true);
    expect(isAbsenceStatement('기회발전특구는 2024년에 48개가 지정되었다.')).toBe(false);
  });

  it('reads a parenthesis as an aside: a figure qualified "(the year is not stated)" is a figure', () => {
    expect(isAbsenceStatement('Harbours handle 40% of freight (the reference year is not stated in the sources).')).toBe(false);
    expect(isAbsenceStatement('The reference year of the freight share (40%) is not stated in the sources.')).toBe(true);
  });

  it('refuses when an absence statement covers the question as well as the best answer and scores higher', () => {
    const history = scoredPassage('history', 'Eight harbour offices were opened in December 2028 for 2029.', { lang: 'en', sectionPath: 'Harbour offices' });
    const lacks = scoredPassage('lacks', 'Whether further harbour offices were opened after 2029 is not stated in the sources.', {
      lang: 'en',
      sectionPath: 'Harbour offices',
    });
    const picked = selectFrom('Which harbour offices were opened after 2029?', 'en', lacks, history);
    expect(picked.selected).toEqual([]);
    expect(picked.absence?.text).toContain('not stated');
  });

  const passageOf = (id: string, text: string) => scoredPassage(id, text, { lang: 'ko' });
  const sentencesOf = (...passages: ScoredPassage[]) =>
    passages.flatMap((passage, rank) => splitSentences(passage.text).map((span) => ({ span, passage, passageRank: rank })));
  /** The evidence selected for a question from the given passages, ranked in this order. */
  const selectFrom = (question: string, questionLang: 'ko' | 'en', ...passages: ScoredPassage[]) =>
    selectEvidence({ question, questionLang, sentences: sentencesOf(...passages), thresholds: DEFAULT_THRESHOLDS });

  it("answers a figure of the year asked with that year's sentence, however many sentences name a year", () => {
    const stats = scoredPassage(
      'stats',
      [
        'As reported in 2026, the number of old berths was 40.',
        'Korea had 320 harbour berths in 2029.',
        'Harbour freight grew in 2029.',
        'Harbour ships were larger in 2029.',
        'Harbour cranes were replaced in 2029.',
        'Harbour fees rose in 2029.',
        'Harbour staff were trained in 2029.',
      ].join(' '),
      { lang: 'en' },
    );
    expect(selectFrom('2029 numbers please: how many harbour berths were there?', 'en', stats).best?.text).toBe('Korea had 320 harbour berths in 2029.');
    // The year weighs as much as the question's heaviest word, not as its rarest form: one form of
    // a name with many that no candidate holds does not make the year outweigh the name itself.
    const units = questionUnits("What are Portco's priorities for 2029?");
    const name = units.find((u) => u.word === 'Portco');
    if (!name) throw new Error('no name unit');
    const withForms = units.map((u) => (u === name ? { ...u, forms: { en: [['portco']], ko: [['항만', '만운', '운영', '영공', '공사']] } } : u));
    const weights = new Map<string, number>([
      ['portco', 0.5],
      ['항만', 3],
      ['만운', 3],
      ['운영', 0.5],
      ['영공', 3],
      ['공사', 0.5],
      ['priorities', 1.5],
      ['2029', 0.8],
    ]);
    asImportantAsAny(weights, withForms, "What are Portco's priorities for 2029?");
    expect(weights.get('2029')).toBeCloseTo(Math.max(1.5, (0.5 + 3 + 3 + 0.5 + 3 + 0.5) / 6));
    // The month dates an event the question sets its scene by: the answer need not repeat its year.
    expect(datesEvent('What is the goal of the plan discussed with experts in March 2029?', '2029')).toBe(true);
    expect(datesEvent('2029년 3월 간담회에서 논의한 계획의 목표는?', '2029')).toBe(true);
    expect(datesEvent('2029 numbers please: how many berths?', '2029')).toBe(false);
  });

  it('leads with the sentence that enumerates the N items a question asks for, not one naming one of them', () => {
    const plan = scoredPassage(
      'plan',
      [
        '항만 기본계획은 부두를 친환경 공간으로 바꾸는 것을 3대 추진과제 가운데 하나로 제시했다.',
        '항만 기본계획은 다음 세 가지 추진과제를 제시했다.\n\n1. 부두를 늘린다.\n2. 물류망을 잇는다.\n3. 부두를 친환경 공간으로 바꾼다.',
      ].join(' '),
      { lang: 'ko' },
    );
    const lead = selectFrom('항만 기본계획의 3대 추진과제를 정리해줘', 'ko', plan).best?.text ?? '';
    expect(lead).toContain('1. 부두를 늘린다.');
    expect(lead).toContain('3. 부두를 친환경 공간으로 바꾼다.');
  });

  it('weighs a compound by the sentences holding it whole, not by its everyday part', () => {
    // 행사 is in every sentence of a festival's documents, 보험 in several; 행사보험 in one.
    const sentences = [
      '행사 운영 인력을 배치한다.',
      '행사 무대를 설치한다.',
      '행사 인력은 고용보험에 가입한다.',
      '행사 인력은 산재보험에 가입한다.',
      '행사 참가자는 행사보험에 가입한다.',
    ];
    const terms = sentences.map((text) => new Set(searchTerms(text)));
    const units = questionUnits('행사보험 기준은?');
    const compound = units.find((u) => u.word === '행사보험');
    if (!compound) throw new Error('no unit for 행사보험');
    const weights = termWeights(terms, units.flatMap(allTerms));
    const parts = compound.ko.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) / compound.ko.length;
    const whole = wholeWeights(units, terms).get(compound) ?? 0;
    // One sentence of five holds it: ln(1 + 6/2), above the mean of its parts' weights.
    expect(whole).toBeCloseTo(Math.log(4), 5);
    expect(whole).toBeGreaterThan(parts);
    expect(wholeWeights(units, terms).has(units.find((u) => u.word === '기준') ?? compound)).toBe(false);
  });

  it('lets a sentence as near the question as the best lead when it carries the figure asked and the best does not', () => {
    const doc = (id: string, text: string, rank: number) =>
      scoredPassage(id, text, { docId: 'pier', title: 'Busan new pier complex', sectionPath: 'Investment', score: 1 - rank / 10 });
    const host = doc('host', 'The Busan new pier complex is to host twelve berths of the shipping line.', 0);
    const invest = doc('invest', 'The shipping line is investing KRW 2 trillion in the Busan pier.', 1);
    const ask = (question: string, ...passages: ScoredPassage[]) => selectFrom(question, 'en', ...passages).selected.map((s) => s.text);
    // The investment sentence names the complex only through its title: it covers what the best covers, and holds the sum.
    expect(ask('How much is the shipping line putting into the Busan pier complex?', host, invest)).toEqual([
      'The shipping line is investing KRW 2 trillion in the Busan pier.',
    ]);
    // The sum of another thing than the one asked (a subsidy, which no sentence names) answers nothing.
    expect(ask('How much subsidy is the shipping line getting for the Busan pier complex?', host, invest)).toEqual([]);
  });

  it('lets a runner-up lead when the best sentence lacks the asked date and an item of the asked kind gives it', () => {
    const upload = (id: string, text: string, sectionPath: string) => scoredPassage(id, text, { lang: 'ko', trust: 'upload', sectionPath });
    const notice = upload('notice', '가. 협상 결과와 제안서 변경 내용은 서면으로 통보한다.\n\n나. 통보 후 7일 안에 계약한다.', 'Ⅲ. 입찰 및 계약 > 5. 협상');
    const inquiry = (period: string) => upload('inquiry', `가. ${period}\n\n나. 문의방법: 제안서에 관한 서면 문의만 가능`, 'Ⅲ. 입찰 및 계약 > 6. 질의');
    const ask = (...passages: ScoredPassage[]) => selectFrom('제안서 내용을 서면으로 문의하는 마감은 언제야?', 'ko', ...passages).selected.map((s) => s.text);
    // The notice covers more of the question's words but gives no date; the inquiry item labelled as a period does.
    expect(ask(notice, inquiry('문의기간: 2024. 3. 4.(월) ~ 3. 8.(금) 17:00까지'))).toContain('문의기간: 2024. 3. 4.(월) ~ 3. 8.(금) 17:00까지');
    // A date under a label of another kind (참고: the notice's date) answers neither as a lead nor as
    // the date the window lacks.
    expect(ask(notice, inquiry('참고: 제안서 공고 2024. 3. 4.(월)'))).toEqual([]);
    // Under a label naming a word of the question, it is the date asked for.
    expect(ask(notice, inquiry('서면 문의: 2024. 3. 8.(금)까지'))).toContain('서면 문의: 2024. 3. 8.(금)까지');
    // A table row read as a record: a later cell's label may name it.
    expect(ask(notice, inquiry('구분: 일정 안내 | 서면 문의: 2024. 3. 8.(금)까지'))).toContain('구분: 일정 안내 | 서면 문의: 2024. 3. 8.(금)까지');
  });

  it("weighs a question's verb half in an upload's labelled items, so the item naming the asked field leads", () => {
    const rows = (trust: 'upload' | undefined) => [
      scoredPassage('row', 'NO: 5 | 항목명: 부두코드 | 설명: 법률로 지정된 부두의 고유 번호', {
        lang: 'ko',
        sectionPath: '부두 표준',
        ...(trust ? { trust } : {}),
      }),
      scoredPassage('item', '운영기관: 부산항만공사', { lang: 'ko', sectionPath: '부두 표준', ...(trust ? { trust } : {}) }),
    ];
    const lead = (trust: 'upload' | undefined) => selectFrom('부두 운영기관은 어디로 지정되어 있나요?', 'ko', ...rows(trust)).best?.text;
    expect(lead('upload')).toBe('운영기관: 부산항만공사');
  });

  it('keeps two rows of a wide table apart however many words their labels share', () => {
    const row = (id: string, text: string) => scoredPassage(id, text, { lang: 'ko', trust: 'upload', sectionPath: '부두 표준 > 항목' });
    const asked = row('asked', 'NO: 7 | 항목명: 운영주체코드 | 설명: 부두 운영 주체에 따른 유형 | 값: 01:국가 02:지자체 03:민간');
    const longer = row(
      'longer',
      'NO: 2 | 항목명: 부두유형코드 | 설명: 부두의 운영 목적에 따른 유형으로 국가 지정 부두, 지자체 지정 부두, 민간 부두, 임시 부두, 특수 부두를 나누며 주체와 관계없이 지정 당시의 유형을 따른다 | 값: 01:국가 02:지자체 03:민간 04:임시 05:특수',
    );
    const texts = selectFrom('부두 운영 주체에 따른 유형 코드는 어떤 값이 있어?', 'ko', asked, longer).selected.map((s) => s.text);
    // Without the row's own record the answer would show the longer row only: it holds all of the asked row's words.
    expect(texts).toContain(asked.text);
  });

  it('answers with the row a question names by one of its cells, not the other rows of its table', () => {
    const table = scoredPassage('table', ['등급: A1 / 가 | 배점: 10.0', '등급: B2 / 나 | 배점: 8.5', '등급: C3 / 다 | 배점: 7.0'].join('\n'), {
      lang: 'ko',
      trust: 'upload',
      sectionPath: '항만 평가 > 다) 등급 평가(10점)',
    });
    const texts = selectFrom('우리 항만 등급이 B2면 등급 평가에서 몇 점 받아?', 'ko', table).selected.map((s) => s.text);
    expect(texts).toEqual(['등급: B2 / 나 | 배점: 8.5']);
    // A question naming no row's cell reads them all alike.
    const all = selectFrom('항만 등급별 배점은 몇 점이야?', 'ko', table).selected.map((s) => s.text);
    expect(all.length).toBeGreaterThan(1);
  });

  it("holds an upload's figure to the year the question names: a sum beside another year's line-up is not that year's", () => {
    const rfp = scoredPassage(
      'rfp',
      '가. 출연진: 장르별 공연팀 5팀을 섭외하며 섭외 예상금액은 1억원이다.\n\n나. 1회(2022년) 출연팀: 김바다, 이하늘, 파도밴드',
      {
        lang: 'ko',
        trust: 'upload',
        sectionPath: 'Ⅱ. 과업 내용 > 3. 공연',
      },
    );
    const ask = (question: string) => selectFrom(question, 'ko', rfp).selected.map((s) => s.text);
    expect(ask('항만 축제 공연팀 섭외 예상금액은 얼마야?').join(' ')).toContain('1억원');
    expect(ask('2022년 1회 항만 축제 공연팀 섭외 예상금액은 얼마였어?')).toEqual([]);
  });

  it('reads a form for a required sum the body only mentions, never when the body states it', () => {
    const body = (text: string) => scoredPassage('body', text, { lang: 'ko', trust: 'upload', sectionPath: 'Ⅲ. 입찰 및 계약 > 3. 입찰서류 제출' });
    const form = scoredPassage('form', '입찰보증금 : 입찰금액의 5%', { lang: 'ko', trust: 'upload', sectionPath: 'Ⅵ. 제출목록 및 서식' });
    const ask = (...passages: ScoredPassage[]) =>
      selectEvidence({
        question: '입찰보증금은 얼마야?',
        questionLang: 'ko',
        sentences: sentencesOf(...passages),
        thresholds: DEFAULT_THRESHOLDS,
      }).selected.map((s) => s.passage.id);
    // The body lists the bond's form; the form states the sum.
    expect(ask(body('입찰참가신청서 및 입찰보증금 납부 확약서 1부'), form)).toContain('form');
    // The body states the sum: a form is no evidence then.
    expect(ask(body('입찰보증금은 입찰금액의 5%로 한다.'), form)).toEqual(['body']);
  });

  it('answers what someone said with the whole quotation, every sentence of it up to its closing mark', () => {
    const text = [
      '항만청장은 “올해는 새 부두가 문을 여는 해이다.',
      '물동량이 두 배로 늘 것이다.',
      '지역과 함께 성장하길 바란다.”라며, “항만 인력도 늘리겠다.',
      '안전에 최선을 다하겠다.”라고 밝혔다.',
      '항만청은 내년에 부두를 하나 더 짓는다.',
    ].join(' ');
    const picked = selectEvidence({
      question: '항만청장은 새 부두에 대해 뭐라고 했어?',
      questionLang: 'ko',
      sentences: sentencesOf(passageOf('a', text)),
      thresholds: DEFAULT_THRESHOLDS,
    });
    const said = picked.selected.map((s) => s.text).join(' ');
    expect(said).toContain('물동량이 두 배로');
    expect(said).toContain('안전에 최선을 다하겠다.”라고 밝혔다.');
  });

  it('refuses on an absence statement even when it speaks of "this document"', () => {
    const text = '제5차 기본계획(안)은 2025년 1월 공개되었다. 제4차 기본계획의 계획 기간은 이 문서의 출처에서 확인되지 않는다.';
    const picked = selectEvidence({
      question: '제4차 기본계획의 계획 기간은 언제였나요?',
      questionLang: 'ko',
      sentences: sentencesOf(passageOf('a', text)),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected).toEqual([]);
    expect(picked.absence?.text).toContain('확인되지 않는다');
  });

  it('answers from a sentence whose section names the topic, over an absence statement that shares more of its own words', () => {
    const figures = scoredPassage('figures', '총 900억 원 가운데 국비는 300억 원, 민간 투자는 600억 원이다.', {
      lang: 'ko',
      sectionPath: '2020년 신항 부두 3곳 선정 > 사업 규모',
    });
    const lacks = scoredPassage('lacks', '이 문서는 2020년 이후 선정된 신항 부두의 사업 규모를 다루지 않는다.', {
      lang: 'ko',
      sectionPath: '다루지 않는 내용',
    });
    const picked = selectFrom('2020년 신항 부두 3곳 선정 때 총 사업비랑 국비·민간 분담은 어떻게 됐나요?', 'ko', figures, lacks);
    expect(picked.selected.map((s) => s.text).join(' ')).toContain('국비는 300억 원');
  });

  it('refuses a "how many" question whose evidence gives no count, and a "when" question whose evidence gives no date', () => {
    const lunch = passageOf('a', '부두 개장식에서 장관은 선수들과 함께 점심을 먹었다. 개장식은 신항 광장에서 열렸다.');
    const select = (question: string) => selectFrom(question, 'ko', lunch).selected;
    expect(select('부두 개장식에서 장관이랑 점심 먹은 선수는 몇 명이야?')).toEqual([]);
    expect(select('부두 개장식은 언제 열렸어?')).toEqual([]);
    expect(
      select('부두 개장식은 어디서 열렸어?')
        .map((s) => s.text)
        .join(' '),
    ).toContain('신항 광장');
  });

  it('refuses a count whose figure counts another thing than the noun asked, and answers one that counts it', () => {
    // The window holds a count (3곳) and the counted noun (일자리) in different sentences.
    const apart = passageOf('a', '신항 부두 3곳이 청년 부두로 선정되었다. 신항 부두는 청년 일자리 부족을 겪어 왔다.');
    const question = '청년 부두로 뽑힌 신항 부두 청년 일자리는 몇 개 늘었어?';
    expect(selectFrom(question, 'ko', apart).selected).toEqual([]);
    const together = passageOf('b', '신항 부두 3곳이 청년 부두로 선정되었다. 신항 부두 청년 일자리는 120개 늘었다.');
    expect(
      selectFrom(question, 'ko', together)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('120개');
  });

  it('counts an item noun by the word that qualifies it, and reads a conditional clause as no noun', () => {
    // "규제 개선 사항이 몇 개": what is counted is regulatory improvements, which the document calls 내용.
    const law = passageOf('a', '2029년 개정된 항만법은 12개 규제 개선 내용을 담았다.');
    expect(
      selectFrom('2029년 항만법 개정에 규제 개선 사항이 몇 개 담겼어?', 'ko', law)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('12개');
    // The qualifier must still be named: a count of other contents is no answer.
    const other = passageOf('b', '2029년 개정된 항만법은 12개 조문을 담았다.');
    expect(selectFrom('2029년 항만법 개정에 규제 개선 사항이 몇 개 담겼어?', 'ko', other).selected).toEqual([]);
    // "다 치면 총 몇 군데": -면 closes a verb, not the counted noun.
    const piers = passageOf('c', '2029년 추가 선정으로 청년 부두는 모두 14곳으로 늘어났다.');
    expect(
      selectFrom('청년 부두 2029년 추가 선정까지 다 치면 총 몇 군데야?', 'ko', piers)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('14곳');
  });

  it('reads no verb as the noun a count is of', () => {
    // "뽑았던데 몇 군데": the word before 몇 is a verb; the count is of the 부두 the sentence names.
    const passage = passageOf('a', '2029년 6월 청년 부두 6곳이 처음 선정되었다.');
    expect(
      selectFrom('2029년에 청년 부두 처음 뽑았던데 몇 군데야?', 'ko', passage)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('6곳');
  });

  it('refuses a count about a named complex that only a sentence without its name gives', () => {
    const apart = passageOf('a', '2029년 전국 산업단지 입주기업은 11만 개이다. 목포 산업단지는 2029년에 지정되었다.');
    expect(selectFrom('목포 산업단지 입주기업 몇 개야?', 'ko', apart).selected).toEqual([]);
    const together = passageOf('b', '2029년 전국 산업단지 입주기업은 11만 개이다. 목포 산업단지 입주기업은 300개이다.');
    expect(
      selectFrom('목포 산업단지 입주기업 몇 개야?', 'ko', together)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('300개');
  });

  it('reads no verb before a kind of complex as the complex named', () => {
    // "작년에 나온 산업단지 정비 대책": 나온 describes the plan; no complex called 나온 need be in the answer.
    const passage = passageOf('a', '2029년 산업단지 정비 대책은 모두 40개 과제로 이루어져 있다.');
    expect(
      selectFrom('2029년에 나온 산업단지 정비 대책은 과제가 몇 개야?', 'ko', passage)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('40개');
  });

  it('refuses a sum of another thing than the one asked: the money noun must stand with the amount', () => {
    const apart = passageOf('a', '신항 부두 분양 계약이 2029년에 체결되었다. 해운사는 신항 부두에 3,000억 원을 투자한다.');
    expect(selectFrom('해운사가 낸 신항 부두 분양대금은 얼마야?', 'ko', apart).selected).toEqual([]);
    const together = passageOf('b', '신항 부두 분양 계약이 2029년에 체결되었다. 해운사가 낸 신항 부두 분양대금은 900억 원이다.');
    expect(
      selectFrom('해운사가 낸 신항 부두 분양대금은 얼마야?', 'ko', together)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('900억 원');
  });

  it('refuses a percentage of another thing than the noun asked, named only in another sentence', () => {
    const apart = passageOf('a', '신항 부두 물동량은 2029년에 크게 늘었다. 신항 부두 가운데 40%가 국가부두이다.');
    expect(selectFrom('신항 부두 물동량은 몇 퍼센트 늘었어?', 'ko', apart).selected).toEqual([]);
    const together = passageOf('b', '신항 부두는 2029년에 크게 붐볐다. 신항 부두 물동량은 12% 늘었다.');
    expect(
      selectFrom('신항 부두 물동량은 몇 퍼센트 늘었어?', 'ko', together)
        .selected.map((s) => s.text)
        .join(' '),
    ).toContain('12%');
  });

  it('reads on in the passage when the next sentence repeats the words of the chosen one and adds the figure asked', () => {
    const passage = passageOf('a', '2029년 말 기준 부두 수는 130개이다. 2029년 말 기준 유형별 부두 수는 국가부두 53개, 어항부두 77개이다.');
    const spans = splitSentences(passage.text);
    const scored = (i: number): ScoredSentence => ({
      ...(spans[i] as SentenceSpan),
      passage,
      passageRank: 0,
      coverage: 0.5,
      covered: [],
      score: 0.9 - i * 0.1,
    });
    const read = wholePassages([scored(0)], [scored(0), scored(1)], DEFAULT_THRESHOLDS.answerChars);
    expect(read.map((s) => s.text).join(' ')).toContain('어항부두 77개');
  });

  it('refuses a percentage question whose evidence carries no percentage', () => {
    const question = '산업단지 입주기업 비중은 몇 퍼센트인가요?';
    const without = selectEvidence({
      question,
      questionLang: 'ko',
      sentences: sentencesOf(passageOf('a', '2022년 산업단지 입주기업은 119,281개였다.')),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(without.selected).toEqual([]);
    const withPercent = selectEvidence({
      question,
      questionLang: 'ko',
      sentences: sentencesOf(passageOf('b', '산업단지 입주기업 비중은 제조업의 62.5%이다.')),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(withPercent.selected.length).toBeGreaterThan(0);
  });

  it("answers in the reader's language when its sentence states the same figures as the better-matching one", () => {
    const english = { ...passageOf('en', 'On 27 December 2018, eight more youth-friendly leading complexes were selected for 2019.'), lang: 'en' as const };
    const korean = passageOf('ko', '2018년 12월 27일 2019년도 청년친화형 선도 산업단지 8곳이 추가로 선정되었다.');
    const picked = selectEvidence({
      question: 'Which youth-friendly complexes were added for 2019?',
      questionLang: 'en',
      sentences: sentencesOf(korean, english),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected[0]?.passage.id).toBe('en');
  });

  it('prefers the sentence that gives the list to a close one that only mentions it', () => {
    const mention = { ...passageOf('a', 'The draft plan also lists youth-friendly spaces as one of its three task areas.'), lang: 'en' as const };
    const list = {
      ...passageOf(
        'b',
        'The draft plan sets out three task areas:\n1. Secure industrial sites in each region.\n2. Build wide-area cluster ecosystems.\n3. Turn complexes into youth-friendly spaces.',
      ),
      lang: 'en' as const,
    };
    const picked = selectEvidence({
      question: 'What are the three task areas of the draft plan?',
      questionLang: 'en',
      sentences: sentencesOf(mention, list),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected.map((s) => s.passage.id)).toEqual(['b']);
    expect(picked.selected[0]?.text).toContain('wide-area cluster');
  });

  it("weighs a follow-up's own words above the ones its rewrite carried from the conversation", () => {
    const topic = passageOf('a', '2018년 6월 선정된 청년친화형 선도 산업단지 6곳에는 총 7,500억 원이 투입될 계획이었다.');
    // As in the corpus, the funding sentence sits in a section whose heading names the topic.
    const answer = { ...passageOf('b', '총 7,500억 원 가운데 국비는 1,500억 원이다.'), sectionPath: '2018년 6월 선정된 청년친화형 선도 산업단지 > 투입 규모' };
    const question = '2018년 6월 선정된 청년친화형 선도 산업단지 투입 그중 국비는 얼마였나요?';
    const picked = selectEvidence({
      question,
      asked: '그중 국비는 얼마였나요?',
      questionLang: 'ko',
      sentences: sentencesOf(topic, answer),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected[0]?.passage.id).toBe('b');
  });

  it('answers "what are X?" first with the sentence saying what X is', () => {
    const call = { ...passageOf('a', 'The call for the 2026 culture-leading complexes runs from 5 December 2025.'), lang: 'en' as const };
    const definition = {
      ...passageOf('b', 'Culture-leading complexes (문화선도산단) are a government program that brings culture to selected complexes.'),
      lang: 'en' as const,
    };
    const picked = selectEvidence({
      question: 'What are culture-leading complexes?',
      questionLang: 'en',
      sentences: sentencesOf(call, definition),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected[0]?.passage.id).toBe('b');
  });

  it('refuses a question about a sum when its evidence states no amount, and a count of a thing its evidence never names', () => {
    const harbour = { ...passageOf('a', 'The new harbour at Mokpo opened in 2024 with 12 berths. The harbour covers 3.2 million m².'), lang: 'en' as const };
    const ask = (question: string) => selectEvidence({ question, questionLang: 'en', sentences: sentencesOf(harbour), thresholds: DEFAULT_THRESHOLDS });
    expect(ask('What subsidy did the Mokpo harbour get, in total?').selected).toEqual([]);
    expect(ask('How many jobs has the Mokpo harbour created?').selected).toEqual([]);
    expect(ask('How many berths does the Mokpo harbour have?').selected.length).toBeGreaterThan(0);
  });

  it('holds a multi-part question to each part: a part it cannot answer does not refuse the rest', () => {
    const text = '목포 신항은 2024년 3월 개항했다. 목포 신항의 선석은 12개이다.';
    const picked = selectEvidence({
      question: '목포 신항은 언제 개항했고 예산은 얼마였나요?',
      questionLang: 'ko',
      sentences: sentencesOf(passageOf('a', text)),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected.map((s) => s.text).join(' ')).toContain('2024년 3월');
  });

  it('answers the phrase the question word asks about, not the one that shares the most scene-setting words', () => {
    const scene = passageOf('a', '목포 신항에는 대형 선사 3곳과 물류 기업 40여 개가 입주할 예정이다. 2025년 5월 선사 입주 계약이 체결되었다.');
    const done = { ...passageOf('b', '해양수산부는 2024년 3월 8일 목포 신항 준공을 승인했다.'), sectionPath: '2024년 해양수산부 승인' };
    const picked = selectEvidence({
      question: '대형 선사랑 물류 기업 들어간다는 목포 신항 준공 승인 언제 났음?',
      questionLang: 'ko',
      sentences: sentencesOf(scene, done),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(picked.selected[0]?.text).toContain('2024년 3월 8일');
  });
});
