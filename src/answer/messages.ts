import type { Lang } from '../core/types.js';

/** Fixed strings the answerer itself says (everything else is quoted from the documents). */
export const MESSAGES: Record<
  Lang,
  {
    refusal: string;
    seeAlsoLead: string;
    crossLingualLead: Record<Lang, string>;
    premiseLead: string;
    premiseUnsupported: (given: string) => string;
    /** Leads an answer quoted from ordinary uploads because no official document answers. */
    uploadLead: (titles: string[]) => string;
  }
> = {
  ko: {
    premiseLead: '문서에서 확인되는 내용은 다음과 같습니다.',
    premiseUnsupported: (given) => `질문이 전제한 내용(${given})은 문서에서 확인되지 않습니다.`,
    refusal: '제공된 문서에서는 이 질문에 대한 답을 찾을 수 없습니다.',
    seeAlsoLead: '아래 관련 자료를 참고해 주십시오.',
    crossLingualLead: { ko: '', en: '영문 자료에 따르면 다음과 같습니다.' },
    uploadLead: (titles) => `공식 문서에는 없고, 올린 자료 ${titles.map((t) => `‹${t}›`).join(', ')}에 따르면 다음과 같습니다.`,
  },
  en: {
    premiseLead: 'What the documents do say:',
    premiseUnsupported: (given) => `The documents do not support what the question takes as given (${given}).`,
    refusal: 'The documents do not answer this question.',
    seeAlsoLead: 'The passages below are the closest matches.',
    crossLingualLead: { en: '', ko: 'According to the Korean-language source:' },
    uploadLead: (titles) =>
      `Not in the official documents; the uploaded ${titles.length > 1 ? 'documents' : 'document'} ${titles.map((t) => `‹${t}›`).join(', ')} ${titles.length > 1 ? 'say' : 'says'}:`,
  },
};

/** The refusal, pointing to "the passages below" only when there are some. */
export function refusalText(lang: Lang, hasSeeAlso: boolean): string {
  const m = MESSAGES[lang];
  return hasSeeAlso ? `${m.refusal} ${m.seeAlsoLead}` : m.refusal;
}
