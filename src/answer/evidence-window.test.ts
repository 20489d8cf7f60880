import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import {
  answerTypes,
  asksForContact,
  carries,
  continuesPrevious,
  definesSubject,
  definitionSubject,
  moneyNoun,
  opensQuotation,
  REQUIRED_TYPES,
  statementSpeaker,
  takesNext,
} from './evidence-window.js';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('evidence window', () => {
  it("reads a question asking someone's position or view as asking what they said", () => {
    expect(answerTypes('What position did the harbour master take at the meeting?')).toContain('statement');
    expect(answerTypes('항만청장은 간담회에서 어떤 입장이었어?')).toContain('statement');
    expect(carries('statement', 'The harbour master attended the meeting.', 'What position did the harbour master take?')).toBe(false);
    // A rank held is no view: "hold" with a place in a ranking asks a fact.
    expect(answerTypes('What position does the port hold in the national ranking?')).not.toContain('statement');
  });

  it('asks a sum with how much or 얼마 and a verb whose object is money', () => {
    expect(answerTypes('How much did the port authority pay for the crane site?')).toContain('money');
    expect(answerTypes('부두 크레인 세우는 데 돈 얼마 들었대?')).toContain('money');
    expect(answerTypes('부두 이름 공모에 응모가 얼마나 들어왔나요?')).not.toContain('money');
    expect(answerTypes('How much does the berth length matter?')).not.toContain('money');
    // In any form of the verb, and with a verb of moving money into a venture ("putting … into").
    expect(answerTypes('How much is the port authority investing in the crane site?')).toContain('money');
    expect(answerTypes('how much is the shipping line actually pumping into that new pier lol')).toContain('money');
    expect(answerTypes('shipping line putting how much into the pier??')).toContain('money');
    // How much of a thing ("how much land") put into something is no sum.
    expect(answerTypes('How much land did they put into the port reserve?')).not.toContain('money');
  });

  it('counts a unit of measure asked in words by its symbol too', () => {
    expect(carries('count', '크레인 높이는 45m 이상으로 설치', '크레인은 몇 미터야?')).toBe(true);
    expect(carries('count', '크레인은 2대 설치', '크레인은 몇 미터야?')).toBe(false);
  });

  it('reads the answer type from the question in both languages', () => {
    expect(answerTypes('How many complexes were there?')).toContain('count');
    expect(answerTypes('기회발전특구는 언제 지정됐어?')).toContain('date');
    expect(answerTypes('Which regions were designated?')).toContain('names');
    expect(answerTypes('문화선도산단은 어디어디야?')).toContain('names');
  });

  it('reads a percentage question and knows which sentences carry one', () => {
    expect(answerTypes('산업단지 입주기업 재산세 감면율은 몇 퍼센트인가요?')).toContain('percent');
    expect(answerTypes('How much of the energy do complexes use?')).toContain('percent');
    expect(answerTypes('How many complexes were there?')).not.toContain('percent');
    expect(carries('percent', '산업단지는 제조업 생산의 62.5%를 차지한다.')).toBe(true);
    expect(carries('percent', '2022년 입주기업은 119,281개였다.')).toBe(false);
  });

  it('takes the next sentence when it continues the chosen one', () => {
    expect(continuesPrevious('These comprised 53 national and 700 general complexes.')).toBe(true);
    expect(continuesPrevious('이 가운데 국가산단은 53곳이다.')).toBe(true);
    expect(continuesPrevious('The act was amended in 2024.')).toBe(false);
    // "the same ..." and connectives such as "thereby" point back as pronouns do.
    expect(continuesPrevious('As of end-2024, these comprised 53 national complexes.')).toBe(true);
    expect(continuesPrevious('As of end-2024, Korea had 1,330 complexes.')).toBe(false);
    expect(continuesPrevious('The same 2018 report forecast 520 aging complexes by 2025.')).toBe(true);
    expect(continuesPrevious('Article 1 states that the Act thereby seeks balanced development.')).toBe(true);
    expect(continuesPrevious('산업집적법 제1조는 이를 통해 균형 발전에 이바지하는 것을 목표로 한다.')).toBe(true);
    // A demonstrative determiner written apart from its noun names what the sentence before stated.
    expect(continuesPrevious('항만청은 이 목표를 이루기 위해 세 가지 과제를 제시했다.')).toBe(true);
    expect(continuesPrevious('그러한 부두는 모두 12곳이다.')).toBe(true);
    // The subject particle 이 is written onto its noun; 이 중 and 그 후 are handled apart or are time.
    expect(continuesPrevious('부두 사용료가 2024년 인상되었다.')).toBe(false);
    expect(continuesPrevious('항만청은 그 후 새 부두를 지었다.')).toBe(false);
  });

  it('knows a proper name answers "which body", not only a list', () => {
    expect(carries('names', 'On 27 June 2024, at the 6th meeting of the Advanced Strategic Industry Committee, five complexes were designated.')).toBe(true);
    expect(carries('names', '기회발전특구의 법적 근거는 지방자치분권 및 지역균형발전에 관한 특별법이다.')).toBe(true);
    expect(carries('names', 'The seven complexes designated in July 2023 were expected to attract KRW 614 trillion.')).toBe(false);
  });

  it('does not take a year for the count a "how many" question asks for', () => {
    expect(carries('count', 'Samsung aims to run the first fab in 2030.')).toBe(false);
    expect(carries('count', '2030년 가동을 목표로 한다.')).toBe(false);
    expect(carries('count', 'The complex is to host six fabs.')).toBe(true);
    expect(carries('count', '2019년부터 21개 산업단지를 지정했다.')).toBe(true);
    expect(carries('count', '428 of 1,189 complexes were aging.')).toBe(true);
  });

  it('does not take an ordinal with 제- for the count an English question asks for, but lets 몇 ask for one', () => {
    expect(carries('count', '김영수 제1차관은 선수촌을 방문해 격려한다.', 'How many coaches will the vice minister meet?')).toBe(false);
    expect(carries('count', '김영수 제1차관은 선수 30명을 만난다.', 'How many coaches will the vice minister meet?')).toBe(true);
    expect(carries('count', '이 계획은 산업집적법 제3조에 근거한다.', '이 계획은 법 몇 조에 근거해?')).toBe(true);
    // Nor does an English ordinal: "the 3rd harbour plan" counts no dockers.
    expect(carries('count', 'The 3rd harbour plan found that young people avoid the docks.', 'How many people work at the docks?')).toBe(false);
    expect(carries('count', 'The 3rd harbour plan counts 4,200 people working at the docks.', 'How many people work at the docks?')).toBe(true);
  });

  it('knows definition questions and the sentences that define their subject', () => {
    expect(definitionSubject('What are culture-leading complexes?')).toBe('culture-leading complexes');
    expect(definitionSubject('기회발전특구는 무엇인가요?')).toBe('기회발전특구');
    expect(definitionSubject('노후 산업단지의 기준은 무엇인가?')).toBe('노후 산업단지의 기준');
    expect(definitionSubject('What is the goal of the plan?')).toBeUndefined();
    expect(definesSubject('Culture-leading complexes (문화선도산업단지, 문화선도산단) are a government program.', 'culture-leading complexes')).toBe(true);
    expect(definesSubject('기회발전특구는 비수도권에 기업 투자를 끌어들이기 위해 지정하는 특구이다.', '기회발전특구')).toBe(true);
    expect(definesSubject('2025년 기준 노후산단 수 520개는 2018년 전망치와 같은 숫자이다.', '노후 산업단지의 기준')).toBe(false);
    expect(definesSubject('The call for the 2026 complexes runs from 5 December 2025.', 'culture-leading complexes')).toBe(false);
  });

  it('takes the next sentence after one that only says a definition exists', () => {
    const chosen = span('Article 2(6) of the Act defines "industrial agglomeration".');
    const next = span('Under Article 2(6), industrial agglomeration means companies, research institutes and universities in one area.');
    expect(takesNext('How does the Act define industrial agglomeration?', chosen, next)).toBe(true);
    expect(takesNext('산업집적의 정의는?', span("산업집적법 제2조 제6호는 '산업집적'을 정의한다."), next)).toBe(true);
    expect(takesNext('What does the Act define?', span('The Act defines a cluster as firms gathered in one area.'), next)).toBe(false);
  });

  it('takes the next sentence when it carries the names asked for and the chosen one does not', () => {
    const chosen = span('The ministries announced the first three culture-leading complexes on 25 March 2025.');
    const next = span('They were Gumi, Changwon and Wanju.');
    const unrelated = span('The programme runs until 2027.');
    expect(takesNext('Which complexes were picked first?', chosen, next)).toBe(true);
    expect(takesNext('Which complexes were picked first?', chosen, unrelated)).toBe(false);
  });

  it('keeps a list whole with the sentence that introduces it, as a verbatim span', () => {
    const text = 'The first round covered the following regions:\n- Daegu\n- Busan\n- Jeju';
    const [intro] = splitSentences(text);
    expect(intro?.text).toContain('Jeju');
    expect(text.slice(intro?.start, intro?.end)).toBe(intro?.text);
  });

  it('finds the thing a money question asks the sum of, not a word for the amount itself', () => {
    expect(moneyNoun('해운사가 낸 부두 분양대금은 얼마야?')).toBe('분양대금');
    expect(moneyNoun('How much subsidy did each shipping line receive?')).toBe('subsidy');
    expect(moneyNoun('부두 예산은 얼마였어?')).toBe('예산');
    expect(moneyNoun('금액은 얼마야?')).toBeUndefined();
  });

  it('reads "what was the … price" as asking a sum when the money noun closes its phrase', () => {
    expect(answerTypes('What was the final dredging price for the harbour works?')).toContain('money');
    expect(answerTypes('What is the subsidy?')).toContain('money');
    expect(answerTypes('What is the tax rate at the harbour?')).not.toContain('money');
    expect(answerTypes('What are the budget items of the port?')).not.toContain('money');
    // The money noun's complement may stand before the verb; a noun closing the phrase after it asks something else.
    expect(answerTypes('What price per tonne did the port charge the shipping line?')).toContain('money');
    expect(answerTypes('What budget documents did the port publish?')).not.toContain('money');
  });

  it('reads a span of time asked for as its own type, carried by a range of dates or several years', () => {
    expect(answerTypes('What years does the harbour plan cover?')).toContain('period');
    expect(answerTypes('항만 공모는 언제부터 언제까지 했어?')).toContain('period');
    expect(answerTypes('When was the harbour plan approved?')).not.toContain('period');
    expect(carries('period', 'The harbour plan covers 2031 to 2035.')).toBe(true);
    expect(carries('period', '공모는 4월 27일부터 5월 31일까지 실시했다.')).toBe(true);
    expect(carries('period', '접수: 2029. 7. 13.(목) ~ 7. 18.(화)')).toBe(true);
    expect(carries('period', 'The harbour plan was presented in January 2030.')).toBe(false);
  });

  it('reads a sum of money as its own answer type, carried only by an amount in a currency', () => {
    expect(answerTypes('What was the annual grant for each harbour, in total?')).toContain('money');
    expect(answerTypes('항만 정비 예산은 얼마였나요?')).toContain('money');
    expect(answerTypes('How much water do the plants use?')).not.toContain('money');
    expect(answerTypes('예산은 어떻게 짜였나요?')).not.toContain('money');
    expect(answerTypes('항만 사용료는 얼마인가요?')).toContain('money');
    expect(answerTypes('항만 면적은 얼마인가요?')).not.toContain('money');
    // The price noun in the genitive before the word for its amount asks the sum too.
    expect(answerTypes('우수 항만에 주는 상금의 액수는 얼마입니까?')).toContain('money');
    expect(answerTypes('항만 면적의 규모는 얼마인가요?')).not.toContain('money');
    // An adverb may stand between the price noun and 얼마; a noun that is no price stays no sum.
    expect(answerTypes('항만 사용료는 정확히 얼마야?')).toContain('money');
    expect(answerTypes('우수 항만 상금은 대략 얼마였나요?')).toContain('money');
    expect(answerTypes('항만 면적은 정확히 얼마야?')).not.toContain('money');
    expect(carries('money', '정부는 항만 정비에 1,200억 원을 배정했다.')).toBe(true);
    expect(carries('money', 'The state set aside KRW 4.5 trillion for the harbours.')).toBe(true);
    expect(carries('money', 'The harbours cover 3.2 million m² and 40 berths.')).toBe(false);
    // Korean stacks its units: 천만, 백억, "1억 5천만원".
    expect(carries('money', '항만 보험: 사고당 1억 5천만원 이상')).toBe(true);
    expect(carries('money', '부두 정비에 3천억 원을 쓴다.')).toBe(true);
    expect(carries('money', '부두 이용객 5천만 명')).toBe(false);
  });

  it('takes a sum stated as a share of another sum (a bid bond, a deposit) for an amount of money', () => {
    expect(carries('money', '입찰보증금 : 입찰금액의 5%')).toBe(true);
    expect(carries('money', 'The deposit is 10% of the contract price.')).toBe(true);
    // A share of something that is no sum is not one.
    expect(carries('money', '항만 물동량의 5%가 컨테이너다.')).toBe(false);
    expect(carries('money', '5% of the berths were rebuilt.')).toBe(false);
  });

  it('reads the first sentence of a quotation the splitter cut as reported speech of the speaker it names', () => {
    const question = '청장이 부두 확장에 대해 뭐라고 했나요?';
    expect(carries('statement', '항만청장은 “올해는 새 부두가 문을 여는 해이다.', question)).toBe(true);
    expect(carries('statement', '항만청장은 올해 새 부두를 연다.', question)).toBe(false);
    expect(opensQuotation('항만청장은 “올해는 새 부두가 문을 여는 해이다.')).toBe(true);
    expect(opensQuotation('“새 부두를 연다.”라며, “항만을 키우겠다.')).toBe(true);
    expect(opensQuotation('“새 부두를 연다.”라고 밝혔다.')).toBe(false);
  });

  it("reads a question about someone's words as a statement, carried only by that speaker's reported speech", () => {
    expect(answerTypes('What did the harbour director say about the new berths?')).toContain('statement');
    expect(answerTypes('항만청장이 부두 확장에 대해 뭐라고 했나요?')).toContain('statement');
    expect(answerTypes('청장 발언 내용 알려줘')).toContain('statement');
    // What a text says is its content: "say in the plan" asks what the plan states, in any words.
    expect(answerTypes('What did the ministry say in the new harbour plan about berths?')).not.toContain('statement');
    expect(answerTypes('When will the harbour office open the new berths?')).not.toContain('statement');
    expect(answerTypes('항만청은 언제 개장한다고 밝혔나요?')).not.toContain('statement');
    expect(statementSpeaker('What did the harbour director say about the new berths?')).toBe('director');
    expect(statementSpeaker('항만청장이 부두 확장에 대해 뭐라고 했나요?')).toBe('항만청장');
    const asked = 'What did the harbour director say about the new berths?';
    expect(carries('statement', 'The harbour director said the berths would open in May.', asked)).toBe(true);
    expect(carries('statement', 'The harbour office said the berths would open in May.', asked)).toBe(false);
    expect(carries('statement', 'The harbour director was Kim at the time.', asked)).toBe(false);
    const ko = '항만청장이 부두 확장에 대해 뭐라고 했나요?';
    expect(carries('statement', '항만청장은 부두를 5월에 연다고 밝혔다.', ko)).toBe(true);
    expect(carries('statement', '항만청은 부두를 5월에 연다고 밝혔다.', ko)).toBe(false);
  });

  it('reads a request for every item as a list, carried by bullet lines or short items in a row, not by clauses between commas', () => {
    expect(answerTypes('List all four harbours that got new berths in 2021.')).toContain('list');
    expect(answerTypes('신규 부두가 생긴 항만 목록 좀')).toContain('list');
    // A doubled question word asks for several (표준국어대사전: 누구누구, 어디어디).
    expect(answerTypes('행사에 누구누구 나와?')).toContain('list');
    expect(answerTypes('제출 서류는 뭐뭐 있어?')).toContain('list');
    expect(answerTypes('행사에 누가 나와?')).not.toContain('list');
    expect(answerTypes('Which harbour got the most berths?')).not.toContain('list');
    expect(carries('list', 'The harbours are:\n\n- Busan\n- Incheon\n- Ulsan')).toBe(true);
    expect(carries('list', '신규 부두는 부산, 인천, 울산, 목포에 생겼다.')).toBe(true);
    expect(carries('list', 'On 3 May 2021, at the second meeting of the harbour council, the ministry named four harbours.')).toBe(false);
  });

  it('reads "which three harbours" as a list, and accepts two named items joined by "and" as one', () => {
    expect(answerTypes('Which three harbours won the 2027 berth call?')).toContain('list');
    expect(answerTypes('Do all harbours get new berths?')).not.toContain('list');
    expect(REQUIRED_TYPES).toContain('list');
    expect(carries('list', 'The berths went to Busan and Incheon.')).toBe(true);
    expect(carries('list', 'The ministry began selecting three more harbours for 2027.')).toBe(false);
  });

  it('reads "who" as asking for someone, carried only by a name: a person with a title, a body by its kind, an acronym', () => {
    expect(answerTypes('항만 축제 2부에 나오는 가수 두 팀은 누구야?')).toContain('person');
    expect(answerTypes('Who opened the new berths?')).toContain('person');
    expect(answerTypes('When did the harbour office open?')).not.toContain('person');
    expect(REQUIRED_TYPES).toContain('person');
    expect(carries('person', '구분: 축제 2부 | 비고: 국내 정상급 가수 2팀')).toBe(false);
    expect(carries('person', '김항만 차관은 부두를 방문했다.')).toBe(true);
    expect(carries('person', '부두는 해양수산부가 개장했다.')).toBe(true);
    expect(carries('person', 'The berths were opened by the Busan Port Authority.')).toBe(true);
    expect(carries('person', 'KPA opened the berths.')).toBe(true);
  });

  it('holds a question asking people of a role to a name with that role, in Korean text', () => {
    const q = '장관이 격려한 수영 선수들 이름이 누구누구예요?';
    expect(answerTypes('Which swimmers did the minister meet?')).not.toContain('person');
    expect(answerTypes('Which athletes did the minister meet?')).toContain('person');
    // The minister who met them is none of them; a kind of athlete names nobody.
    expect(carries('person', '김항만 장관은 선수촌을 방문해 국가대표 선수들을 격려했다.', q)).toBe(false);
    expect(carries('person', '장관은 박민준 선수와 함께 훈련장을 둘러봤다.', q)).toBe(true);
    expect(carries('person', '장관은 수영 선수 박민준을 만났다.', q)).toBe(true);
    // Name, gloss and affiliation before the title.
    expect(carries('person', '- 최우진(Choi Woo-jin) 한국대 교수', '간담회에 온 교수님들 누구였어?')).toBe(true);
    // A line-up names them whatever their role.
    expect(carries('person', '섭외팀: 김바다, 10cm, 이하늘', '작년에 나온 가수들 누구누구였지?')).toBe(true);
    // English text names people in its own way.
    expect(carries('person', 'The minister met Park Min-jun at the pool.', 'Which athletes did the minister meet?')).toBe(true);
  });

  it('reads a question about what changed from an earlier version as asking a change, carried only by one', () => {
    expect(answerTypes('이 지침은 이전 판과 비교해 어떤 항목이 추가됐어?')).toContain('change');
    expect(answerTypes('What was revised in the harbour guideline compared with its previous edition?')).toContain('change');
    expect(answerTypes('이 지침의 항목은 몇 개야?')).not.toContain('change');
    expect(REQUIRED_TYPES).toContain('change');
    expect(carries('change', 'NO: 3 | 항목명: 부두번호 | 설명: 부두마다 부여하는 번호')).toBe(false);
    expect(carries('change', '2024년 개정으로 부두번호 항목이 추가되었다.')).toBe(true);
    expect(carries('change', 'The 2024 edition added a berth number field.')).toBe(true);
  });

  it('reads a question about the next round as asking a scheduled one, carried only by a plan for such a round', () => {
    expect(answerTypes('When does the next call for harbour festivals open?')).toContain('upcoming');
    expect(answerTypes('다음 공모는 언제 열려요?')).toContain('upcoming');
    expect(answerTypes('When did the 2024 call open?')).not.toContain('upcoming');
    expect(REQUIRED_TYPES).toContain('upcoming');
    expect(carries('upcoming', 'The 2024 call ran from 1 March to 2 April 2024.')).toBe(false);
    expect(carries('upcoming', 'Each festival is to receive KRW 1 billion until 2028.')).toBe(false);
    expect(carries('upcoming', 'The ministry will open the 2026 call in March.')).toBe(true);
    expect(carries('upcoming', '2026년 공모는 3월에 진행할 예정이다.')).toBe(true);
  });

  it('reads a question about what an action brought about as asking a realised change, not a target', () => {
    const q = '항만 정비 사업 하고 나서 물동량이 얼마나 늘었대요?';
    expect(answerTypes(q)).toContain('result');
    expect(answerTypes('How many jobs were created after the harbour was rebuilt?')).toContain('result');
    expect(answerTypes('항만 정비 사업 예산은 얼마야?')).not.toContain('result');
    expect(REQUIRED_TYPES).toContain('result');
    expect(carries('result', '정비 사업은 물동량을 30% 늘리는 것을 목표로 한다.', q)).toBe(false);
    expect(carries('result', '부두에는 3천 개의 일자리가 있다.', q)).toBe(false);
    expect(carries('result', '정비 이후 물동량은 12% 늘었다.', q)).toBe(true);
  });

  it('reads "what budget did …" as asking a sum', () => {
    expect(answerTypes('What budget did the harbour office spend on the 2022 festival?')).toContain('money');
    expect(answerTypes('What budget items did the harbour office list?')).not.toContain('money');
  });

  it('counts people in 명 whichever language asks', () => {
    const q = 'How many visitors came to the first harbour festival in 2022?';
    expect(carries('count', '1회(2022년) 출연팀: 김바다, 10cm, 이하늘', q)).toBe(false);
    expect(carries('count', '1회 축제에는 관람객 3만 명이 찾았다.', q)).toBe(true);
    expect(carries('count', 'The first festival drew 30,000 visitors.', q)).toBe(true);
  });

  it('counts places and facilities in 곳, 개소 or 개 whichever language asks', () => {
    const q = 'How many transfer centres are registered in this dataset?';
    expect(carries('count', 'NO: 1 | 항목명: 환승센터명 | 설명: WGS84 좌표계 사용', q)).toBe(false);
    expect(carries('count', '전국 환승센터 12곳이 등록되어 있다.', q)).toBe(true);
    // An English sentence glossing a term in Hangul is English, and counts in its own words.
    expect(carries('count', 'The ministry registered 15 candidate sites for transfer centres (환승센터).', q)).toBe(true);
  });

  it('reads whether something succeeded as an outcome, carried only by a sentence of success or failure, not by the plan', () => {
    expect(answerTypes('지난달 쏘기로 한 시험선은 결국 진수에 성공했나요?')).toContain('outcome');
    expect(answerTypes('Did the harbour ferry trial in May succeed?')).toContain('outcome');
    expect(answerTypes('Was the ferry trial in May successful?')).toContain('outcome');
    expect(answerTypes('Was the May ferry trial unsuccessful or not?')).toContain('outcome');
    // Asked in everyday words: "did it go well", "how did it turn out", "잘 됐어".
    expect(answerTypes('Did the May ferry trial go well?')).toContain('outcome');
    expect(answerTypes('How did the ferry trial turn out?')).toContain('outcome');
    expect(answerTypes('5월 시험 운항은 잘 됐어?')).toContain('outcome');
    expect(answerTypes('When is the harbour ferry trial?')).not.toContain('outcome');
    expect(REQUIRED_TYPES).toContain('outcome');
    expect(carries('outcome', '5월에는 새 여객선의 시험 운항을 실시할 예정이다.')).toBe(false);
    expect(carries('outcome', '5월 시험 운항은 기상 악화로 무산되었다.')).toBe(true);
    expect(carries('outcome', 'The May trial of the new ferry succeeded.')).toBe(true);
  });

  it('holds a question asking people by name to a name it does not already give', () => {
    const doubled = '김항만 차관이 부두에서 격려한 선수들은 누구누구야?';
    expect(answerTypes(doubled)).toContain('person');
    // The asker's own subject, a title alone and a plural of the role name no one.
    expect(carries('person', '해양수산부(장관 박바다) 김항만 차관은 부두를 찾아 선수들을 격려한다.', doubled)).toBe(false);
    expect(carries('person', '부두 훈련장 등 살피고 선수들 격려,', doubled)).toBe(false);
    expect(carries('person', '김항만 차관은 조하늘 선수와 함께 훈련장을 둘러봤다.', doubled)).toBe(true);
    expect(carries('person', '1회(2022년) 출연진: 김바다, 10cm, 이하늘, 파도밴드', '작년 1회 출연진은 누구누구였어?')).toBe(true);
    expect(carries('person', '(부두) | 항만정책과 | 담당자 | 사무관 | 이항구 | (044-200-1234)', '부두 방문 담당자 이름이 뭐야?')).toBe(true);
    // An English name is capitalised words, a hyphenated given name allowed; a place and a common noun are none.
    expect(carries('person', 'The vice minister met archer Kim Ha-neul at the centre.', 'What are the names of the athletes she met?')).toBe(true);
    expect(carries('person', 'She visited the training centre in Busan port today.', 'What are the names of the athletes she met?')).toBe(false);
    // A body answers "who" when no name is asked, not when one is.
    expect(carries('person', '심사 위원은 해양수산부가 위촉한다.', '심사 위원은 누가 위촉해?')).toBe(true);
    expect(carries('person', '심사 위원은 해양수산부가 위촉한다.', '심사 위원 이름이 뭐야?')).toBe(false);
  });

  it('reads a request for how to reach someone as a contact, carried only by a phone number, e-mail or web address', () => {
    expect(answerTypes('Is there an email or phone number for the harbour office?')).toContain('contact');
    expect(answerTypes('항만청 연락처 알려줘')).toContain('contact');
    expect(answerTypes('When did the harbour office open?')).not.toContain('contact');
    // Whom to call, ask or contact, asked with the verb: the answer is a way to reach them.
    expect(answerTypes('부두 개장 건은 누구한테 연락하면 돼요?')).toContain('contact');
    expect(answerTypes('항만청에 어느 번호로 전화해야 해?')).toContain('contact');
    expect(answerTypes('Who should I call about the new berths?')).toContain('contact');
    expect(answerTypes('What do people call the new pier?')).not.toContain('contact');
    expect(answerTypes('항만청은 언제 연락사무소를 열었어?')).not.toContain('contact');
    // Who is in charge asks for the official a release's box names with a number; what a unit did does not.
    expect(asksForContact('부두 개장 건 담당 과장이 누구야?')).toBe(true);
    expect(asksForContact('Which unit is in charge of the berth bookings?')).toBe(true);
    expect(asksForContact('항만정책과는 무엇을 발표했어?')).toBe(false);
    expect(REQUIRED_TYPES).toContain('contact');
    expect(carries('contact', '문의는 항만청(051-123-4567)으로 하면 된다.')).toBe(true);
    expect(carries('contact', 'Write to berths@harbour.example for details.')).toBe(true);
    expect(carries('contact', 'The harbour office opened in 2021 with 12 berths.')).toBe(false);
  });

  it('holds a question asking which papers to hand in to a sentence that names one', () => {
    expect(answerTypes('항만 축제 부스 신청할 때 어떤 서류를 내야 해요?')).toContain('document');
    expect(answerTypes('부두 사용 허가 받으려면 제출서류가 뭐예요?')).toContain('document');
    expect(answerTypes('What documents does a ferry operator need to apply for a berth?')).toContain('document');
    expect(answerTypes('부두 사용 허가는 언제 나와요?')).not.toContain('document');
    expect(REQUIRED_TYPES).toContain('document');
    expect(carries('document', '신청 기간은 2027년 3월 2일부터 3월 20일까지이다.')).toBe(false);
    expect(carries('document', '부스 운영 신청서와 사업자등록증 사본 1부를 제출한다.')).toBe(true);
    expect(carries('document', 'Operators submit an application form and a safety certificate.')).toBe(true);
  });

  it('reads a date noun alone or closing a compound, not inside a request or "일자리"', () => {
    expect(answerTypes('신항 착공시기는?')).toContain('date');
    expect(answerTypes('부두 지정 일자가 궁금해')).toContain('date');
    expect(answerTypes('부두 조항을 알려주시기 바랍니다.')).toEqual(['other']);
    expect(answerTypes('신항에서 일자리 몇 개 생겨?')).not.toContain('date');
  });

  it('reads what a law or plan "says" as its content, not as reported speech to quote', () => {
    expect(answerTypes('what does the harbour act say its purpose is')).not.toContain('statement');
    expect(answerTypes('what did the harbour minister say about the berths?')).toContain('statement');
  });

  it('takes only a number of people for "몇 명", but any counter for a count of things', () => {
    expect(carries('count', '1. 2. 장관, 신항 부두 방문', '부두에서 장관이 만난 선원은 몇 명이었어?')).toBe(false);
    expect(carries('count', '신항 부두에는 227만여 명이 일한다.', '신항 부두에서 몇 명이 일해?')).toBe(true);
    expect(carries('count', '신항 부두 6곳이 선정되었다.', '신항 부두 몇 개 뽑았음?')).toBe(true);
  });

  it('takes a number of places or bodies for "몇 곳": 곳, 군데, 개소 or the general 개, in Korean text', () => {
    const question = '입찰에 참가한 업체는 모두 몇 곳이야?';
    expect(carries('count', '제안서 출력물 총 12부', question)).toBe(false);
    expect(carries('count', '11번 항목에 0 입력', question)).toBe(false);
    expect(carries('count', '3개년 계획을 세웠다.', question)).toBe(false);
    expect(carries('count', '업체 5곳이 제안서를 냈다.', question)).toBe(true);
    expect(carries('count', '부두 3군데가 선정되었다.', '부두 몇 군데 뽑았음?')).toBe(true);
    expect(carries('count', '2027년까지 10개 단지를 선정한다.', '산단 몇 곳 뽑아?')).toBe(true);
    expect(carries('count', '전국 23개소가 지정되었다.', '몇 개소 지정됐어?')).toBe(true);
    // English evidence counts in its own words.
    expect(carries('count', 'Ten complexes were selected by 2027.', '산단 몇 곳 뽑아?')).toBe(true);
  });

  it('takes a number of cases for "몇 건": 건 or the general 개, in Korean text', () => {
    const question = '표준데이터에 환승센터 총 몇 건 들어가 있어?';
    expect(carries('count', '환승센터 정보 312건을 제공한다.', question)).toBe(true);
    expect(carries('count', '규제 16개 과제를 개선했다.', question)).toBe(true);
    // Figures in other units count other things: a length, a zero to enter, copies.
    expect(carries('count', '역번호는 숫자 4자리로 구성하며, 없는 경우 0 입력', question)).toBe(false);
    expect(carries('count', '제안서 12부 제출', question)).toBe(false);
  });

  it('takes a count in the unit a counter names: 쪽 for 몇 쪽, 기 for 몇 기, m for 몇 m', () => {
    expect(carries('count', '1. 2. 장관, 신항 부두 방문 (2024년 배포)', '보도자료는 몇 쪽짜리야?')).toBe(false);
    expect(carries('count', '보도자료 본문 3쪽, 붙임 2쪽', '보도자료는 몇 쪽짜리야?')).toBe(true);
    expect(carries('count', '1단에는 75톤급 엔진이 들어간다.', '1단에는 엔진이 몇 기 들어가?')).toBe(false);
    expect(carries('count', '1단에는 75톤급 엔진 4기가 묶여 들어간다.', '1단에는 엔진이 몇 기 들어가?')).toBe(true);
    // 건 and 개 count items and measures alike.
    expect(carries('count', '개정안에는 16개의 규제 개선 내용이 담겼다.', '개정안에 규제 개선은 몇 건 담겼어?')).toBe(true);
    expect(carries('count', '총 길이 | 47.2 m', '총 길이는 몇 m야?')).toBe(true);
    // The general counters and those speakers swap take any number.
    expect(carries('count', '공연팀 5팀을 제안한다.', '공연팀은 몇 개 제안해?')).toBe(true);
    expect(carries('count', '연 2회 점검한다.', '몇 번 점검해?')).toBe(true);
  });

  it('reads no count in a date, a clock time or a table row number', () => {
    expect(carries('count', '9월 7일(금)에 부두 개장식이 열린다.', '부두 개장 상금은 얼마?')).toBe(false);
    expect(carries('count', 'NO: 6 | 항목명: 부두주소', '부두는 모두 몇 곳이야?')).toBe(false);
    expect(carries('count', '2029년 7월 20일 부두 7곳이 지정되었다.', '부두는 몇 곳 지정됐어?')).toBe(true);
  });

  it('reads "how often" as a frequency, not a count a number must answer', () => {
    expect(answerTypes('부두 통계는 얼마나 자주 갱신돼?')).not.toContain('count');
    expect(answerTypes('how often is the harbour plan redone?')).not.toContain('count');
    expect(answerTypes('부두는 얼마나 많아?')).toContain('count');
  });

  it('takes a figure labelled by a name ending in the counter asked for a count in that unit', () => {
    expect(carries('count', '등급: B2 / 나 | 배점: 8.5', '우리 항만은 B2인데 몇 점 받아?')).toBe(true);
    expect(carries('count', '인원(명): 30', '부두 근무자는 몇 명 필요해?')).toBe(true);
    expect(carries('count', '등급: B2 / 나 | 비고: 8.5', '우리 항만은 B2인데 몇 점 받아?')).toBe(false);
  });

  it('reads the interval between two times ("얼마 만에 한 번씩", "몇 년에 한 번") as a frequency', () => {
    for (const question of ['부두 통계는 얼마 만에 한 번씩 갱신해?', '항만 계획은 몇 년에 한 번 바뀌나요?', '점검은 몇 달마다 해?']) {
      expect(answerTypes(question)).toContain('frequency');
      expect(answerTypes(question)).not.toContain('count');
    }
    // A duration is no frequency: "얼마 만에 끝났어" asks how long it took.
    expect(answerTypes('부두 공사는 얼마 만에 끝났어?')).not.toContain('frequency');
    expect(answerTypes('부두는 몇 년에 지정됐어?')).not.toContain('frequency');
  });

  it('requires a frequency for "how often", carried by a period or rate in either language', () => {
    expect(answerTypes('부두 통계는 얼마마다 갱신해?')).toContain('frequency');
    expect(answerTypes('부두는 몇 곳이야?')).not.toContain('frequency');
    for (const text of [
      '갱신주기: 연간',
      '점검은 매년 실시한다',
      '5년마다 수립한다',
      '연 2회 보고',
      'drawn up on a five-year cycle',
      'revised every five years',
    ])
      expect(carries('frequency', text)).toBe(true);
    for (const text of ['2029년 7월에 갱신했다', '부두 3곳을 지정했다', 'the five-year plan']) expect(carries('frequency', text)).toBe(false);
  });
});
