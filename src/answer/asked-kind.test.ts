import { describe, expect, it } from 'vitest';
import { answersAskedKind, askedCounters, itemLabel } from './asked-kind.js';

describe('labelled items that give the kind of value asked for', () => {
  it('reads the label of an item, letter spacing closed up', () => {
    expect(itemLabel('일    시: 2023. 8. 1.(화) 10:00 ~ 12:00')).toBe('일시');
    expect(itemLabel('행사장소: 국립4·19민주묘지')).toBe('행사장소');
    expect(itemLabel('장미란 차관은 먼저 진천 국가대표 선수촌을 방문해 선수들의 훈련 상황을 점검한다.')).toBeUndefined();
  });

  it('answers 언제 with an item labelled as a time that holds a date', () => {
    expect(answersAskedKind('행사는 언제 열려?', '행사일시: 2023. 10. 21.(토) 15:00 ~ 20:40')).toBe(true);
    expect(answersAskedKind('제안서 언제까지 내?', '제출일시: 2023. 7. 25.(화) 9:00 ~ 17:00까지')).toBe(true);
    // A time label without a date, or a date under another label, is not the answer's kind.
    expect(answersAskedKind('행사는 언제 열려?', '과업기간: 계약체결일부터')).toBe(false);
    expect(answersAskedKind('행사는 언제 열려?', '행 사 명: 2023 가을 음악축제')).toBe(false);
  });

  it('answers 어디 with an item labelled as a place', () => {
    expect(answersAskedKind('평가위원회는 어디서 열려?', '장    소: 강북구청 3층 재난안전상황실')).toBe(true);
    expect(answersAskedKind('평가위원회는 언제 열려?', '장    소: 강북구청 3층 재난안전상황실')).toBe(false);
    // 어느 with a noun for a place asks a place as 어디 does.
    expect(answersAskedKind('평가위원회는 어느 장소에서 열려?', '장    소: 강북구청 3층 재난안전상황실')).toBe(true);
    expect(answersAskedKind('평가위원회는 어느 위치야?', '위    치: 항만청 2층')).toBe(true);
  });

  it('answers 몇 부 with a figure counted in 부', () => {
    expect(askedCounters('제안서는 몇 부를 내야 하나요?')).toEqual(['부']);
    expect(answersAskedKind('제안서는 몇 부를 내야 하나요?', '제안서 12부 및 제안서 파일 (USB 제출)')).toBe(true);
    expect(answersAskedKind('제안서는 몇 부를 내야 하나요?', '제안서 12건을 검토했다')).toBe(false);
    expect(answersAskedKind('제안서는 몇 부를 내야 하나요?', '제안서 12부서가 검토했다')).toBe(false);
  });

  it('answers a count in one word of a unit with a count in another word of it, a particle after', () => {
    expect(answersAskedKind('신항 부두는 몇 군데 뽑혔어?', '신항 부두 6곳이 선정되었다.')).toBe(true);
    expect(answersAskedKind('신항 부두는 몇 곳 뽑혔어?', '신항 부두 6개소를 선정했다.')).toBe(true);
    // 개 counts anything: "17개 시도" is no count of the records 몇 건 asks.
    expect(answersAskedKind('부두 자료는 몇 건 들어 있어?', '시도명: 17개 광역/특별자치시, 도의 정식 명칭')).toBe(false);
    expect(answersAskedKind('제안서는 몇 부를 내야 하나요?', '제안서는 12부터 번호를 매긴다')).toBe(false);
  });

  it('reads the counter before the copula that closes the question', () => {
    expect(askedCounters('선착장 안내원은 모두 몇 명이에요?')).toEqual(['명']);
    expect(askedCounters('매표소는 몇 곳이었어?')).toEqual(['곳']);
    expect(askedCounters('대기 시간은 몇 시간이야?')).toEqual(['시간']);
    expect(answersAskedKind('선착장 안내원은 모두 몇 명이에요?', '1) 구성인원: 매표 직원과 안내원 등 총 9명')).toBe(true);
    expect(answersAskedKind('선착장 안내원은 모두 몇 명이에요?', '1) 운항횟수: 하루 9회')).toBe(false);
  });

  it('reads a unit of measure asked in words as the unit or its symbol, a particle after it', () => {
    expect(askedCounters('부두 크레인은 몇 미터로 세워?')).toEqual(['미터']);
    expect(answersAskedKind('부두 크레인은 몇 미터로 세워?', '2) 크레인 높이는 45m 이상으로 설치')).toBe(true);
    expect(answersAskedKind('부두 크레인은 몇 미터로 세워?', '2) 크레인 무게는 45mg 이하')).toBe(false);
    expect(answersAskedKind('부두 크레인은 몇 미터로 세워?', '2) 크레인 2대 설치')).toBe(false);
  });

  it('answers 몇 시 with a clock time, as documents write the hour', () => {
    expect(askedCounters('공식행사는 몇 시에 시작해?')).toEqual(['시']);
    expect(answersAskedKind('공식행사는 몇 시에 시작해?', '일    시: 2023. 10. 21.(토) 17:30 ~ 20:40')).toBe(true);
    expect(answersAskedKind('공식행사는 몇 시에 시작해?', '장    소: 국립4·19민주묘지 메인무대')).toBe(false);
    expect(answersAskedKind('제안서는 몇 부를 내야 하나요?', '일    시: 2023. 10. 21.(토) 17:30 ~ 20:40')).toBe(false);
  });

  it('answers a question asking a list with an item that lists, in an uploaded document only', () => {
    const item = '1회(2022년) 섭외팀: 가수 하나, 밴드 둘, 합창단 셋, 가수 넷';
    expect(answersAskedKind('작년 음악회에 누구누구 나왔어?', item, true)).toBe(true);
    expect(answersAskedKind('작년 음악회에 누구누구 나왔어?', item, false)).toBe(false);
    // A question asking one thing is not given the kind by a list.
    expect(answersAskedKind('작년 음악회 장소는?', item, true)).toBe(false);
  });

  it('answers "누구" with a sentence naming someone the question does not, in an uploaded document only', () => {
    const question = '부두 이름 낸 사람 누구야?';
    const named = '동 명칭을 제출한 해양대학교 김바다 학생은 부두가 바다로 열린 문이라는 뜻이라고 밝혔다.';
    expect(answersAskedKind(question, named, true)).toBe(true);
    expect(answersAskedKind(question, named, false)).toBe(false);
    expect(answersAskedKind(question, '명칭 공모에는 약 3,000명이 참여했다.', true)).toBe(false);
    // The person the question names already is no answer to who.
    expect(answersAskedKind('김바다 학생이 낸 이름은 누가 골랐어?', named, true)).toBe(false);
  });

  it('answers 몇 퍼센트 with a percentage in an uploaded document only', () => {
    const question = '심사에서 서류와 발표는 각각 몇 퍼센트를 차지해?';
    expect(answersAskedKind(question, '배점은 서류심사 70%, 발표심사 30%로 한다', true)).toBe(true);
    expect(answersAskedKind(question, '배점은 서류심사 70점, 발표심사 30점으로 한다', true)).toBe(false);
    // In the official documents' prose a percentage of something else would outrank the asked rate.
    expect(answersAskedKind(question, '배점은 서류심사 70%, 발표심사 30%로 한다')).toBe(false);
  });

  it('answers "how often" with an item labelled as a period of repetition', () => {
    expect(answersAskedKind('부두 통계는 얼마마다 바꿔?', '갱신주기: 연간')).toBe(true);
    expect(answersAskedKind('부두 통계는 얼마마다 바꿔?', '갱신방법: 일괄 교체')).toBe(false);
    expect(answersAskedKind('부두 통계는 어디서 바꿔?', '갱신주기: 연간')).toBe(false);
  });

  it('answers a deadline question with a time that closes a period', () => {
    expect(answersAskedKind('항만 정비는 언제까지 끝내?', '정부는 2029년까지 항만 정비를 마친다.')).toBe(true);
    expect(answersAskedKind('항만 정비는 언제까지 끝내?', '정부는 2024년에 항만 정비를 시작했다.')).toBe(false);
    expect(answersAskedKind('By what year will the harbour works end?', 'The harbour works are to end by 2029.')).toBe(true);
    expect(answersAskedKind('By what year will the harbour works end?', 'The harbour works began in 2024.')).toBe(false);
    // Not a deadline question: a time closing a period is no more an answer than any other.
    expect(answersAskedKind('항만 정비는 언제 시작했어?', '정부는 2029년까지 항만 정비를 마친다.')).toBe(false);
  });
});
