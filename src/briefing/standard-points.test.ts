import { describe, expect, it } from 'vitest';
import { standardPoints } from './standard-points.js';

describe("a director's standard briefing points", () => {
  it('asks each point about the topic, with the topic particle its last syllable takes', () => {
    expect(standardPoints('목포 신항', 'ko')).toContain('목포 신항은 어느 기관이 추진하나요?');
    expect(standardPoints('해양특구', 'ko')).toContain('해양특구는 어느 기관이 추진하나요?');
    expect(standardPoints('the Mokpo harbour', 'en')[0]).toBe('What is the total budget of the Mokpo harbour?');
  });
});
