import { describe, expect, it } from 'vitest';
import { contradictedFirstRegion, contradictedRegionLists, regionsIn } from './region-lists.js';

describe('region lists', () => {
  it('reads the regions a sentence names, in Korean and in either romanisation', () => {
    expect(regionsIn('1차 대상은 경북, 전남, 부산, 제주 등 4개 시·도이다.')).toEqual(['부산', '전남', '경북', '제주']);
    expect(regionsIn('The first round covered Gyeongbuk, Jeonnam, Busan and Jeju.')).toEqual(['부산', '전남', '경북', '제주']);
    // A place inside another word is none ("서울경제").
    expect(regionsIn('서울경제 보도에 따르면')).toEqual([]);
  });

  it("fails a premise that counts a region among an event's when the answer's lists leave it out", () => {
    const answer = ['항만특구 1차 지정 대상은 경북, 전남, 부산, 제주 등 4개 시·도이다.', '신항 부두는 경기도 평택시에 조성된다.'];
    expect(contradictedRegionLists('항만특구 1차 지정 때 경기도도 들어갔던데 투자 규모는?', answer).map((s) => s.text)).toEqual(['경기도도']);
    // Listed in one of the answer's lists, the region is among them.
    const rounds = [...answer, '2차 지정 대상은 경기, 울산, 세종 등 3개 시·도이다.'];
    expect(contradictedRegionLists('항만특구 지정 때 경기도도 들어갔던데 투자 규모는?', rounds)).toEqual([]);
    // No list in the answer says nothing of membership.
    expect(contradictedRegionLists('경기도 항만특구 투자 규모는?', ['경기도 항만특구에는 3조 원이 투자된다.'])).toEqual([]);
  });

  it('fails a premise that makes a region the first to do what the answer says another region did first', () => {
    const answer = ['2024년 추가 지정으로 전남은 비수도권 시·도 가운데 처음으로 항만특구 면적 한도를 모두 채웠다.'];
    expect(contradictedFirstRegion('항만특구 추가 지정 때 경북이 처음으로 면적 한도를 다 채웠다던데 어디가 지정됐어?', answer).map((s) => s.text)).toEqual([
      '경북이',
    ]);
    // The region the answer names is the question's: the premise holds.
    expect(contradictedFirstRegion('전남이 처음으로 면적 한도를 다 채웠다던데 맞아?', answer)).toEqual([]);
    // A sentence making another claim of first (not in the question's words) says nothing of this one.
    expect(contradictedFirstRegion('경북이 처음으로 항만 요금을 내렸다던데 맞아?', ['전남은 처음으로 해상풍력 단지를 유치했다.'])).toEqual([]);
    // Without a claim of first, regions differing is no contradiction.
    expect(contradictedFirstRegion('경북도 면적 한도를 다 채웠어?', answer)).toEqual([]);
    expect(
      contradictedFirstRegion('Was Gyeongbuk the first province to use up its harbour zone area cap?', [
        'Jeonnam became the first province to use up its harbour zone area cap in 2024.',
      ]).length,
    ).toBe(1);
    // The claim may name the group the region was first of, numbers and all, before its verb.
    expect(
      contradictedFirstRegion('Gyeongbuk was the first province to use up its harbour zone area cap, so which zones did it?', [
        'In 2024 Jeonnam became the first of the 14 non-capital provinces and metropolitan cities to use up its harbour zone area cap.',
      ]).length,
    ).toBe(1);
  });
});
