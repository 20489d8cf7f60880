/**
 * Korean word lists for reading questions as people type them. Data only; each list names the
 * general reference it follows. None is drawn from an evaluation question.
 */

/**
 * Common abbreviations of administrative Korean (the short forms ministries, the press and the
 * National Institute of Korean Language's 우리말샘 record), each with the full form documents use.
 * Only abbreviations with one reading: 산업부 (the ministry changed its name in 2025) is left out.
 */
export const KO_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['산단공', '한국산업단지공단'],
  ['산집법', '산업집적활성화 및 공장설립에 관한 법률'],
  ['산입법', '산업입지 및 개발에 관한 법률'],
  ['국가산단', '국가산업단지'],
  ['일반산단', '일반산업단지'],
  ['도첨산단', '도시첨단산업단지'],
  ['노후산단', '노후 산업단지'],
  ['산단', '산업단지'],
  ['예타', '예비타당성조사'],
  ['지자체', '지방자치단체'],
  ['기발특', '기회발전특구'],
  ['소부장', '소재·부품·장비'],
  ['국토부', '국토교통부'],
  ['문체부', '문화체육관광부'],
  ['기재부', '기획재정부'],
  ['중기부', '중소벤처기업부'],
  ['과기정통부', '과학기술정보통신부'],
  ['고용부', '고용노동부'],
  ['행안부', '행정안전부'],
  ['농식품부', '농림축산식품부'],
  ['해수부', '해양수산부'],
];

/**
 * Spellings of online chat Korean for standard ones (the "통신 언어" forms described in 국립국어원's
 * 우리말 배움터): a dropped ㅆ (했→햇), 뭐 written 머/모, 어떻게 written 어케.
 */
export const KO_CHAT_SYLLABLES: readonly (readonly [string, string])[] = [
  ['햇', '했'],
  ['엿', '였'],
  ['됫', '됐'],
  ['갓', '갔'],
  ['왓', '왔'],
  ['잇', '있'],
  ['엇', '었'],
  ['앗', '았'],
];

/** Whole words of chat Korean and their standard form. */
export const KO_CHAT_WORDS: readonly (readonly [string, string])[] = [
  ['머', '뭐'],
  ['모', '뭐'],
  ['머라고', '뭐라고'],
  ['모라고', '뭐라고'],
  ['먼가', '뭔가'],
  ['어케', '어떻게'],
  ['어캐', '어떻게'],
  ['어떡해', '어떻게'],
  ['몇개', '몇 개'],
  ['몇곳', '몇 곳'],
  ['얼만지', '얼마인지'],
  ['언제임', '언제'],
  // 퍼 for 퍼센트 ("몇 퍼", "몇퍼야").
  ['퍼', '퍼센트'],
  ['몇퍼', '몇 퍼센트'],
];

/**
 * Sentence endings of spoken and chat style that close a question without adding meaning
 * (명사형 종결 -음/-임, 하오체·chat -셈/-삼): stripped from the last word of a clause before the
 * standard endings are read. Not the chat variants of 해요체 -요 (-용, -염, -욤): -용 and -염 close
 * common nouns too (비용, 오염), and -욤 moved no question set (fifteenth session).
 */
export const KO_SPOKEN_ENDINGS: readonly string[] = ['였음', '었음', '았음', '했음', '됐음', '해줌', '됨', '임', '음', '셈', '삼'];

/**
 * Words and phrases that ask for a manner of answering, not for a fact ("한줄요약", "간단히",
 * "ㄱㄱ"): requests about the answer's form, fillers and intensifiers of spoken Korean.
 */
export const KO_FILLERS: readonly string[] = [
  '한줄요약',
  '한 줄 요약',
  '요약해줘',
  '요약 좀',
  '간단히',
  '간단하게',
  '간략히',
  '간략하게',
  '짧게',
  '쉽게',
  '대충',
  '혹시',
  '그냥',
  '진짜',
  '정말',
  '좀',
  '요즘',
  '궁금함',
  '궁금해',
  '궁금해요',
  '궁금해서',
  '궁금한데',
  '궁금하네요',
  '궁금합니다',
  // Its adnominal with a bound noun: the asker's question itself ("궁금한 거 물어보려면").
  '궁금한 거',
  '궁금한 게',
  '궁금한 것',
  '궁금한 점',
  '궁금한 사항',
  '알려주셈',
  '알려주삼',
  '알려줘요',
  '알려주라',
  '알려줄래',
  '가르쳐줘',
  '항목별로',
  '순서대로',
  '표로',
  // Closing formulas of written requests (공문서 and 보고 style, as 행정업무운영 편람 gives them).
  '주시기 바랍니다',
  '주시기 바람',
  '주십시오',
  '주시길 바랍니다',
  '부탁드립니다',
  '바랍니다',
  // A report asked of a subordinate ("정리해 보고 바랍니다", "보고해 주세요"): the answer is the report.
  '보고 바랍니다',
  '보고 바람',
];

/**
 * Nouns that name the kind of answer, not its topic ("출범한 날짜", "발표된 날이", "고시 시점"): the
 * documents give the date itself, never the word. A question using one asks for a date. 마감 and
 * 기한 are the end of a set period (표준국어대사전: 마감 "정해진 기한의 끝", 기한 "미리 한정하여 놓은
 * 시기"), which documents write as the period's last date ("~ 7. 18.(화) 18:00까지").
 */
export const KO_DATE_NOUNS: readonly string[] = ['날짜', '날', '일자', '일시', '시점', '연도', '년도', '마감', '기한'];

/**
 * The same for an amount ("총액은 얼마", "액수", "보장 금액"): the documents state the sum, not the
 * word. 금액 is 표준국어대사전's "돈의 액수"; a sum of something else is read by its -액 suffix (query-words.ts).
 */
export const KO_AMOUNT_NOUNS: readonly string[] = ['총액', '액수', '금액'];

/**
 * The same for a count ("산업단지 총수", "국가산단 수를 알려줘"): the documents state the number, not
 * the word. 수 is 표준국어대사전's "셀 수 있는 사물의 크기를 나타내는 값" (with the particles it takes,
 * since one syllable keeps them), 수효, 개수 and 총수 ("전체의 수") its compounds, 숫자 the figure.
 */
export const KO_COUNT_NOUNS: readonly string[] = ['총수', '개수', '갯수', '수효', '숫자', '수는', '수를', '수가', '수도', '수와', '수의'];

/**
 * Korean interrogatives (의문 대명사·관형사·부사 of 표준국어대사전): a word that begins with one
 * and goes on with a counter, a particle or an ending ("몇개고", "얼마씩", "언제였지", "어디서")
 * asks, it names no topic. 왜 is left out: nouns begin with it (왜곡). Their contractions ask too
 * (표준국어대사전: 누가, '누구가'가 줄어든 말; 무얼, '무엇을'의 준말).
 */
export const KO_INTERROGATIVES: readonly string[] = [
  '몇',
  '며칠',
  '얼마',
  '언제',
  '어디',
  '누구',
  '누가',
  '무엇',
  '무얼',
  '뭐',
  '어느',
  '어떤',
  '어떻게',
  '무슨',
];

/**
 * Counters (단위 의존 명사) that, with 당/씩/마다, make "per unit" ("곳당", "개씩", "건마다"): the
 * distribution of an amount, not a topic.
 */
export const KO_COUNTERS: readonly string[] = ['곳', '군데', '개', '개소', '명', '건', '기', '가지', '회', '차', '년', '가구', '사'];

/**
 * Deictic time words (지시 시간 부사·명사): they point at a time the reader resolves from the
 * conversation or the date ("올해", "작년"), so no passage states them as words.
 */
export const KO_DEICTIC_TIME: readonly string[] = ['올해', '금년', '작년', '지난해', '내년', '올', '이번', '요새', '방금', '나중'];

/**
 * Function words of Korean that name no topic: demonstratives and deictic place words (이거, 거기),
 * conjunctions and sentence adverbs (그리고, 그럼, 아직), reduplicated question words (누구누구),
 * as general Korean stop-word lists give them. A question word list in query-words.ts holds the
 * single question words.
 */
export const KO_FUNCTION_WORDS: readonly string[] = [
  '이거',
  '그거',
  '저거',
  '이것',
  '그것',
  '저것',
  // Their spoken contractions with a particle (그것은 -> 그건, 이것이 -> 이게).
  '이건',
  '그건',
  '저건',
  '이게',
  '그게',
  '저게',
  '여기',
  '거기',
  '저기',
  // With the locative contracted (여기에서 -> 여기서): still the deictic place.
  '여기서',
  '거기서',
  '저기서',
  '이곳',
  '그곳',
  '저곳',
  // The demonstrative of time beside those of place (이때 '바로 이 시간', 그때 '앞에서 이야기한 어떤 때'):
  // the time is the conversation's, resolved by its earlier turn.
  '이때',
  '그때',
  '저때',
  '이런',
  '그런',
  '저런',
  '그리고',
  '그럼',
  '그러면',
  '그런데',
  '근데',
  '그래서',
  '하지만',
  '그러나',
  '또',
  '또한',
  '아직',
  '이미',
  '벌써',
  '다시',
  '계속',
  '먼저',
  // Adverbs of accompaniment (표준국어대사전 같이 '둘 이상의 사람이나 사물이 함께', 함께): with whom, not what.
  '같이',
  '함께',
  // Sentence adverbs of the asker's stance (양태 부사: 도대체, 과연, 실제로, 정확히, 솔직히): how the
  // asker holds the question, not what it asks.
  '도대체',
  '대체',
  '과연',
  '실제로',
  '정확히',
  '솔직히',
  '대략',
  '약',
  // 그중 (표준국어대사전: "범위가 정해진 여럿 가운데"), one word as typed, with its particles: a relation, not a topic.
  '그중',
  '그중에',
  '그중에서',
  // The bound noun 것 contracted with a particle (표준국어대사전: 걸 '것을', 걸로 '것으로').
  '걸',
  '걸로',
  // Adverbs of degree (정도 부사: 가장, 제일, 매우 …) and the indefinite 아무: they grade or leave open
  // what the question names, and name nothing themselves.
  '가장',
  '제일',
  '매우',
  '아주',
  '너무',
  '꽤',
  '엄청',
  '되게',
  '무척',
  '아무',
  '누구누구',
  '어디어디',
  '뭐뭐',
  '언제언제',
  '얼마얼마',
];

/** Kinds of industrial complex a place name is written before ("반월·시화 산단", "여수국가산업단지"). */
export const KO_COMPLEX_KINDS: readonly string[] = ['국가산업단지', '일반산업단지', '산업단지', '국가산단', '산단'];

/**
 * Native Korean numerals as they stand before a counter (관형사 한, 두, 세, 네 …: "세 곳", "다섯 개"),
 * by value; 0 has none.
 */
export const KO_NATIVE_NUMBERS: readonly string[] = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '열한', '열두'];

/**
 * The honorific counter of people (표준국어대사전 '분' 의존 명사: 사람을 높여 이르는 말, "두 분"). Kept
 * apart from KO_COUNTERS: "분당" there would read as a rate, where it names a place.
 */
export const KO_PERSON_COUNTERS: readonly string[] = ['분'];

/** Spoken discourse markers that open a topic the hearer is to recall ("있잖아", 담화 표지): no content. */
export const KO_DISCOURSE_MARKERS: readonly string[] = ['있잖아', '있잖아요', '있잖슴', '있자나', '있자나요'];

/**
 * Nouns whose value is a sum of money (the 돈·재정 words of 표준국어대사전 and public-finance usage):
 * with 얼마 or 규모 they ask for an amount, which an answer must state in a currency.
 */
export const KO_MONEY_NOUNS: readonly string[] = [
  '예산',
  '보조금',
  '지원금',
  '돈',
  '국비',
  '지방비',
  '비용',
  '금액',
  '사업비',
  '투자',
  '투자액',
  '세금',
  '가격',
  '시세',
  '땅값',
  '집값',
  '임금',
  '월급',
  '연봉',
  '수수료',
  '재원',
  // The Korean of the English list's fund, funds, funding.
  '기금',
  '자금',
];

/**
 * Light verbs (국어 문법의 기능동사·형식동사): "왜 만들었어", "왜 해?" ask the purpose of something,
 * not the cause of a particular event the question takes as given.
 */
export const KO_LIGHT_VERBS: readonly string[] = [
  '하',
  '해',
  '했',
  '되',
  '돼',
  '됐',
  '만들',
  '만든',
  '만드',
  '생기',
  '생긴',
  '생겼',
  '나오',
  '나온',
  '나왔',
  '시작',
  '필요',
  '있',
  '없',
];

/**
 * Korea's 17 first-level administrative divisions (행정안전부 행정구역): the short name people
 * write, the official name and the English name. A question placing something in one of them
 * takes that place as given.
 */
export const KO_REGIONS: readonly (readonly [string, string, string])[] = [
  ['서울', '서울특별시', 'Seoul'],
  ['부산', '부산광역시', 'Busan'],
  ['대구', '대구광역시', 'Daegu'],
  ['인천', '인천광역시', 'Incheon'],
  ['광주', '광주광역시', 'Gwangju'],
  ['대전', '대전광역시', 'Daejeon'],
  ['울산', '울산광역시', 'Ulsan'],
  ['세종', '세종특별자치시', 'Sejong'],
  ['경기', '경기도', 'Gyeonggi'],
  ['강원', '강원특별자치도', 'Gangwon'],
  ['충북', '충청북도', 'North Chungcheong'],
  ['충남', '충청남도', 'South Chungcheong'],
  ['전북', '전북특별자치도', 'North Jeolla'],
  ['전남', '전라남도', 'South Jeolla'],
  ['경북', '경상북도', 'North Gyeongsang'],
  ['경남', '경상남도', 'South Gyeongsang'],
  ['제주', '제주특별자치도', 'Jeju'],
];

/**
 * Connective endings of one syllable (표준국어대사전's 연결 어미 -고, -며, -면, -려, -러, -던, -게, -서):
 * after a one-syllable verb stem they make a two-syllable word ("말고", "가려", "사서") that no
 * particle makes. A two-syllable noun can still end so ("부서", "재고"), so this is read only of
 * words the documents never use (answerability.ts). Particles are left out: a one-syllable noun
 * with its particle ("물은", "집이") may be just what the question asks about.
 */
export const KO_ONE_SYLLABLE_ENDINGS: readonly string[] = ['고', '며', '면', '려', '러', '던', '게', '서'];

/**
 * Bound nouns that follow an adnominal form in speech ("처리해주는거", "만든다는건", "지정된데"): 거/건/게
 * (것, 것은, 것이), 데 "place, case", 대 (-ㄴ대, reported speech).
 */
export const KO_BOUND_AFTER_ADNOMINAL: readonly string[] = ['거', '건', '게', '데', '대'];

/**
 * The customary spellings of the commonest surnames (국립국어원's survey of how surnames are written
 * in Latin letters; 통계청's most frequent surnames): "Lee", "Park", "Choi", "Oh" are no Revised
 * Romanization (i, bak, choe, o), yet they are how English text names most people.
 */
export const KO_CUSTOMARY_SURNAMES: Readonly<Record<string, string>> = {
  kim: '김',
  gim: '김',
  lee: '이',
  yi: '이',
  rhee: '이',
  park: '박',
  pak: '박',
  bak: '박',
  choi: '최',
  choe: '최',
  jung: '정',
  chung: '정',
  jeong: '정',
  kang: '강',
  cho: '조',
  jo: '조',
  yoon: '윤',
  yun: '윤',
  jang: '장',
  chang: '장',
  lim: '임',
  im: '임',
  rim: '임',
  han: '한',
  oh: '오',
  seo: '서',
  suh: '서',
  shin: '신',
  sin: '신',
  kwon: '권',
  gwon: '권',
  hwang: '황',
  ahn: '안',
  an: '안',
  song: '송',
  yoo: '유',
  yu: '유',
  ryu: '류',
  jeon: '전',
  jun: '전',
  chun: '전',
  hong: '홍',
  ko: '고',
  koh: '고',
  go: '고',
  moon: '문',
  mun: '문',
  yang: '양',
  son: '손',
  sohn: '손',
  bae: '배',
  baek: '백',
  paik: '백',
  paek: '백',
  heo: '허',
  huh: '허',
  noh: '노',
  roh: '노',
  no: '노',
  nam: '남',
  shim: '심',
  sim: '심',
  ha: '하',
  kwak: '곽',
  gwak: '곽',
  sung: '성',
  seong: '성',
  cha: '차',
  joo: '주',
  ju: '주',
  woo: '우',
  u: '우',
  koo: '구',
  ku: '구',
  gu: '구',
  min: '민',
  ra: '라',
  na: '나',
  jin: '진',
  ji: '지',
  um: '엄',
  eom: '엄',
  chae: '채',
  won: '원',
  cheon: '천',
  bang: '방',
  kong: '공',
  gong: '공',
  hyun: '현',
  hyeon: '현',
  ham: '함',
  byun: '변',
  byeon: '변',
  yeom: '염',
  yum: '염',
  yeo: '여',
  choo: '추',
  chu: '추',
  do: '도',
  doh: '도',
  so: '소',
  seok: '석',
  suk: '석',
  sun: '선',
  seon: '선',
  seol: '설',
  sul: '설',
  ma: '마',
  gil: '길',
  kil: '길',
  yeon: '연',
  pyo: '표',
  myung: '명',
  myeong: '명',
  ki: '기',
  gi: '기',
  ban: '반',
  wang: '왕',
  keum: '금',
  geum: '금',
  ok: '옥',
  yook: '육',
  yuk: '육',
  in: '인',
  maeng: '맹',
  tak: '탁',
  kook: '국',
  guk: '국',
  eun: '은',
  pyun: '편',
  pyeon: '편',
  yong: '용',
};

/**
 * Korean words of grammar that describe nothing (existence and light verbs, bound nouns, pronouns
 * and demonstratives), as the first two syllables a description's word is keyed by (described-terms.ts).
 */
export const KO_DESCRIPTION_GRAMMAR: ReadonlySet<string> = new Set([
  '있는',
  '있다',
  '있어',
  '있고',
  '하는',
  '하고',
  '해서',
  '하다',
  '되는',
  '된',
  '것',
  '거',
  '그',
  '이',
  '저',
  '수',
  '등',
  '및',
  '때',
  '곳',
]);
