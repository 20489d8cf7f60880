import { describe, expect, it } from 'vitest';
import { onlyPlanned } from './planned-event.js';

describe('onlyPlanned', () => {
  const planned = ['해양수산부는 2026년 3월 안에 항만 기본계획을 확정·고시할 예정이라고 밝혔다.'];
  const done = ['해양수산부는 2026년 3월 12일 항만 기본계획을 확정·고시했다.'];

  it('finds a past event the answer only states as planned', () => {
    expect(onlyPlanned('항만 기본계획 고시된 날 언제야?', planned)).toBe('고시');
    expect(onlyPlanned('When was the port plan approved?', ['The ministry said it planned to approve the port plan in March 2026.'])).toBe('approved');
  });

  it('holds nothing against an event the answer states as done', () => {
    expect(onlyPlanned('항만 기본계획 고시된 날 언제야?', [...planned, ...done])).toBeUndefined();
  });

  it('leaves a question about the plan itself to the plan', () => {
    expect(onlyPlanned('항만 기본계획은 언제 고시할 예정이야?', planned)).toBeUndefined();
  });

  it('reads a "when" clause inside another question as no date question', () => {
    expect(
      onlyPlanned('Who was the minister when the port plan was approved?', ['The ministry said it planned to approve the port plan in March 2026.']),
    ).toBeUndefined();
  });
});
