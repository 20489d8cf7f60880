import { describe, expect, it } from 'vitest';
import { metadataDocId, metadataPassage } from './metadata-passage.js';
import type { DocumentRecord } from './types.js';

const record = (overrides: Partial<DocumentRecord>): DocumentRecord => ({
  id: 'harbour-release',
  title: '신항 부두 개장 보도자료',
  lang: 'ko',
  path: 'data/uploads/harbour-release.hwpx',
  sourceUrl: '',
  sources: [],
  publishedAt: '2029-03-04',
  summary: '해양수산부 · 항만정책과',
  contentHash: 'h',
  passageCount: 3,
  trust: 'upload',
  ...overrides,
});

describe("an upload's metadata statement", () => {
  it('states the issuing body with its unit in one statement, and the date as documents write it', () => {
    const passage = metadataPassage(record({}));
    expect(passage?.text).toBe('발행 기관: 해양수산부, 담당 부서: 항만정책과\n발행 일자: 2029. 3. 4.');
    expect(passage?.sectionPath).toBe('문서 정보');
    expect(metadataDocId(passage?.id ?? '')).toBe('harbour-release');
    expect(metadataDocId('harbour-release#0')).toBeUndefined();
  });

  it('reads a unit alone, or a body and unit separated by a space', () => {
    expect(metadataPassage(record({ summary: '항만정책과', publishedAt: '' }))?.text).toBe('담당 부서: 항만정책과');
    expect(metadataPassage(record({ summary: '부산항만공사 운영팀', publishedAt: '' }))?.text).toBe('발행 기관: 부산항만공사, 담당 부서: 운영팀');
  });

  it("adds a release box's entries, its officials' numbers only when asked for", () => {
    const releaseBox = ['보도시점: 2029. 3. 5.(월) 06:00', '담당 부서: 항만정책과, 담당자: 사무관 김항만, 문의 전화번호 044-200-1111'];
    expect(metadataPassage(record({ releaseBox }))?.sectionPath).toBe('보도자료 정보');
    expect(metadataPassage(record({ releaseBox }))?.text).toBe(
      '발행 기관: 해양수산부, 담당 부서: 항만정책과\n발행 일자: 2029. 3. 4.\n보도시점: 2029. 3. 5.(월) 06:00\n담당 부서: 항만정책과, 담당자: 사무관 김항만, 문의 전화번호 044-200-1111',
    );
    expect(metadataPassage(record({ releaseBox }), { contacts: false })?.text).toBe(
      '발행 기관: 해양수산부, 담당 부서: 항만정책과\n발행 일자: 2029. 3. 4.\n보도시점: 2029. 3. 5.(월) 06:00',
    );
  });

  it("states nothing from an operator's summary of another kind, and nothing for an official document", () => {
    expect(metadataPassage(record({ summary: '신항 부두 개장 계획을 알리는 자료', publishedAt: '' }))).toBeUndefined();
    expect(metadataPassage(record({ summary: '신항 부두 개장 계획을 알리는 자료' }))?.text).toBe('발행 일자: 2029. 3. 4.');
    expect(metadataPassage(record({ trust: 'official' }))).toBeUndefined();
  });
});
