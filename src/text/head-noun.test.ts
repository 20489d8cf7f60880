import { describe, expect, it } from 'vitest';
import { countedNoun, focusWords, headNoun } from './head-noun.js';

describe('the noun a question asks about', () => {
  it('finds the noun whose value is asked for', () => {
    expect(headNoun('What is the rainfall of Mokpo?')).toBe('rainfall');
    expect(headNoun('목포의 강수량은 얼마인가요?')).toBe('강수량');
  });

  it("finds the object of a how-to question: the procedure asked is that object's", () => {
    expect(headNoun('How do I apply for a fishing licence?')).toBe('licence');
    expect(headNoun('How can we register our new harbour office?')).toBe('office');
    // A question that goes on past the object asks more than its procedure.
    expect(headNoun('How do I apply for a fishing licence, and what does it cost?')).toBeUndefined();
  });

  it('finds the counted noun of a "how many" question, past its modifiers', () => {
    expect(countedNoun('How many berths has the new harbour opened so far?')).toBe('berths');
    expect(countedNoun('how many deep water container berths are planned?')).toBe('berths');
    expect(countedNoun('신항의 선석은 몇 개인가요?')).toBe('선석');
    expect(countedNoun('신항 공모에 들어온 제안서는 모두 몇 건이었어?')).toBe('제안서');
    expect(countedNoun('What does the harbour plan say?')).toBeUndefined();
  });

  it('finds the phrase a Korean question asks the value of', () => {
    expect(focusWords('어민들이 반대한다는 목포 신항 준공 언제 났음?')).toEqual(['준공']);
    expect(focusWords('신항 선석은 몇 개이고 예산은 얼마야?')).toEqual(['선석은', '예산은']);
    // A quantifier goes with the count, as for the counted noun: the phrase before it is asked about.
    expect(focusWords('신항 선석은 모두 몇 개야?')).toEqual(['선석은']);
    expect(focusWords('신항은 어떻게 바뀌나요?')).toEqual([]);
  });

  it('finds what a request or an English question asks: the object of 정리/알려, the head of "the … goal of"', () => {
    expect(focusWords('신항 계획이 제시한 목표를 정리해 주세요')).toEqual(['목표']);
    expect(focusWords('What is the budget of the harbour plan?')).toEqual(['budget']);
    // A request whose instruction was taken off ("please set out …") opens on its noun phrase.
    expect(focusWords('the stated overall aim of the harbour plan discussed at the March meeting')).toEqual(['aim']);
    expect(focusWords('When did the harbour open?')).toEqual([]);
  });

  it("reads an existential question's noun as the thing asked: 'were there any accidents at …'", () => {
    expect(headNoun('Were there any accidents at the harbour?')).toBe('accidents');
    expect(headNoun('Is there a special act for harbour zones?')).toBe('act');
    expect(headNoun('Has there been a change?')).toBe('change');
    expect(headNoun('Is there going to be a new plan?')).toBeUndefined();
  });
});
