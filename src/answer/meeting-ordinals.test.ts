import { describe, expect, it } from 'vitest';
import { contradictedSession } from './meeting-ordinals.js';

describe('the session of a body an event happened at', () => {
  const read = [
    'On 3 May 2031, at the 4th meeting of the Harbour Development Committee, the government designated three ferry piers.',
    '2031년 5월 3일 제4차 항만개발위원회에서 여객 부두 3곳이 지정되었다.',
  ];

  it('fails a premise that puts the event at another numbered session of the same body', () => {
    expect(
      contradictedSession('At the 2nd Harbour Development Committee, where the ferry piers were designated, who proposed them?', () => read).map((s) => s.text),
    ).toEqual(['2nd Harbour Development Committee']);
    expect(contradictedSession('제2차 항만개발위원회에서 여객 부두 지정했잖아, 누가 제안했어?', () => read).length).toBe(1);
  });

  it('keeps a premise the documents state, or one about another event of the body', () => {
    expect(
      contradictedSession('At the 4th meeting of the Harbour Development Committee, where the ferry piers were designated, who proposed them?', () => read),
    ).toEqual([]);
    // The documents name the body's 4th session for the piers, but nothing of its budget: no claim restated.
    expect(contradictedSession('At the 2nd Harbour Development Committee, what budget was set?', () => read)).toEqual([]);
    expect(contradictedSession('제2차 항만개발위원회 예산은?', () => read)).toEqual([]);
  });

  it('reads a body named by its kind alone ("the 2nd committee meeting") as any body of that kind', () => {
    expect(
      contradictedSession('Since the ferry piers were designated at the 2nd committee meeting, who proposed them?', () => read).map((s) => s.text),
    ).toEqual(['2nd committee meeting']);
    expect(contradictedSession('Since the ferry piers were designated at the 4th committee meeting, who proposed them?', () => read)).toEqual([]);
  });
});
