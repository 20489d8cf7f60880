import { describe, expect, it } from 'vitest';
import { detectLang, questionLang } from './lang.js';

describe('question language', () => {
  it('follows the sentence frame, not the share of Hangul', () => {
    expect(questionLang('What does 산업용지은행제도 mean?').lang).toBe('en');
    expect(questionLang('Where is the 한국산업단지공단 headquartered?').lang).toBe('en');
    expect(questionLang('KICOX의 2026년 계획은?').lang).toBe('ko');
    expect(questionLang('AX 실증산단은 몇 곳이야?').lang).toBe('ko');
    expect(questionLang('What is the RE100 산단 plan? 설명해 줄 수 있나요?').lang).toBe('ko');
    expect(questionLang('How many complexes are there?').lang).toBe('en');
    expect(detectLang('What does 산업용지은행제도 mean?')).toBe('ko');
  });

  it('honours an explicit request and takes it out of the question', () => {
    expect(questionLang('What did KICOX plan for 2026? (한국어로 답해 주세요)')).toEqual({ lang: 'ko', question: 'What did KICOX plan for 2026?' });
    expect(questionLang('기회발전특구는 몇 개야? Please answer in English.')).toEqual({ lang: 'en', question: '기회발전특구는 몇 개야?' });
    expect(questionLang('산업단지 수를 영어로 알려줘').lang).toBe('en');
    expect(questionLang('Which law applies?').question).toBe('Which law applies?');
  });
});
