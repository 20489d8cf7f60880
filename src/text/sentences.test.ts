import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits Korean and English sentences and keeps decimals whole', () => {
    const text = '특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다. 인허가는 45~90일 안에 처리된다.\n- The zones got KRW 40.5 trillion of investment. Done.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      '특화단지에는 용적률을 최대 1.4배까지 완화할 수 있다.',
      '인허가는 45~90일 안에 처리된다.',
      'The zones got KRW 40.5 trillion of investment.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences with lists and abbreviations', () => {
  it('quotes a list together with the sentence that introduces it', () => {
    const text = '첫 문화선도산업단지 3곳을 발표했다. 선정된 곳은 다음과 같다.\n\n1. 구미국가산업단지\n2. 창원국가산업단지\n\n그 뒤 공모가 열렸다.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      '첫 문화선도산업단지 3곳을 발표했다.',
      '선정된 곳은 다음과 같다.\n\n1. 구미국가산업단지\n2. 창원국가산업단지',
      '그 뒤 공모가 열렸다.',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence after "No." before a number', () => {
    const spans = splitSentences('The Act was enacted on 13 January 1990 as Act No. 4216. It was renamed later.');
    expect(spans.map((s) => s.text)).toEqual(['The Act was enacted on 13 January 1990 as Act No. 4216.', 'It was renamed later.']);
  });
});

describe('splitSentences with Korean dates, outlines and bullets', () => {
  const texts = (text: string) => splitSentences(text, 1).map((s) => s.text);

  it('never cuts a date written with dots', () => {
    expect(texts('과업기간은 계약체결일 ~ 2023. 11. 30.(목)까지이다. 제안서는 2023. 7. 25. 제출한다.')).toEqual([
      '과업기간은 계약체결일 ~ 2023. 11. 30.(목)까지이다.',
      '제안서는 2023. 7. 25. 제출한다.',
    ]);
    expect(texts('보도시점 2024. 1. 2.(화) 08:00 배포')).toEqual(['보도시점 2024. 1. 2.(화) 08:00 배포']);
    expect(texts('- 1. 2. 장미란 제2차관, 선수촌 방문')).toEqual(['1. 2. 장미란 제2차관, 선수촌 방문']);
  });

  it('does not end a sentence at an inline enumeration', () => {
    expect(texts('노선번호는 세 부분이다. 1. 유형구분 1자리 2. 운행지역 코드 2자리')).toEqual([
      '노선번호는 세 부분이다.',
      '1. 유형구분 1자리 2. 운행지역 코드 2자리',
    ]);
  });

  it('still ends an English sentence after a number', () => {
    expect(texts('The Act took effect in 2023. It was amended in 2024.')).toEqual(['The Act took effect in 2023.', 'It was amended in 2024.']);
    expect(texts('Rates rose to 3.5 percent, e.g. in Seoul. Dr. Kim said so.')).toEqual(['Rates rose to 3.5 percent, e.g. in Seoul.', 'Dr. Kim said so.']);
  });

  it('leaves outline markers and bullets outside the quote', () => {
    const text =
      'Ⅱ. 과업 세부내용\n가. 행사장소: 국립4·19민주묘지\n1) 문화행사를 운영함\n□ 기본 정보를 제공함\no 세부 내용을 기술함\n⇨ 관람객 좌석을 배치함\n※ 현장 사진 별도 배포 예정\n① 입찰가격을 평가함';
    expect(texts(text)).toEqual([
      '과업 세부내용',
      '행사장소: 국립4·19민주묘지',
      '문화행사를 운영함',
      '기본 정보를 제공함',
      '세부 내용을 기술함',
      '관람객 좌석을 배치함',
      '현장 사진 별도 배포 예정',
      '입찰가격을 평가함',
    ]);
  });

  // Korean dates inside Korean prose: no sentence may end in a bare year, month or day.
  const date = fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.constantFrom('', '.', '(화)', '.(목)', ' 08:00'),
    )
    .map(([y, m, d, tail]) => `${y}. ${m}. ${d}${tail.startsWith('.') || tail === '' ? tail || '.' : `.${tail}`}`);
  const words = fc.array(fc.constantFrom('행사는', '제안서를', '강북구청', '문화관광체육과에서', '접수하며', '기간은', '까지', '계약', '~'), {
    minLength: 1,
    maxLength: 5,
  });
  const sentence = fc.tuple(words, fc.option(date), words).map(([a, d, b]) => `${a.join(' ')} ${d ?? ''} ${b.join(' ')}한다.`.replace(/\s+/g, ' '));

  it('keeps every dotted date whole in generated Korean text (property)', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n', '  '), (sentences, glue) => {
        const text = sentences.join(glue);
        const spans = splitSentences(text, 1);
        for (const s of spans) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).not.toMatch(/\d\.?$/);
        }
        expect(spans.map((s) => s.text)).toEqual(sentences);
      }),
    );
  });
});

describe('splitSentences with short statements', () => {
  it('keeps a short "label: value" row but drops a short heading', () => {
    const text = '□ 기본 정보\n소관기관: 국토교통부\n갱신주기: 연간';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['소관기관: 국토교통부', '갱신주기: 연간']);
  });
});
