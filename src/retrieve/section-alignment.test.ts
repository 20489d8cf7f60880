import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../core/types.js';
import { chunkDocument } from '../ingest/chunk.js';
import { parseDocument } from '../ingest/parse-document.js';
import { alignSections, sectionKeys, versionStem } from './section-alignment.js';

const KO = `---
id: zones-ko
title: 특구
lang: ko
---
# 특구

## 2024년 6월 1차 지정

2024년 6월 20일 8개 시·도가 처음 지정되었고 투자 규모는 40.5조 원이다.

## 2024년 11월 2차 지정

2024년 11월 6일 6개 시·도가 추가로 지정되었다.

## 한국어판에만 있는 절

이 절에는 대응하는 영어 절이 없다.
`;
const EN = `---
id: zones-en
title: Zones
lang: en
---
# Zones

## Second Round (November 2024)

Six provinces and cities were designated on 6 November 2024.

## First Round (June 2024)

Eight provinces and cities were first designated on 20 June 2024, with KRW 40.5 trillion of investment.
`;

async function record(raw: string, file: string) {
  const doc = parseDocument(file, raw);
  const passages = await chunkDocument(doc);
  const { body: _b, ...meta } = doc;
  return { doc: { ...meta, path: file, contentHash: '', passageCount: passages.length } as DocumentRecord, passages };
}

describe('section alignment', () => {
  it('pairs documents whose ids differ only by the language ending', () => {
    expect(versionStem('yongin-semiconductor-en')).toBe('yongin-semiconductor');
    expect(versionStem('plan.ko')).toBe('plan');
    expect(versionStem('notes')).toBeUndefined();
  });

  it('keys a text by its figures, written-out months and glossary terms, whatever the language', () => {
    const ko = sectionKeys('2024년 11월 기회발전특구 지정');
    const en = sectionKeys('Opportunity Development Zones designated in November 2024');
    for (const key of ['n:2024', 'n:11', 't:기회발전특구', 't:지정']) {
      expect(ko.has(key), key).toBe(true);
      expect(en.has(key), key).toBe(true);
    }
  });

  it('matches each section with its translation, not by position, and leaves a section without one alone', async () => {
    const ko = await record(KO, 'zones.ko.md');
    const en = await record(EN, 'zones.en.md');
    const alignment = alignSections([ko, en]);
    const of = (passages: typeof ko.passages, section: string) => passages.find((p) => p.sectionPath === section)?.id ?? '';
    expect(alignment.get(of(ko.passages, '2024년 6월 1차 지정'))).toMatchObject({ docId: 'zones-en', sectionPath: 'First Round (June 2024)', lang: 'en' });
    expect(alignment.get(of(ko.passages, '2024년 11월 2차 지정'))?.sectionPath).toBe('Second Round (November 2024)');
    expect(alignment.get(of(en.passages, 'First Round (June 2024)'))?.sectionPath).toBe('2024년 6월 1차 지정');
    expect(alignment.has(of(ko.passages, '한국어판에만 있는 절'))).toBe(false);
  });

  it('aligns nothing when only one version exists', async () => {
    expect(alignSections([await record(KO, 'zones.ko.md')]).size).toBe(0);
  });
});
