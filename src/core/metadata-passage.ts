import { trustOf } from './document-trust.js';
import type { DocumentRecord, Passage } from './types.js';

/** A public body's name ends in one of the generic words for ministry, office, agency and the like. */
export const PUBLIC_BODY = /^[가-힣]{2,20}(?:부|처|청|원|위원회|구청|시청|군청|도청|공단|공사|진흥원)$/;
/** A unit of a body: 과, 국, 실, 팀, 관, 센터, 단 (행정기관의 조직과 정원에 관한 통칙). */
export const UNIT = /^[가-힣]{2,20}(?:과|국|실|팀|관|센터|단)$/;

/** A Korean phone number as boxes print it: "(044-203-3185)", "02-2110-2430", "044 203 3185". */
export const PHONE = /\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}/;

/** The id of a document's metadata statement; no stored passage ends so (stored ids end in "#<ordinal>"). */
const SUFFIX = '#metadata';

const LABELS = {
  ko: { body: '발행 기관', unit: '담당 부서', date: '발행 일자', section: '문서 정보', release: '보도자료 정보' },
  en: { body: 'Issued by', unit: 'Responsible unit', date: 'Date of issue', section: 'Document information', release: 'Press release information' },
} as const;

/**
 * What the layout read of an uploaded document's cover and press-release box (the issuing body,
 * its unit, the release date, and the box's own entries: document-layout.ts), as one statement to
 * cite. The box is never a passage (it is no body text, and a search would find its phone numbers
 * for any question on the release), so a question about the document itself ("which department
 * issued this release", "언제부터 보도할 수 있어", "who do I call about it") would find nothing to
 * quote; this statement answers it. Its entries that give an official's number are offered only to
 * a question asking whom to contact (see upload-evidence.ts), the purpose the release prints them for.
 * Official documents state their own provenance in their text and front matter: none for them.
 * The summary is read only when every part of it is a body's or a unit's name, since an operator
 * may give a summary of another kind.
 */
export function metadataPassage(doc: DocumentRecord, options: { contacts?: boolean } = {}): Passage | undefined {
  const { contacts = true } = options;
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
  const lines = [
    ...(issuer ? [issuer] : []),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(doc.publishedAt) ? [`${labels.date}: ${dotted(doc.publishedAt)}`] : []),
    ...(doc.releaseBox ?? []).filter((line) => contacts || !PHONE.test(line)),
  ];
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  return {
    id: `${doc.id}${SUFFIX}`,
    docId: doc.id,
    ordinal: -1,
    title: doc.title,
    // A box stating when the text may be reported (보도시점, 보도일시) and when it was handed out (배포)
    // is what makes a document a press release: its statement says so, as a question names it
    // ("선수단 격려 보도자료는 언제부터 보도할 수 있어").
    sectionPath: doc.releaseBox?.some((line) => /^(?:보도|배포)/.test(line)) ? labels.release : labels.section,
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
