import { describe, expect, it } from 'vitest';
import { tableText } from './table-text.js';

describe('tableText', () => {
  it('turns a two-column table of labels into one "label: value" statement per row, without its header', () => {
    const text = tableText([
      ['항목', '내용'],
      ['관련법령', '국가통합교통체계효율화법'],
      ['소관기관', '국토교통부'],
      ['갱신주기', '연간'],
    ]);
    expect(text.split('\n')).toEqual(['관련법령: 국가통합교통체계효율화법', '소관기관: 국토교통부', '갱신주기: 연간']);
  });

  it('keeps a two-column table whose left column is prose as cells', () => {
    const long = '이 칸은 표의 왼쪽 열이지만 짧은 이름이 아니라 긴 문장으로 쓰여 있어서 항목 이름으로 볼 수 없다.';
    expect(
      tableText([
        [long, '첫째'],
        ['두 번째 줄', '둘째'],
      ]),
    ).toBe(`${long} | 첫째\n두 번째 줄 | 둘째`);
  });

  it('labels every cell of a wide table with its column, so each row stands alone', () => {
    const text = tableText([
      ['구 분', '시 간', '비 고'],
      ['문화 행사', '15:00 ~ 17:30', '공연 제외'],
      ['공식 행사', '18:00 ~ 18:30', ''],
    ]);
    expect(text.split('\n')).toEqual(['구분: 문화 행사 | 시간: 15:00 ~ 17:30 | 비고: 공연 제외', '구분: 공식 행사 | 시간: 18:00 ~ 18:30']);
  });

  it('leaves a table as "cell | cell" when its first row is not column names or rows are ragged', () => {
    // Figures in the first row: a layout table of contacts, not a header.
    expect(
      tableText([
        ['담당 부서', '체육국', '책임자', '(044-203-3111)'],
        ['(진천선수촌)', '체육정책과', '담당자', '(044-203-3129)'],
      ]),
    ).toBe('담당 부서 | 체육국 | 책임자 | (044-203-3111)\n(진천선수촌) | 체육정책과 | 담당자 | (044-203-3129)');
    // Merged cells: rows of other lengths cannot be labelled safely.
    expect(
      tableText([
        ['구분', '평가사항', '세부내용'],
        ['기술능력', '객관적 평가', '근무인력', '6점'],
      ]),
    ).toBe('구분 | 평가사항 | 세부내용\n기술능력 | 객관적 평가 | 근무인력 | 6점');
  });

  it('reads a header of two rows over merged cells group by group, when the spans say so', () => {
    const rows = [
      ['등 급', '배점'],
      ['항만 등급', '부두 등급', '10'],
      ['A1', '가', '10.0'],
      ['B2', '나', '8.5'],
    ];
    expect(
      tableText(rows, [
        [2, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toBe('등급: 항만 등급 / 부두 등급 | 배점: 10\n등급: A1 / 가 | 배점: 10.0\n등급: B2 / 나 | 배점: 8.5');
    // Without spans, or with spans that do not cover the rows, the rows stay as they were.
    expect(tableText(rows)).toBe('등 급 | 배점\n항만 등급 | 부두 등급 | 10\nA1 | 가 | 10.0\nB2 | 나 | 8.5');
    expect(
      tableText(rows, [
        [1, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toBe(tableText(rows));
    // A name with a figure in a wide group is no column name.
    const figured = [
      ['등급', '배점'],
      ['2023년', '2024년', '10'],
      ['A1', '가', '10.0'],
    ];
    expect(
      tableText(figured, [
        [2, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toBe(tableText(figured));
  });

  it('drops empty rows and escapes a cell that would read as a heading', () => {
    expect(
      tableText([
        ['', ''],
        ['# 1', '첫째'],
        ['# 2', '둘째'],
      ]),
    ).toBe('\\# 1: 첫째\n\\# 2: 둘째');
    expect(tableText([['', '']])).toBe('');
  });
});
