import type { Lang } from '../core/types.js';

/** A corpus passage with its real embedding: the material synthetic passages are made from. */
export interface SourcePassage {
  docId: string;
  lang: Lang;
  sectionPath: string;
  text: string;
  vector: Float32Array;
}

export interface SyntheticSection {
  heading: string;
  text: string;
  vector: Float32Array;
}

export interface SyntheticDocument {
  id: string;
  lang: Lang;
  fileName: string;
  markdown: string;
  sections: SyntheticSection[];
}

export interface SynthesiseInput {
  sources: SourcePassage[];
  documents: number;
  sectionsPerDocument: number;
  seed?: number;
}

/** mulberry32: a small seeded PRNG, so the same seed always builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[-*\d.]+\s+/, '')
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.replace(/^[-*]\s+/, '').trim())
    .filter((s) => s.length > 15);
}

/**
 * Changes every figure so a synthetic passage never restates a real one: years move by 1-3, other
 * digits are redrawn. The benchmark corpus is therefore marked as fiction in its front matter.
 */
export function perturbFigures(text: string, random: () => number): string {
  return text.replace(/\d+(?:[.,]\d+)*/g, (figure) => {
    if (/^(19|20)\d\d$/.test(figure)) return String(Number(figure) + 1 + Math.floor(random() * 3));
    return figure.replace(/\d/g, (d, offset: number) => String(offset === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)) || d);
  });
}

function blend(vectors: Float32Array[], random: () => number, noise: number): Float32Array {
  const dimension = vectors[0]?.length ?? 0;
  const out = new Float32Array(dimension);
  for (const v of vectors) for (let i = 0; i < dimension; i++) out[i] = (out[i] ?? 0) + (v[i] ?? 0);
  // Box-Muller noise keeps blended vectors from collapsing onto their sources.
  for (let i = 0; i < dimension; i++) {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    out[i] = (out[i] ?? 0) + gaussian * noise;
  }
  const norm = Math.hypot(...out) || 1;
  for (let i = 0; i < dimension; i++) out[i] = (out[i] ?? 0) / norm;
  return out;
}

const HEADER: Record<Lang, { title: (n: number) => string; item: (n: number) => string; summary: string }> = {
  ko: {
    title: (n) => `지역 산업단지 동향 모음 제${n}호 (합성 벤치마크 자료)`,
    item: (n) => `항목 ${n}`,
    summary: '벤치마크용 합성 문서. 실제 문서의 문장을 섞고 수치를 임의로 바꾼 것으로 사실이 아니다.',
  },
  en: {
    title: (n) => `Regional Industrial Complex Digest No. ${n} (synthetic benchmark text)`,
    item: (n) => `Item ${n}`,
    summary: 'Synthetic benchmark text: sentences of the real documents recombined, with every figure changed. Not facts.',
  },
};

/**
 * A larger corpus made from the real one: each section joins sentences of two random passages in
 * the same language, figures perturbed; its vector is the normalised sum of the two source vectors
 * plus noise (the real model is too slow to embed 10,000 passages on a shared 2-core machine).
 */
export function synthesiseCorpus({ sources, documents, sectionsPerDocument, seed = 20250122 }: SynthesiseInput): SyntheticDocument[] {
  const random = seededRandom(seed);
  const byLang: Record<Lang, SourcePassage[]> = { ko: sources.filter((s) => s.lang === 'ko'), en: sources.filter((s) => s.lang === 'en') };
  const docs: SyntheticDocument[] = [];
  for (let d = 1; d <= documents; d++) {
    const lang: Lang = d % 2 === 0 ? 'en' : 'ko';
    const pool = byLang[lang];
    if (pool.length < 2) throw new Error(`need at least two ${lang} source passages`);
    const sections: SyntheticSection[] = [];
    for (let s = 1; s <= sectionsPerDocument; s++) {
      const a = pick(pool, random);
      let b = pick(pool, random);
      while (b === a) b = pick(pool, random);
      const fromA = sentences(a.text);
      const fromB = sentences(b.text);
      const start = Math.floor(random() * Math.max(1, fromA.length - 1));
      const chosen = [...fromA.slice(start, start + 1 + Math.floor(random() * 2)), ...fromB.slice(0, 1 + Math.floor(random() * 2))];
      let text = perturbFigures(chosen.join(' '), random);
      if (text.length > 600) text = text.slice(0, text.lastIndexOf(' ', 600)).trim();
      if (text.length < 20) text = perturbFigures(a.text.replace(/\s+/g, ' ').slice(0, 400), random);
      sections.push({
        heading: `${HEADER[lang].item(s)}: ${a.sectionPath.split(' > ').at(-1) ?? ''}`,
        text,
        vector: blend([a.vector, b.vector], random, 0.01),
      });
    }
    const id = `synthetic-${String(d).padStart(5, '0')}-${lang}`;
    const title = HEADER[lang].title(d);
    const markdown = [
      '---',
      `id: ${id}`,
      `title: "${title}"`,
      `lang: ${lang}`,
      'asOf: 2025-01-22',
      `summary: "${HEADER[lang].summary}"`,
      'sources:',
      `  - https://example.invalid/policy-qa-bench/${id}`,
      '---',
      `# ${title}`,
      '',
      ...sections.flatMap((section) => [`## ${section.heading}`, '', section.text, '']),
    ].join('\n');
    docs.push({ id, lang, fileName: `${id}.md`, markdown, sections });
  }
  return docs;
}
