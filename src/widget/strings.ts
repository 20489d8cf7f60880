export type UiLang = 'ko' | 'en';

const ko = {
  launcherOpen: '정책 질문하기',
  launcherClose: '질문 창 닫기',
  title: '산업집적 정책 Q&A',
  subtitle: '제5차 산업집적활성화 기본계획(안) 등 공개 문서에 근거해 답합니다.',
  close: '닫기',
  questionLabel: '질문',
  placeholder: '예: 5차 산업집적활성화 기본계획의 목표는?',
  send: '보내기',
  stop: '중지',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  you: '질문',
  assistant: '답변',
  answering: '답변을 찾는 중…',
  answerReady: '답변이 도착했습니다.',
  stopped: '답변을 중지했습니다.',
  sources: '출처',
  seeAlso: '관련 자료',
  openSource: '출처 {n} 보기',
  footnoteLabel: '출처 {n}: {title}',
  page: '{page}쪽',
  passageTitle: '출처 {n}',
  passageLoading: '원문을 불러오는 중…',
  passageError: '원문을 불러오지 못했습니다.',
  quoteLegend: '강조 표시는 답변에 인용된 부분입니다.',
  viewDocument: '원문 문서 열기 (새 창)',
  back: '답변으로 돌아가기',
  networkError: '서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주십시오.',
  notAllowed:
    '이 사이트는 이 질의응답 서비스를 사용하도록 허용되지 않았습니다. 사이트 운영자는 서비스의 ALLOWED_ORIGINS 설정에 이 사이트 주소를 추가해야 합니다.',
  newConversation: '새 대화',
  copy: '답변 복사',
  copied: '답변과 출처를 복사했습니다.',
  copyFailed: '복사하지 못했습니다.',
  starters: '이런 질문을 해 보세요',
  serverError: '답변을 완성하지 못했습니다: {message}',
  empty: '질문을 입력해 주십시오.',
  feedbackPrompt: '이 답변이 도움이 되었나요?',
  helpful: '도움이 됨',
  notHelpful: '도움이 되지 않음',
  commentLabel: '의견 (선택)',
  sendFeedback: '의견 보내기',
  feedbackThanks: '의견을 보내 주셔서 감사합니다.',
  feedbackError: '의견을 보내지 못했습니다. 다시 시도해 주십시오.',
  notGrounded: '문서에서 답을 찾지 못했습니다',
  tabChat: '채팅',
  tabBriefing: '브리핑',
  tabsLabel: '화면 선택',
  intro: '산업단지·산업집적 정책에 대해 한국어나 영어로 질문해 보세요. 모든 답변에는 출처가 표시됩니다.',
};

export type StringKey = keyof typeof ko;

const en: Record<StringKey, string> = {
  launcherOpen: 'Ask about the policy',
  launcherClose: 'Close the question panel',
  title: 'Industrial cluster policy Q&A',
  subtitle: 'Answers cite public documents such as the 5th Basic Plan for Industrial Cluster Activation (draft).',
  close: 'Close',
  questionLabel: 'Your question',
  placeholder: 'e.g. What is the goal of the 5th Basic Plan?',
  send: 'Send',
  stop: 'Stop',
  switchLang: '한국어',
  switchLangLabel: '한국어로 보기',
  you: 'Question',
  assistant: 'Answer',
  answering: 'Looking in the documents…',
  answerReady: 'The answer has arrived.',
  stopped: 'The answer was stopped.',
  sources: 'Sources',
  seeAlso: 'See also',
  openSource: 'Show source {n}',
  footnoteLabel: 'Source {n}: {title}',
  page: 'p. {page}',
  passageTitle: 'Source {n}',
  passageLoading: 'Loading the passage…',
  passageError: 'The passage could not be loaded.',
  quoteLegend: 'The highlighted text is what the answer quotes.',
  viewDocument: 'Open the source document (new window)',
  back: 'Back to the answer',
  networkError: 'The service cannot be reached. Please try again later.',
  notAllowed: 'This site is not allowed to use this question service. The site’s operators need to add its address to the service’s ALLOWED_ORIGINS.',
  newConversation: 'New conversation',
  copy: 'Copy answer',
  copied: 'The answer and its sources were copied.',
  copyFailed: 'The answer could not be copied.',
  starters: 'Try asking',
  serverError: 'The answer could not be completed: {message}',
  empty: 'Please type a question.',
  feedbackPrompt: 'Was this answer helpful?',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  commentLabel: 'Comment (optional)',
  sendFeedback: 'Send feedback',
  feedbackThanks: 'Thank you for your feedback.',
  feedbackError: 'The feedback could not be sent. Please try again.',
  notGrounded: 'Not found in the documents',
  tabChat: 'Chat',
  tabBriefing: 'Briefing',
  tabsLabel: 'Choose a view',
  intro: 'Ask about industrial complexes and cluster policy, in Korean or English. Every answer shows its sources.',
};

/** Every string the widget shows that does not come from the documents. */
export const STRINGS: Record<UiLang, Record<StringKey, string>> = { ko, en };

/** A UI string with {placeholders} filled in. */
export function t(lang: UiLang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** data-lang wins, then the page's lang ("ko-KR" counts as ko), then Korean: the ministry's default. */
export function pickLang(...candidates: Array<string | null | undefined>): UiLang {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'ko' || primary === 'en') return primary;
  }
  return 'ko';
}
