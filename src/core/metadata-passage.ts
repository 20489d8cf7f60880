import { trustOf } from './document-trust.js';
import type { DocumentRecord, Passage } from './types.js';

/** A public body's name ends in one of the generic words for ministry, office, agency and the like. */
export const PUBLIC_BODY = /^[가-힣]{2,20}(?:부|처|청|원|위원회|구청|시청|군청|도청|공단|공사|진흥원)$/;
/** A unit of a body: 과, 국, 실, 팀, 관, 센터, 단 (행정기관의 조직과 정원에 관한 통칙). */
export const UNIT = /^[가-힣]{2,20}(?:과|국|실|팀|관|센터|단)$/;

/** The id of a document's metadata statement; no stored passage ends so (stored ids end in "#<ordinal>"). */
const SUFFIX = '#metadata';

const LABELS = {
  ko: { body: '발행 기관', unit: '담당 부서', date: '발행 일자', section: '문서 정보' },
  en: { body: 'Issued by', unit: 'Responsible unit', date: 'Date of issue', section: 'Document information' },
} as const;

/**
 * What the layout read of an uploaded document's cover and press-release box (the issuing body,
 * its unit, the release date: document-layout.ts), as one statement to cite. The box is never a
 * passage (it holds phone numbers and is no body text), so a question about the document itself
 * ("which department issued this release", "when was it released") would find nothing to quote;
 * this statement answers it, and states no phone number or person, only what the record keeps.
 * Official documents state their own provenance in their text and front matter: none for them.
 * The summary is read only when every part of it is a body's or a unit's name, since an operator
 * may give a summary of another kind.
 */
export function metadataPassage(doc: DocumentRecord): Passage | undefined {
  if (trustOf(doc) !== 'upload') return undefined;
  const labels = LABELS[doc.lang];
  const parts = doc.summary
    .split(/\s*·\s*|\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const named = parts.length > 0 && parts.every((p) => PUBLIC_BODY.test(p) || UNIT.test(p));
  // The body and its unit on one line: one statement names both ("문화체육관광부 … 체육국").
  const issuer = [
    ...(named ? parts.filter((p) => PUBLIC_BODY.test(p)).map((p) => `${labels.body}: ${p}`) : []),
    ...(named ? parts.filter((p) => !PUBLIC_BODY.test(p)).map((p) => `${labels.unit}: ${p}`) : []),
  ].join(', ');
  const lines = [...(issuer ? [issuer] : []), ...(/^\d{4}-\d{2}-\d{2}$/.test(doc.publishedAt) ? [`${labels.date}: ${dotted(doc.publishedAt)}`] : [])];
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  return {
    id: `${doc.id}${SUFFIX}`,
    docId: doc.id,
    ordinal: -1,
    title: doc.title,
    sectionPath: labels.section,
    lang: doc.lang,
    text,
    charStart: 0,
    charEnd: 0,
    sourceUrl: doc.sourceUrl,
    publishedAt: doc.publishedAt,
    contentHash: `${doc.contentHash}${SUFFIX}`,
  };
}

/** The document whose metadata statement the id names, or undefined for any other id. */
export function metadataDocId(passageId: string): string | undefined {
  return passageId.endsWith(SUFFIX) ? passageId.slice(0, -SUFFIX.length) : undefined;
}

/** "2024-01-02" as Korean documents write dates: "2024. 1. 2." */
function dotted(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}. ${m}. ${d}.`;
}
