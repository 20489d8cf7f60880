import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingFacts } from '../src/briefing/fact-parity.js';
import { figureDateProblems } from '../src/briefing/figure-date-check.js';
import { figureIdentity } from '../src/briefing/figure-identity.js';
import type { Briefing } from '../src/briefing/types.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Korean and English briefings on one topic state the same facts: every figure (one identity
 * across "778만㎡" / "7.78 million m²", "360조 원" / "KRW 360 trillion", "6기" / "six fabs") and every
 * date (day, month or year) one states, the other states too. The three topics of issue 26,
 * through the API officials use.
 */

let env: CorpusRuntime;
beforeAll(async () => {
  env = await openCorpusRuntime();
});
afterAll(() => env?.close());

async function briefing(topic: string, lang: 'ko' | 'en'): Promise<Briefing> {
  const response = await env.app.request('/api/briefing', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic, lang, format: 'json' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Briefing;
}

const TOPICS = [
  { ko: '5차 산업집적활성화 기본계획', en: '5th Basic Plan for Industrial Cluster Activation' },
  { ko: '용인 반도체', en: 'Yongin semiconductor' },
  { ko: '기회발전특구', en: 'Opportunity Development Zones' },
];

describe('Korean and English briefings on one topic', () => {
  for (const topic of TOPICS) {
    it(`state the same figures and dates: ${topic.en}`, async () => {
      const ko = await briefing(topic.ko, 'ko');
      const en = await briefing(topic.en, 'en');
      const koFacts = briefingFacts(ko);
      const enFacts = briefingFacts(en);
      expect(koFacts.size).toBeGreaterThan(5);
      expect(
        [...koFacts].filter((f) => !enFacts.has(f)),
        'stated only in Korean',
      ).toEqual([]);
      expect(
        [...enFacts].filter((f) => !koFacts.has(f)),
        'stated only in English',
      ).toEqual([]);

      // Section by section: the same sections, in the same order, each with the same facts.
      expect(en.sections.map((s) => s.kind)).toEqual(ko.sections.map((s) => s.kind));
      for (const [i, section] of ko.sections.entries()) {
        const other = en.sections[i];
        const facts = (b: Briefing, s: (typeof b.sections)[number] | undefined) => [...briefingFacts({ ...b, sections: s ? [s] : [] })].sort();
        expect(facts(en, other), `${section.heading} / ${other?.heading}`).toEqual(facts(ko, section));
      }

      for (const b of [ko, en]) {
        // The figures table: each figure once by its identity, each dated from its own cited passage.
        const identities = b.keyFigures.flatMap((row) => row.values.map((v) => figureIdentity(v.figure)));
        expect(new Set(identities).size, `${b.lang}: ${identities.join(', ')}`).toBe(identities.length);
        expect(figureDateProblems(b)).toEqual([]);
      }
      // The same figures in both tables, whatever each language calls them.
      const table = (b: Briefing) => b.keyFigures.flatMap((row) => row.values.map((v) => figureIdentity(v.figure))).sort();
      expect(table(en)).toEqual(table(ko));
    });
  }
});
