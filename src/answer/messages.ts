import type { Lang } from '../core/types.js';

/** Fixed strings the answerer itself says (everything else is quoted from the documents). */
export const MESSAGES: Record<Lang, { refusal: string; crossLingualLead: Record<Lang, string> }> = {
  ko: {
    refusal: '제공된 문서에서는 이 질문에 대한 답을 찾을 수 없습니다. 아래 관련 자료를 참고해 주십시오.',
    crossLingualLead: { ko: '', en: '영문 자료에 따르면 다음과 같습니다.' },
  },
  en: {
    refusal: 'The documents do not answer this question. The passages below are the closest matches.',
    crossLingualLead: { en: '', ko: 'According to the Korean-language source:' },
  },
};
