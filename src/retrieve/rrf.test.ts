import { describe, expect, it } from 'vitest';
import type { ScoredPassage } from '../core/types.js';
import { RRF_K, reciprocalRankFusion } from './rrf.js';

const p = (id: string): ScoredPassage =>
  ({
    id,
    docId: 'd',
    ordinal: 0,
    title: '',
    sectionPath: '',
    lang: 'en',
    text: id,
    charStart: 0,
    charEnd: 1,
    sourceUrl: '',
    publishedAt: '',
    contentHash: '',
    score: 0,
  }) as ScoredPassage;

describe('reciprocalRankFusion', () => {
  it('ranks a passage found by both retrievers above ones found by one', () => {
    const fused = reciprocalRankFusion([{ passages: [p('a'), p('b')] }, { passages: [p('c'), p('b')] }], 3);
    expect(fused[0]?.id).toBe('b');
    expect(fused[0]?.score).toBeCloseTo(2 / (RRF_K + 2));
    expect(fused.map((x) => x.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('cuts to k', () => {
    expect(reciprocalRankFusion([{ passages: [p('a'), p('b'), p('c')] }], 2)).toHaveLength(2);
  });
});
