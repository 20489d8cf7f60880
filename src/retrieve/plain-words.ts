/**
 * Everyday words for the documents' own terms, in the same language: people ask with the plain
 * word ("젊은이", "young people") where the documents write the official one (청년, youth).
 * Written from general dictionaries and plain-language lists (표준국어대사전, 국립국어원's 다듬은
 * 말, WordNet) by a writer who read the documents and no question set, then pruned for precision
 * by a second who read the same (docs/answers.md, ninth session); each entry ends with its basis.
 * Only synonyms and exact paraphrases: a broader word (a factory for a complex) would let a
 * question about something else pass as covered.
 */
export interface PlainWord {
  lang: 'ko' | 'en';
  /** The documents' term. */
  term: string;
  /** Everyday words for it: Korean ones at the start of a word (endings follow), English ones as whole words. */
  forms: readonly string[];
}

export const PLAIN_WORDS: readonly PlainWord[] = [
  { lang: 'ko', term: '산업단지', forms: ['공업단지', '공업 단지'] }, // 옛 법령 용어(공업단지) = 산업단지, 표준국어대사전
  { lang: 'ko', term: '노후', forms: ['낡은', '낡아서'] }, // 표준국어대사전 뜻풀이(오래되어 낡음)
  { lang: 'ko', term: '노후화', forms: ['낡아지', '낡아 가', '낡아가', '오래되어 낡', '노쇠'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '착공', forms: ['공사를 시작', '공사 시작', '공사를 착수', '첫 삽', '첫삽', '공사에 들어가', '공사에 들어간', '공사에 들어갈'] }, // 표준국어대사전 뜻풀이(공사를 시작함)
  { lang: 'ko', term: '조성', forms: ['단지를 만들', '단지를 만드', '단지 만들', '단지를 짓', '단지 짓'] }, // 산업단지 조성 = 건설, 일상 표현
  { lang: 'ko', term: '선정', forms: ['뽑힌', '뽑혔', '뽑히', '선발'] }, // 표준국어대사전 뜻풀이(여럿 가운데서 골라 정함)
  { lang: 'ko', term: '공모', forms: ['공개 모집', '공개모집', '모집 공고'] }, // 공모 = 공개 모집의 준말
  { lang: 'ko', term: '공모 기간', forms: ['신청 기간', '접수 기간', '모집 기간', '응모 기간'] }, // 공모 기간의 일상 표현
  { lang: 'ko', term: '신청', forms: ['응모', '신청서'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '지원', forms: ['뒷받침', '밀어주', '밀어 주'] }, // 표준국어대사전 뜻풀이(지지하여 도움)
  { lang: 'ko', term: '국비', forms: ['나랏돈', '나라 돈', '정부 돈', '정부돈'] }, // 표준국어대사전 뜻풀이(국가 경비)
  { lang: 'ko', term: '총사업비', forms: ['전체 사업비', '사업비 총액', '총비용', '총 비용', '전체 비용'] }, // 일상 표현
  { lang: 'ko', term: '투자', forms: ['돈을 넣', '돈을 쏟', '돈을 댄', '돈을 대는', '자금을 댄', '자금을 대는'] }, // 일상 표현
  { lang: 'ko', term: '투입', forms: ['쏟아붓', '쏟아 붓', '쏟아부', '돈을 들여', '들어가는 돈', '돈이 들어가'] }, // 일상 표현(자금 투입)
  { lang: 'ko', term: '민간 투자', forms: ['민간자본', '민간 자본', '기업 투자금'] }, // 민자 = 민간 자본
  {
    lang: 'ko',
    term: '입주기업',
    forms: [
      '입주한 회사',
      '입주한 기업',
      '들어온 회사',
      '들어온 기업',
      '들어와 있는 기업',
      '입주업체',
      '입주 업체',
      '단지 안 기업',
      '단지 내 기업',
      '단지 내 회사',
    ],
  }, // 일상 표현(단지에 들어온 회사)
  { lang: 'ko', term: '입주', forms: ['둥지를 틀', '둥지 틀'] }, // 기업 입주의 일상 표현
  { lang: 'ko', term: '기업', forms: ['회사', '업체', '사업체'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '근로자', forms: ['노동자', '직원', '종업원', '일꾼', '일하는 사람', '일하는 분'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '고용', forms: ['고용인원', '취업자 수', '일하는 사람 수', '종업원 수', '직원 수'] }, // 일상 표현(고용 규모)
  { lang: 'ko', term: '일자리', forms: ['일할 곳', '일할 자리', '일할 데', '취업 자리'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '청년', forms: ['젊은이', '젊은 사람', '젊은 세대', '젊은 층', '젊은층', '이삼십대', '2030세대'] }, // 표준국어대사전 뜻풀이
  {
    lang: 'ko',
    term: '청년친화',
    forms: [
      '젊은이 친화',
      '청년들이 좋아하',
      '젊은이들이 좋아하',
      '젊은이가 좋아하',
      '청년이 좋아하',
      '젊은 층이 선호',
      '청년이 선호',
      '청년이 일하고 싶',
      '젊은이가 일하고 싶',
      '청년들이 일하고 싶',
    ],
  }, // 일상 풀이(청년이 좋아하는)
  { lang: 'ko', term: '기피', forms: ['꺼리', '외면', '싫어하', '가기 싫', '안 가려', '가지 않으려'] }, // 표준국어대사전 뜻풀이(꺼리거나 싫어하여 피함)
  { lang: 'ko', term: '정주', forms: ['생활 여건', '생활여건', '거주 여건', '정착 여건', '정착해 살', '눌러 살'] }, // 정주여건 다듬은 말(생활 여건)
  { lang: 'ko', term: '근로', forms: ['근무 여건', '근무 환경', '근무환경', '일하는 환경', '노동 환경', '근무 조건'] }, // 근로 여건의 일상 표현
  { lang: 'ko', term: '인프라', forms: ['사회간접자본', '사회기반시설', '사회 기반 시설'] }, // 다듬은 말(기반 시설)
  { lang: 'ko', term: '기반시설', forms: ['기초 시설', '기초시설', '기반 시설'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '문화 인프라', forms: ['문화시설', '문화 시설', '문화 공간', '문화공간', '문화 기반 시설', '문화 편의시설'] }, // 일상 표현
  { lang: 'ko', term: '규제', forms: ['족쇄', '옭아매는 규정', '규제 조항'] }, // 일상 표현
  { lang: 'ko', term: '킬러규제', forms: ['투자를 막는 규제', '투자 막는 규제', '발목 잡는 규제', '발목을 잡는 규제', '악성 규제', '대못 규제'] }, // 정부 설명(투자를 가로막는 핵심 규제)
  { lang: 'ko', term: '규제 개선', forms: ['규제 완화', '규제 풀', '규제를 풀', '규제 철폐', '규제 혁파', '규제를 없애'] }, // 일상 표현
  { lang: 'ko', term: '규제특례', forms: ['규제 예외', '규제 면제', '규제 특례'] }, // 특례 = 예외 적용
  { lang: 'ko', term: '완화', forms: ['느슨하게'] }, // 표준국어대사전 뜻풀이(긴장을 풀어 느슨하게 함)
  {
    lang: 'ko',
    term: '개정',
    forms: ['법을 고치', '법을 고쳐', '법을 바꾸', '법을 바꿔', '법이 바뀌', '법이 바뀐', '법 바뀐', '법 손질', '법을 손질', '법이 개정', '법개정'],
  }, // 표준국어대사전 뜻풀이(고치어 바로 정함)
  { lang: 'ko', term: '개정안', forms: ['고친 법안', '바뀐 법안', '개정 법안'] }, // 일상 표현
  { lang: 'ko', term: '제정', forms: ['법을 만들', '법 만들', '법을 새로 만', '새로 만든 법', '처음 만든 법'] }, // 표준국어대사전 뜻풀이(제도나 법률 따위를 만들어서 정함)
  { lang: 'ko', term: '시행', forms: ['발효', '효력이 생', '효력을 발', '효력 발생', '적용되기 시작', '적용 시작', '시행되'] }, // 법령 시행 = 효력 발생
  { lang: 'ko', term: '공포', forms: ['법을 공표', '법률 공표'] }, // 법령 공포 = 관보 게재로 알림
  { lang: 'ko', term: '고시', forms: ['관보 고시', '공식 고지'] }, // 표준국어대사전 뜻풀이(글로 써서 널리 알림)
  { lang: 'ko', term: '확정', forms: ['최종 결정', '최종결정', '최종 확정안'] }, // 표준국어대사전 뜻풀이(일을 확실하게 정함)
  { lang: 'ko', term: '인허가', forms: ['허가', '허가 절차', '각종 허가', '허가·승인'] }, // 인가와 허가
  { lang: 'ko', term: '타임아웃제', forms: ['처리 기한제', '처리기한제', '처리 기한 제도', '처리 시한제'] }, // 제도 설명(기한 안에 처리)
  { lang: 'ko', term: '신속 처리', forms: ['빨리 처리', '빠른 처리', '빠르게 처리', '신속하게 처리', '패스트트랙', '속전속결'] }, // 일상 표현
  { lang: 'ko', term: '면제', forms: ['안 내도', '내지 않아도'] }, // 표준국어대사전 뜻풀이(책임이나 의무를 면하여 줌)
  { lang: 'ko', term: '감면', forms: ['세금을 깎', '세금 깎', '세금을 줄', '세금 줄', '세금을 덜', '세금 덜', '감세', '덜 내'] }, // 표준국어대사전 뜻풀이(매겨야 할 부담 따위를 덜어 주거나 면제함)
  { lang: 'ko', term: '경감', forms: ['부담을 덜'] }, // 표준국어대사전 뜻풀이(부담 따위를 덜어서 가볍게 함)
  { lang: 'ko', term: '세제 지원', forms: ['세금 혜택', '세제 혜택', '세금 지원', '세금 우대', '조세 혜택', '조세 지원'] }, // 일상 표현
  { lang: 'ko', term: '세제', forms: ['세금 제도', '조세 제도', '세금 관련 제도'] }, // 표준국어대사전 뜻풀이(세금에 관한 제도)
  { lang: 'ko', term: '소득세', forms: ['번 돈에 대한 세금', '벌이에 대한 세금'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '취득세', forms: ['살 때 내는 세금', '사들일 때 내는 세금', '구입할 때 내는 세금', '부동산 살 때 세금'] }, // 표준국어대사전 뜻풀이(취득에 대하여 부과하는 지방세)
  { lang: 'ko', term: '재산세', forms: ['재산에 매기는 세금', '재산에 붙는 세금', '재산에 대한 세금', '보유 재산 세금'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '지방세', forms: ['지방 세금', '지자체 세금', '지자체에 내는 세금'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '창업', forms: ['회사 설립', '회사를 설립', '회사를 세우', '회사를 차리', '회사 차리', '개업'] }, // 표준국어대사전 뜻풀이(사업을 처음으로 시작함)
  { lang: 'ko', term: '지방투자촉진보조금', forms: ['지방 투자 보조금', '지방투자 보조금', '지방 투자 지원금', '지방투자 지원금', '지방 투자 촉진 보조금'] }, // 명칭의 일상 표현
  { lang: 'ko', term: '인센티브', forms: ['우대 조치', '우대조치', '유인책', '특전', '당근책'] }, // 다듬은 말(유인책, 성과급)
  { lang: 'ko', term: '특구', forms: ['특별구역', '특별 구역', '특별지역', '특별 지역', '특별 지대'] }, // 표준국어대사전 뜻풀이(특별 구역)
  { lang: 'ko', term: '비수도권', forms: ['수도권 밖', '수도권 이외', '수도권이 아닌', '서울 경기 밖', '서울·경기 밖', '지방권'] }, // 뜻풀이(수도권이 아닌 지역)
  { lang: 'ko', term: '지방정부', forms: ['지자체', '자치단체', '지방 당국', '지방당국'] }, // 지방자치단체의 일상 표현
  { lang: 'ko', term: '주도', forms: ['앞장서', '앞장 서', '주축이'] }, // 표준국어대사전 뜻풀이(주동적인 처지가 되어 이끎)
  { lang: 'ko', term: '정부', forms: ['당국', '정부 당국'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '부처', forms: ['정부 부서', '정부부서', '행정 부서'] }, // 중앙 행정 기관의 일상 표현
  { lang: 'ko', term: '주무 부처', forms: ['담당 부처', '소관 부처', '주관 부처', '책임 부처', '맡은 부처'] }, // 표준국어대사전 뜻풀이(사무를 주장하여 맡음)
  {
    lang: 'ko',
    term: '문화선도산업단지',
    forms: ['문화가 있는 산단', '문화 있는 산단', '문화산단', '문화 산단', '문화 융합 산단', '문화융합 산단', '문화 공단'],
  }, // 정책 명칭의 일상 표현
  { lang: 'ko', term: '선도', forms: ['선두'] }, // 표준국어대사전 뜻풀이(앞장서서 이끎)
  { lang: 'ko', term: '실증', forms: ['테스트베드', '테스트 베드', '시험 적용', '현장 검증', '실험 적용'] }, // 실증 = 실제로 시험해 증명함
  { lang: 'ko', term: '실증산단', forms: ['시범 산단', '시범단지', '시범 단지', '시험 단지', '실험 단지', '테스트 산단'] }, // AX 실증산단의 일상 표현
  { lang: 'ko', term: '스마트그린산단', forms: ['스마트 그린 산단', '스마트산단', '스마트 산단', '스마트 공단', '스마트 그린 공단'] }, // 사업 명칭 일상 표현
  { lang: 'ko', term: '디지털 전환', forms: ['디지털화', '디지털로 전환', '디지털로 바꾸', '디지털로 바꿔', '디엑스'] }, // 일상 표현(DX)
  { lang: 'ko', term: '인공지능 전환', forms: ['AI 도입', '인공지능 도입', 'AI화', '인공지능화', 'AI 접목', '인공지능 접목', '에이아이 전환'] }, // AX 뜻풀이
  { lang: 'ko', term: '인공지능', forms: ['에이아이', '인공 지능'] }, // 표기 변이
  { lang: 'ko', term: '탄소중립', forms: ['넷제로', '넷 제로', '탄소 제로', '탄소제로', '탄소 배출 제로', '탄소배출 제로', '탄소 중립'] }, // 다듬은 말(탄소 중립 = 넷제로)
  { lang: 'ko', term: '탄소중립 전환', forms: ['녹색 전환', '그린 전환', '친환경 전환', '그린 트랜스포메이션', '지엑스'] }, // GX 뜻풀이
  { lang: 'ko', term: '저탄소', forms: ['탄소를 적게', '탄소 적게'] }, // 뜻풀이(탄소 배출이 적음)
  { lang: 'ko', term: '무탄소', forms: ['탄소 없는', '탄소가 없는', '탄소 배출 없는', '탄소 배출이 없는', '카본프리', '카본 프리'] }, // 뜻풀이(탄소 배출 없음)
  { lang: 'ko', term: '이산화탄소', forms: ['탄산가스'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '배출량', forms: ['내뿜는 양', '배출하는 양', '뿜어내는 양'] }, // 뜻풀이
  { lang: 'ko', term: '신재생에너지', forms: ['재생에너지', '재생 에너지', '그린에너지', '그린 에너지', '친환경 에너지'] }, // 일상 표현
  { lang: 'ko', term: 'RE100', forms: ['재생에너지 100%', '재생에너지 100', '100% 재생에너지', '재생에너지로만'] }, // RE100 정의(전력 100% 재생에너지)
  { lang: 'ko', term: '에너지 소비', forms: ['에너지 사용', '에너지를 쓰', '에너지 쓰', '에너지 소모', '에너지를 소모', '에너지 사용량'] }, // 표준국어대사전 유의어(소비=사용)
  { lang: 'ko', term: '소비량', forms: ['사용량', '쓰는 양', '소모량'] }, // 유의어
  { lang: 'ko', term: '혁신', forms: ['쇄신', '탈바꿈', '대변신'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '종합대책', forms: ['종합 대책', '종합 방안', '종합적인 대책', '종합 처방', '대책 패키지'] }, // 일상 표현
  { lang: 'ko', term: '대책', forms: ['대응책', '해결책', '대응 방안'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '추진과제', forms: ['실천 과제', '실천과제', '실행 과제', '실행과제', '추진 과제'] }, // 일상 표현
  { lang: 'ko', term: '목표', forms: ['타깃', '타겟', '지향점', '노리는 것'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '계획', forms: ['로드맵', '청사진'] }, // 외래어/다듬은 말(로드맵=단계별 이행안)
  { lang: 'ko', term: '마스터플랜', forms: ['종합계획', '종합 계획', '기본 구상'] }, // 다듬은 말(마스터플랜 → 종합 계획, 기본 계획)
  { lang: 'ko', term: '기본계획', forms: ['5개년 계획', '오개년 계획', '5년짜리 계획', '5년마다 세우는 계획'] }, // 5년 단위 법정계획
  { lang: 'ko', term: '법정계획', forms: ['법정 계획', '법에 근거한 계획', '법으로 정한 계획', '법에 따른 계획', '법률상 계획'] }, // 뜻풀이
  { lang: 'ko', term: '산업집적', forms: ['산업 집적', '산업 밀집', '기업 밀집', '기업들이 모여', '기업이 모여', '업체들이 모여', '산업이 모여'] }, // 법 정의(기업 등이 일정 지역에 모임)
  { lang: 'ko', term: '집적', forms: ['밀집', '모여 있', '몰려 있', '한데 모', '한곳에 모', '한 곳에 모'] }, // 표준국어대사전 뜻풀이(모아서 쌓음)
  { lang: 'ko', term: '산업집적지', forms: ['산업 밀집 지역', '산업밀집지역', '기업 밀집 지역', '기업밀집지역', '산업 클러스터'] }, // 뜻풀이
  { lang: 'ko', term: '초광역', forms: ['여러 시도를 묶', '시도 경계를 넘', '시·도 경계를 넘', '광역 경제권', '초광역권'] }, // 정책 용어 풀이(시·도 경계를 넘는 광역)
  { lang: 'ko', term: '산학연', forms: ['기업·대학·연구소', '기업, 대학, 연구소', '기업과 대학, 연구소', '산업계·학계·연구계', '산·학·연', '산학연구'] }, // 뜻풀이(산업체·학교·연구소)
  { lang: 'ko', term: '연구소', forms: ['연구센터', '연구 센터', 'R&D 센터'] }, // 유의어
  { lang: 'ko', term: '연구기관', forms: ['싱크탱크'] }, // 다듬은 말(싱크탱크 → 두뇌 집단)
  { lang: 'ko', term: '상승효과', forms: ['시너지', '시너지 효과', '상승 효과'] }, // 다듬은 말(시너지 → 상승효과)
  { lang: 'ko', term: '연계', forms: ['연동', '맞물려'] }, // 표준국어대사전 뜻풀이(서로 관련을 맺음)
  { lang: 'ko', term: '경쟁력', forms: ['경쟁할 힘', '경쟁 능력', '경쟁에서 이길'] }, // 뜻풀이
  { lang: 'ko', term: '경쟁력 강화', forms: ['경쟁력 높이', '경쟁력을 높', '경쟁력 키우', '경쟁력을 키우', '경쟁력을 끌어올', '경쟁력 끌어올', '경쟁력 제고'] }, // 유의 표현
  { lang: 'ko', term: '거점', forms: ['중심지', '중심 지역', '핵심 지역', '허브', '중추'] }, // 표준국어대사전 뜻풀이(활동의 근거가 되는 중요한 지점)
  { lang: 'ko', term: '구조고도화', forms: ['구조 개선', '구조 업그레이드'] }, // 산단 구조고도화 사업의 통칭(산단 리모델링)
  { lang: 'ko', term: '고도화', forms: ['업그레이드', '고급화', '한 단계 높'] }, // 뜻풀이(수준이 높아짐)
  { lang: 'ko', term: '업종', forms: ['사업 종류', '산업 종류', '업태'] }, // 표준국어대사전 뜻풀이(직업이나 영업의 종류)
  { lang: 'ko', term: '재편', forms: ['개편', '재구성', '다시 짜', '새로 짜', '재정비'] }, // 표준국어대사전 뜻풀이(다시 편성함)
  { lang: 'ko', term: '복합개발', forms: ['복합 개발', '복합용도 개발', '복합 용도 개발', '여러 용도로 개발', '주거·상업 복합'] }, // 뜻풀이
  { lang: 'ko', term: '블록', forms: ['블럭'] }, // 표기 변이(일상 표기)
  { lang: 'ko', term: '부지', forms: ['공장 터', '공장터', '들어설 땅', '쓸 땅'] }, // 표준국어대사전 유의어(터, 대지)
  { lang: 'ko', term: '산업용지', forms: ['공장 용지', '공장용지', '공장 땅', '공장 부지', '산업 용지', '산업 부지', '산업부지'] }, // 뜻풀이
  { lang: 'ko', term: '산업용지은행제', forms: ['산업용지 비축', '용지 비축', '땅 은행', '땅은행', '산업용 토지 은행', '산업 토지 은행'] }, // 제도 설명(industrial land bank)
  { lang: 'ko', term: '입지', forms: ['들어설 곳', '들어설 자리', '자리 잡을 곳', '입주 장소'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '산업입지', forms: ['공장 지을 곳', '공장 지을 땅', '공장 들어설 곳', '공장 들어설 자리', '기업 들어설 곳', '기업이 들어설 곳'] }, // 뜻풀이
  { lang: 'ko', term: '입지 규제', forms: ['공장 설립 규제', '공장 설립 제한', '공장 짓는 규제', '공장 짓기 규제'] }, // 일상 표현
  { lang: 'ko', term: '면적', forms: ['넓이', '평수', '땅 크기', '부지 크기', '부지 넓이'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '예비타당성조사', forms: ['사전 타당성 조사', '사전 타당성 검토', '사업성 사전 검토', '사전 사업성 검토'] }, // 제도 설명
  { lang: 'ko', term: '첨단산업', forms: ['하이테크 산업', '하이테크', '최첨단 산업', '첨단 업종'] }, // 유의어
  { lang: 'ko', term: '주력산업', forms: ['핵심 산업', '간판 산업', '대표 산업', '주력 업종'] }, // 유의어
  { lang: 'ko', term: '국가첨단전략산업', forms: ['국가전략산업', '국가 전략산업', '국가 전략 산업', '국가 핵심 전략산업'] }, // 명칭 일상 표현
  { lang: 'ko', term: '국가첨단전략산업위원회', forms: ['전략산업위원회', '전략산업 위원회', '첨단전략산업 위원회'] }, // 명칭 일상 표현
  { lang: 'ko', term: '특화단지', forms: ['특화 산단', '특화산단', '전문 단지', '특화 클러스터'] }, // 일상 표현
  { lang: 'ko', term: '반도체', forms: ['칩 산업', '칩 생산', '칩 제조'] }, // 일상어(칩)
  { lang: 'ko', term: '시스템반도체', forms: ['비메모리 반도체', '시스템 반도체', '로직 반도체'] }, // 업계 통용 유의어(비메모리)
  { lang: 'ko', term: '팹', forms: ['반도체 공장', '반도체공장', '웨이퍼 공장'] }, // 뜻풀이(fab = 반도체 제조 공장)
  { lang: 'ko', term: '생산설비', forms: ['생산 시설', '생산시설', '생산 라인', '생산라인', '제조 설비'] }, // 유의어
  { lang: 'ko', term: '가동', forms: ['공장을 돌리', '공장 돌리', '생산을 시작', '생산 시작', '생산에 들어가'] }, // 표준국어대사전 뜻풀이(기계 따위가 움직여 일함)
  { lang: 'ko', term: '이차전지', forms: ['2차전지', '2차 전지', '충전지', '축전지'] }, // 업계 통용 유의어
  { lang: 'ko', term: '디스플레이', forms: ['패널 산업', '화면 패널', '디스플레이 패널'] }, // 유의어
  { lang: 'ko', term: '바이오', forms: ['생명공학', '생명 공학', '생명산업'] }, // 유의어
  { lang: 'ko', term: '소재·부품·장비', forms: ['소부장', '소재 부품 장비', '소재, 부품, 장비'] }, // 통용 준말
  { lang: 'ko', term: '국가산업단지', forms: ['국가공단', '국가 공단', '나라가 만든 산단', '국가가 조성한 산단'] }, // 일상 표현
  { lang: 'ko', term: '도시첨단산업단지', forms: ['도심형 산단', '도심 첨단 산단', '도시형 첨단 산단', '도심 첨단단지'] }, // 뜻풀이
  { lang: 'ko', term: '농공단지', forms: ['농촌 공단', '농촌 산단', '농촌 공업단지', '농어촌 공단', '농공 단지'] }, // 뜻풀이
  { lang: 'ko', term: '신규', forms: ['신설'] }, // 유의어
  { lang: 'ko', term: '확대', forms: ['확장'] }, // 표준국어대사전 뜻풀이(늘려서 크게 함)
  { lang: 'ko', term: '증가', forms: ['늘어나', '늘어난', '늘었', '불어나', '불어난', '많아졌', '많아지'] }, // 표준국어대사전 뜻풀이(양이나 수치가 늚)
  { lang: 'ko', term: '단축', forms: ['기간을 줄', '기간 줄', '기간이 줄', '앞당기', '앞당겨', '짧아지'] }, // 표준국어대사전 뜻풀이(짧게 줄임)
  { lang: 'ko', term: '사업기간', forms: ['공사 기간', '공사기간', '사업 기간', '조성 기간'] }, // 일상 표현
  {
    lang: 'ko',
    term: '매매계약',
    forms: [
      '매각 계약',
      '매각계약',
      '매매 계약',
      '땅 계약',
      '토지 계약',
      '부지 계약',
      '부지를 팔',
      '땅을 팔',
      '부지 매입',
      '토지 매입',
      '부지 매각',
      '토지 매각',
      '땅을 샀',
      '땅을 사들',
      '부지를 샀',
      '부지를 사들',
    ],
  }, // 뜻풀이(사고파는 계약)
  { lang: 'ko', term: '체결', forms: ['맺었', '맺은', '맺어', '서명했', '서명한', '도장을 찍', '사인했'] }, // 표준국어대사전 뜻풀이(계약이나 조약 따위를 공식적으로 맺음)
  { lang: 'ko', term: '상생협약', forms: ['상생 협약', '상생 합의', '상생 협정', '상생 약속', '윈윈 협약', '상생협력 협약'] }, // 유의 표현
  { lang: 'ko', term: '협약', forms: ['협정', '약정', '합의서'] }, // 유의어
  { lang: 'ko', term: '간담회', forms: ['좌담회', '라운드테이블', '라운드 테이블', '간담 모임'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '회의', forms: ['미팅'] }, // 외래어 유의어
  { lang: 'ko', term: '국무회의', forms: ['내각 회의', '내각회의', '각료 회의', '각료회의'] }, // 뜻풀이(대통령·국무위원 회의)
  { lang: 'ko', term: '경제관계장관회의', forms: ['경제장관회의', '경제 장관 회의', '경제부처 장관 회의', '경제 장관들 회의'] }, // 명칭 일상 표현
  { lang: 'ko', term: '의결', forms: ['가결'] }, // 유의 표현(안건 통과)
  { lang: 'ko', term: '출범', forms: ['발족', '창설', '닻을 올', '공식 활동 시작'] }, // 표준국어대사전 뜻풀이(단체가 새로 조직되어 일을 시작함)
  { lang: 'ko', term: '특별전담팀', forms: ['태스크포스', '태스크 포스', '전담반', '전담 조직', '전담조직', '특별팀'] }, // 다듬은 말(TF → 전담 조직)
  { lang: 'ko', term: '민생토론회', forms: ['민생 토론회'] }, // 띄어쓰기 변이
  { lang: 'ko', term: '발표', forms: ['내놓았', '내놓은', '내놨', '공표'] }, // 유의 표현
  { lang: 'ko', term: '보도자료', forms: ['발표문', '언론 배포 자료', '보도 참고자료', '프레스 릴리스', '보도문'] }, // 다듬은 말(보도 자료)
  { lang: 'ko', term: '출처', forms: ['자료 출처', '정보 출처', '인용처'] }, // 유의 표현
  { lang: 'ko', term: '보도', forms: ['뉴스', '신문 기사'] }, // 유의어
  { lang: 'ko', term: '통계', forms: ['통계 자료', '통계자료', '집계 자료'] }, // 유의어
  { lang: 'ko', term: '현황', forms: ['현 상황', '현재 상황', '지금 상황', '현주소'] }, // 표준국어대사전 뜻풀이(현재의 상황)
  { lang: 'ko', term: '전망', forms: ['예측', '내다보', '내다본', '관측'] }, // 표준국어대사전 유의어
  {
    lang: 'ko',
    term: '수출',
    forms: ['해외에 파는', '해외에 판매', '외국에 파는', '해외 판매', '외국에 판매', '해외로 팔', '외국에 팔', '해외에 팔', '해외로 판매', '해외로 내보'],
  }, // 표준국어대사전 뜻풀이(국내의 상품을 외국으로 팔아 내보냄)
  { lang: 'ko', term: '생산', forms: ['산출량', '제품을 만드'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '제조업', forms: ['제조 분야', '제조분야', '제조 산업', '만드는 산업'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '전통 제조업', forms: ['굴뚝산업', '굴뚝 산업', '재래 제조업', '기존 제조업', '오래된 제조업'] }, // 통용 표현(굴뚝산업)
  { lang: 'ko', term: '공장설립', forms: ['공장을 세우', '공장 세우', '공장을 짓', '공장 짓', '공장 건설', '공장을 건설', '공장 신설', '공장을 새로 짓'] }, // 뜻풀이
  { lang: 'ko', term: '산업집적법', forms: ['산집법', '공장설립법', '산업집적활성화법'] }, // 통용 약칭
  { lang: 'ko', term: '공업배치', forms: ['공업배치법', '공배법'] }, // 옛 법률 통용 약칭
  { lang: 'ko', term: '조문', forms: ['법조문', '법 조문', '법 조항'] }, // 유의어
  { lang: 'ko', term: '정의', forms: ['뜻풀이', '무슨 뜻', '무엇을 뜻', '뭘 뜻'] }, // 표준국어대사전 뜻풀이(말이나 사물의 뜻을 명백히 밝혀 규정함)
  { lang: 'ko', term: '목적', forms: ['만든 이유', '제정 이유', '왜 만들었', '왜 만든'] }, // 일상 표현(법의 목적)
  { lang: 'ko', term: '시행령', forms: ['대통령령'] }, // 법령 체계상 동의어
  { lang: 'ko', term: '하위법령', forms: ['하위 법령', '시행령과 시행규칙', '시행령·시행규칙'] }, // 뜻풀이
  { lang: 'ko', term: '지침', forms: ['가이드라인', '가이드 라인', '운영 기준', '지침서'] }, // 다듬은 말(가이드라인 → 지침)
  { lang: 'ko', term: '조례', forms: ['자치법규', '자치 법규', '지자체 법규', '지자체 규정'] }, // 뜻풀이
  { lang: 'ko', term: '외국인투자', forms: ['외국인 투자', '외자', '외국 자본', '외국자본', '해외 자본', '외국 기업 투자', '외국 기업의 투자'] }, // 표준국어대사전 유의어(외자)
  { lang: 'ko', term: '유치', forms: ['끌어오', '끌어온', '끌어들', '불러들', '모셔오', '모셔 오'] }, // 표준국어대사전 뜻풀이(행사나 사업 따위를 이끌어 들임)
  { lang: 'ko', term: '균형 발전', forms: ['골고루 발전', '고르게 발전', '지역 격차 해소', '지역 간 격차 해소', '지역 격차를 줄', '균형발전'] }, // 뜻풀이
  { lang: 'ko', term: '지방시대위원회', forms: ['지방시대 위원회', '지방시대위'] }, // 띄어쓰기·준말
  { lang: 'ko', term: '국가첨단산업벨트', forms: ['첨단산업 벨트', '첨단 산업벨트', '국가 첨단산업 벨트', '첨단산업벨트'] }, // 띄어쓰기 변이
  { lang: 'ko', term: '배정', forms: ['할당', '배분', '몫으로'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '성과지표', forms: ['평가 지표', '평가지표', '성과 측정 지표', '핵심성과지표', '핵심 성과 지표', '성과 기준'] }, // 다듬은 말(KPI → 핵심 성과 지표)
  { lang: 'ko', term: '성과', forms: ['실적', '성적표'] }, // 유의어
  { lang: 'ko', term: '생산성', forms: ['생산 효율', '능률', '작업 효율'] }, // 유의어
  { lang: 'ko', term: '경제성장률', forms: ['경제 성장 속도', 'GDP 성장률'] }, // 뜻풀이
  { lang: 'ko', term: '정체', forms: ['제자리걸음', '제자리 걸음', '답보', '정체되'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '역량', forms: ['능력', '실력'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '부족', forms: ['모자라', '모자란', '모자랐', '충분하지 않', '넉넉하지 않'] }, // 표준국어대사전 뜻풀이(필요한 양에 미치지 못함)
  { lang: 'ko', term: '시급', forms: ['급선무', '당장 필요'] }, // 표준국어대사전 뜻풀이(시간적으로 매우 급함)
  { lang: 'ko', term: '대응', forms: ['대처', '맞서', '맞설'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '메가트렌드', forms: ['큰 흐름', '거대한 흐름', '거대 추세', '거대 트렌드'] }, // 다듬은 말(메가트렌드 → 거대 물결, 큰 흐름)
  { lang: 'ko', term: '탄소 규범', forms: ['탄소 규제', '국제 탄소 규제', '국제 탄소 기준', '글로벌 탄소 규제', '탄소 관련 국제 규제'] }, // 유의 표현
  { lang: 'ko', term: '각국', forms: ['여러 나라', '각 나라', '세계 여러 나라'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '육성', forms: ['성장시키', '성장을 돕'] }, // 표준국어대사전 뜻풀이(길러 자라게 함)
  { lang: 'ko', term: '집중', forms: ['몰아주', '몰아 주', '몰아서 지원'] }, // 일상 표현(집중 지원)
  { lang: 'ko', term: '활성화', forms: ['북돋', '부흥'] }, // 표준국어대사전 뜻풀이(활발하게 함)
  { lang: 'ko', term: '촉진', forms: ['장려', '독려'] }, // 유의어
  { lang: 'ko', term: '후보지', forms: ['후보 지역', '후보지역', '후보 부지', '후보 장소', '후보 터'] }, // 유의 표현
  { lang: 'ko', term: '착수', forms: ['돌입'] }, // 표준국어대사전 뜻풀이(어떤 일에 손을 댐, 시작함)
  { lang: 'ko', term: '절차', forms: ['프로세스', '수순', '밟아야 할 단계'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '연구용역', forms: ['용역 연구', '위탁 연구', '연구 의뢰', '외부 연구', '연구를 맡', '연구 맡기', '연구 용역'] }, // 뜻풀이
  { lang: 'ko', term: '자문', forms: ['조언', '조언을 구'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '의견', forms: ['견해', '피드백'] }, // 유의어
  { lang: 'ko', term: '의견 조회', forms: ['의견 수렴', '의견을 묻', '의견 묻', '의견을 듣', '의견 듣', '의견을 받', '의견 받', '의견을 구'] }, // 유의 표현
  { lang: 'ko', term: '점검', forms: ['체크'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '검토', forms: ['따져보', '따져 보', '저울질'] }, // 유의 표현
  { lang: 'ko', term: '논의', forms: ['의논', '이야기를 나누', '얘기를 나누', '머리를 맞대', '머리 맞대', '토의하', '토의를'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '참석', forms: ['출석', '자리를 함께'] }, // 유의어
  { lang: 'ko', term: '참여', forms: ['동참', '합류'] }, // 유의어
  { lang: 'ko', term: '공공기관', forms: ['공공 기관'] }, // 유의어
  { lang: 'ko', term: '학계', forms: ['학자', '학자들', '대학 교수'] }, // 뜻풀이
  { lang: 'ko', term: '본사', forms: ['본점', '헤드쿼터'] }, // 유의어
  { lang: 'ko', term: '업무보고회', forms: ['업무 보고', '업무계획 보고', '업무계획 발표', '업무 계획 보고'] }, // 유의 표현
  { lang: 'ko', term: '중점', forms: ['역점', '우선순위', '초점', '방점', '주안점'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '안전', forms: ['사고 예방', '재해 예방', '사고 방지', '안전사고 예방'] }, // 산단 안전 분야 일상 표현
  { lang: 'ko', term: '자율제조', forms: ['무인 공장', '무인공장', '무인 생산', 'AI 공장', '인공지능 공장', '스스로 생산'] }, // 뜻풀이(AI가 스스로 제조)
  { lang: 'ko', term: '초연결', forms: ['모든 것이 연결', '모두 연결', '하이퍼커넥티드'] }, // 뜻풀이
  { lang: 'ko', term: '지능형', forms: ['AI 기반', '인공지능 기반'] }, // 뜻풀이
  { lang: 'ko', term: '일원', forms: ['일대', '일대에'] }, // 표준국어대사전 유의어(일대)
  { lang: 'ko', term: '대통령실', forms: ['대통령 비서실', '대통령비서실'] }, // 기관 정식 명칭 관계
  { lang: 'ko', term: '최우선', forms: ['1순위', '일순위', '가장 우선'] }, // 표준국어대사전 뜻풀이
  { lang: 'ko', term: '특별법', forms: ['특별 법률', '특별 법안', '특별법안'] }, // 유의 표현
  { lang: 'ko', term: '상한', forms: ['상한선', '최대 한도', '최고 한도'] }, // 표준국어대사전 뜻풀이(위쪽의 한계)
  { lang: 'ko', term: '초과', forms: ['웃돌'] }, // 표준국어대사전 뜻풀이(일정한 수나 한도를 넘음)
  { lang: 'ko', term: '시·도', forms: ['광역자치단체', '광역 자치단체', '광역단체', '광역 지자체', '광역지자체'] }, // 뜻풀이
  { lang: 'ko', term: '추가', forms: ['더 뽑', '또 뽑', '더 지정', '또 지정', '더 선정', '또 선정'] }, // 일상 표현(추가 선정)
  { lang: 'ko', term: '추이', forms: ['추세', '동향', '변화 양상'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '전국', forms: ['나라 전체', '온 나라', '전 국토', '국내 전체'] }, // 표준국어대사전 뜻풀이(온 나라)
  { lang: 'ko', term: '수치', forms: ['숫자', '통계치'] }, // 유의어
  { lang: 'ko', term: '기준 시점', forms: ['기준일', '기준 날짜', '언제 기준', '집계 시점', '기준 시기'] }, // 유의 표현
  { lang: 'ko', term: '고시일', forms: ['고시 날짜', '관보 게재일'] }, // 유의 표현
  { lang: 'ko', term: '계획 기간', forms: ['몇 년 계획', '몇 년짜리 계획'] }, // 유의 표현
  { lang: 'ko', term: '유형', forms: ['종류', '타입', '갈래'] }, // 표준국어대사전 유의어
  { lang: 'ko', term: '집계', forms: ['합계', '합산', '세어 보', '카운트'] }, // 유의어
  { lang: 'ko', term: '비중', forms: ['점유율', '차지하는 비율', '차지하는 몫'] }, // 유의 표현
  { lang: 'ko', term: '접수', forms: ['신청을 받', '신청 받', '신청받', '서류를 받', '서류 받는 곳', '받아 주는 곳'] }, // general; 표준국어대사전 뜻풀이(신청이나 신고 따위를 구두나 문서로 받음)
  { lang: 'ko', term: '제출', forms: ['서류를 내', '서류를 보내', '서류 보내', '내야 하는 서류', '내야 할 서류'] }, // general; 표준국어대사전 뜻풀이(문안이나 의견 따위를 내놓음)
  { lang: 'ko', term: '기한', forms: ['마감일', '마감 날짜', '데드라인', '시한', '마감 기한'] }, // general; 다듬은 말(데드라인 → 마감, 기한)
  { lang: 'ko', term: '보조금', forms: ['지원금', '정부 지원금', '보조비'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '국고보조금', forms: ['국가 보조금', '정부 보조금', '나라 보조금'] }, // general; 뜻풀이
  { lang: 'ko', term: '문의', forms: ['묻는 곳', '질문할 곳', '알아볼 곳', '상담 전화'] }, // general; 표준국어대사전 뜻풀이(물어서 의논함)
  { lang: 'ko', term: '담당 부서', forms: ['맡은 부서', '어느 부서', '관할 부서', '담당하는 곳', '소관 부서', '책임 부서', '어디서 맡'] }, // general; 일상 표현
  { lang: 'ko', term: '담당자', forms: ['맡은 사람', '담당하는 사람', '실무자', '담당 직원'] }, // general; 유의어
  { lang: 'ko', term: '폐지', forms: ['철폐'] }, // general; 표준국어대사전 뜻풀이(실시하여 오던 제도 따위를 그만두거나 없앰)
  { lang: 'ko', term: '공고', forms: ['알림글', '모집 안내', '공지사항'] }, // general; 유의어
  { lang: 'ko', term: '공문', forms: ['공식 문서', '공식 서류', '관공서 문서'] }, // general; 표준국어대사전 뜻풀이(공공 기관에서 공식으로 작성한 서류)
  { lang: 'ko', term: '민원', forms: ['불편 신고', '불만 신고', '고충 처리', '고충 신고'] }, // general; 뜻풀이
  { lang: 'ko', term: '증빙서류', forms: ['증거 서류', '입증 서류', '근거 서류', '증빙 자료'] }, // general; 유의 표현
  { lang: 'ko', term: '구비서류', forms: ['필요 서류', '필요한 서류', '준비 서류', '제출 서류', '챙길 서류'] }, // general; 다듬은 말(구비 서류 → 갖출 서류)
  { lang: 'ko', term: '서식', forms: ['서류 양식', '템플릿', '신청 양식'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '신청 자격', forms: ['신청 조건', '신청할 수 있는 사람', '누가 신청', '누가 지원할 수', '신청 가능 대상'] }, // general; 일상 표현
  { lang: 'ko', term: '요건', forms: ['충족해야 할', '필요 조건', '필요한 조건'] }, // general; 표준국어대사전 뜻풀이(필요한 조건)
  { lang: 'ko', term: '심사', forms: ['서류 평가', '서류 검토', '선발 평가'] }, // general; 유의 표현
  { lang: 'ko', term: '평가', forms: ['점수를 매', '점수 매기', '채점'] }, // general; 유의 표현
  { lang: 'ko', term: '결과 발표', forms: ['선정 결과', '합격 발표', '누가 뽑혔', '어디가 뽑혔', '뽑힌 곳 발표'] }, // general; 일상 표현
  { lang: 'ko', term: '예산', forms: ['책정된 돈', '배정된 돈'] }, // general; 일상 표현
  { lang: 'ko', term: '집행', forms: ['예산을 쓰', '예산 쓰'] }, // general; 예산 집행의 일상 표현
  { lang: 'ko', term: '지출', forms: ['쓴 돈', '나가는 돈', '씀씀이'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '결산', forms: ['돈 쓴 내역', '쓴 돈 정리', '회계 마감'] }, // general; 뜻풀이
  { lang: 'ko', term: '세입', forms: ['거둬들인 돈', '거둔 돈'] }, // general; 뜻풀이
  { lang: 'ko', term: '수수료', forms: ['발급 비용'] }, // general; 유의어
  { lang: 'ko', term: '환급', forms: ['돌려받', '돌려 받', '되돌려받', '환불'] }, // general; 표준국어대사전 뜻풀이(도로 돌려줌)
  { lang: 'ko', term: '납부', forms: ['세금을 내', '지불', '납입'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '체납', forms: ['밀린 세금', '세금을 안 낸', '세금 안 낸', '미납'] }, // general; 표준국어대사전 뜻풀이(세금 따위를 기한까지 내지 못하여 밀림)
  { lang: 'ko', term: '징수', forms: ['걷어가', '걷어 가'] }, // general; 표준국어대사전 뜻풀이(세금 따위를 거두어들임)
  { lang: 'ko', term: '부과', forms: ['세금을 물', '세금 물'] }, // general; 표준국어대사전 뜻풀이(세금 따위를 매기어 부담하게 함)
  { lang: 'ko', term: '등록', forms: ['등재', '명단에 올', '명부에 올'] }, // general; 유의어
  { lang: 'ko', term: '신고', forms: ['관청에 알리', '행정기관에 알리'] }, // general; 뜻풀이
  { lang: 'ko', term: '취소', forms: ['철회', '없던 일', '무효로', '무효 처리'] }, // general; 유의어
  { lang: 'ko', term: '연장', forms: ['기간을 늘', '기간 늘', '기한을 늘', '기한 늘'] }, // general; 표준국어대사전 뜻풀이(길이나 시간 따위를 본래보다 길게 늘림)
  { lang: 'ko', term: '연기', forms: ['미루', '미뤄', '뒤로 미'] }, // general; 표준국어대사전 뜻풀이(정해진 기한을 뒤로 물려서 늘림)
  { lang: 'ko', term: '중단', forms: ['멈추', '멈춰', '멈춘', '중지되', '중지했', '중지된'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '재개', forms: ['다시 시작', '재시작'] }, // general; 표준국어대사전 뜻풀이(어떤 활동을 다시 시작함)
  { lang: 'ko', term: '통보', forms: ['통지서', '통지를', '통지했'] }, // general; 유의어
  { lang: 'ko', term: '설명회', forms: ['설명하는 자리', '안내 행사', '설명 자리'] }, // general; 일상 표현
  { lang: 'ko', term: '공청회', forms: ['의견 청취회', '의견 듣는 자리', '공개 토론회', '공개 의견 청취'] }, // general; 뜻풀이
  { lang: 'ko', term: '정보공개청구', forms: ['정보공개 요청', '정보 공개 요청', '자료 공개 요청', '공개 청구'] }, // general; 일상 표현
  { lang: 'ko', term: '개인정보', forms: ['신상 정보', '신상정보', '개인 정보'] }, // general; 유의어
  { lang: 'ko', term: '위반', forms: ['어기', '어겼', '어긴', '어겨', '지키지 않', '안 지키', '안 지켰'] }, // general; 표준국어대사전 뜻풀이(법률, 명령 따위를 지키지 않고 어김)
  { lang: 'ko', term: '처벌', forms: ['벌을 받', '벌받', '벌 받', '벌을 주', '벌 주'] }, // general; 뜻풀이
  { lang: 'ko', term: '제재', forms: ['불이익', '페널티', '패널티'] }, // general; 유의어
  { lang: 'ko', term: '지원 대상', forms: ['수혜 대상', '수혜자', '혜택 대상', '혜택 받는 대상', '지원받는 대상'] }, // general; 유의 표현
  { lang: 'ko', term: '수혜', forms: ['혜택을 받', '혜택 받', '덕을 보'] }, // general; 표준국어대사전 뜻풀이(혜택을 받음)
  { lang: 'ko', term: '입찰', forms: ['응찰', '비딩'] }, // general; 유의어
  { lang: 'ko', term: '조달', forms: ['공공 구매', '정부 구매'] }, // general; 공공조달 일상 표현
  { lang: 'ko', term: '용역', forms: ['외주', '아웃소싱', '위탁 업무', '위탁 사업'] }, // general; 다듬은 말(아웃소싱 → 외부 용역)
  { lang: 'ko', term: '위탁', forms: ['대행'] }, // general; 표준국어대사전 뜻풀이(남에게 사물이나 사람의 책임을 맡김)
  { lang: 'ko', term: '실태조사', forms: ['현황 조사', '실제 상황 조사', '상황 파악 조사'] }, // general; 유의 표현
  { lang: 'ko', term: '보고서', forms: ['리포트', '레포트', '보고 자료'] }, // general; 유의어
  { lang: 'ko', term: '사업계획서', forms: ['사업 계획 문서', '비즈니스 플랜'] }, // general; 유의 표현
  { lang: 'ko', term: '회신', forms: ['답장', '회답'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '처리 기간', forms: ['처리 시간'] }, // general; 일상 표현
  { lang: 'ko', term: '발급', forms: ['떼는 곳', '떼려면', '뗄 수', '떼어 주', '뗄 때'] }, // general; 일상 표현(서류를 떼다)
  { lang: 'ko', term: '재발급', forms: ['다시 발급', '다시 떼', '재교부'] }, // general; 유의 표현
  { lang: 'ko', term: '온라인 신청', forms: ['인터넷 신청', '인터넷으로 신청', '웹 신청', '홈페이지 신청', '홈페이지에서 신청', '온라인으로 신청'] }, // general; 유의 표현
  { lang: 'ko', term: '방문 신청', forms: ['직접 가서 신청', '찾아가서 신청', '창구 신청', '창구에서 신청'] }, // general; 유의 표현
  { lang: 'ko', term: '홈페이지', forms: ['누리집', '웹사이트', '웹 사이트', '사이트'] }, // general; 다듬은 말(홈페이지 → 누리집)
  { lang: 'ko', term: '이메일', forms: ['전자우편', '전자 우편', 'e메일', '전자메일'] }, // general; 다듬은 말(이메일 → 전자 우편)
  { lang: 'ko', term: '팩스', forms: ['팩시밀리', '모사전송', '모사 전송'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '연락처', forms: ['전화번호', '전화 번호', '연락할 곳', '연락 방법'] }, // general; 유의 표현
  { lang: 'ko', term: '관할', forms: ['담당 지역', '맡은 지역', '담당 구역'] }, // general; 표준국어대사전 뜻풀이
  { lang: 'ko', term: '주민', forms: ['동네 사람', '마을 사람', '거주민', '지역민'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '이전', forms: ['이사를 가', '이사 가'] }, // general; 뜻풀이(장소를 옮김)
  { lang: 'ko', term: '철거', forms: ['허물', '허문', '부순', '헐어', '헐고', '부수고', '부숴'] }, // general; 표준국어대사전 뜻풀이(건물 따위를 무너뜨려 없애거나 걷어치움)
  { lang: 'ko', term: '준공', forms: ['공사 완료', '공사가 끝', '공사 끝', '완공', '다 지어', '공사를 마치', '공사 마무리'] }, // general; 표준국어대사전 뜻풀이(공사를 다 마침)
  { lang: 'ko', term: '개소', forms: ['문을 열', '문을 연'] }, // general; 유의 표현
  { lang: 'ko', term: '폐업', forms: ['문을 닫', '문 닫', '사업을 접', '가게를 닫', '장사를 그만', '폐점'] }, // general; 표준국어대사전 뜻풀이
  { lang: 'ko', term: '폐쇄', forms: ['셧다운', '출입을 막'] }, // general; 유의 표현
  { lang: 'ko', term: '휴업', forms: ['영업 중단', '영업을 쉬', '잠시 문을 닫', '임시 휴무', '일시 휴무'] }, // general; 유의 표현
  { lang: 'ko', term: '임대', forms: ['세를 주', '세 놓', '렌트'] }, // general; 표준국어대사전 뜻풀이(돈을 받고 물건이나 건물을 남에게 빌려줌)
  { lang: 'ko', term: '임차', forms: ['빌려 쓰', '빌려쓰', '세 들', '세를 들'] }, // general; 표준국어대사전 뜻풀이
  { lang: 'ko', term: '융자', forms: ['대출', '자금 대여', '돈을 빌려'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '자부담', forms: ['자기 부담', '본인 부담', '자체 부담', '스스로 부담', '직접 부담', '내 돈으로'] }, // general; 뜻풀이
  { lang: 'ko', term: '지방비', forms: ['지자체 돈', '지자체 예산', '지방 예산', '시·도 예산'] }, // general; 뜻풀이
  { lang: 'ko', term: '정산', forms: ['최종 계산'] }, // general; 유의 표현
  { lang: 'ko', term: '사후관리', forms: ['사후 관리', '끝난 뒤 관리', '뒷관리'] }, // general; 뜻풀이
  { lang: 'ko', term: '협조', forms: ['협력해 주', '협력해주'] }, // general; 유의 표현
  { lang: 'ko', term: '협력', forms: ['손잡', '힘을 합', '힘 합', '협업'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '협의체', forms: ['협의 기구', '협의 모임', '협의회'] }, // general; 유의어
  { lang: 'ko', term: '기관장', forms: ['수장', '기관 대표', '기관의 장'] }, // general; 유의어
  { lang: 'ko', term: '공무원', forms: ['공직자', '관료', '관공서 직원'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '행정', forms: ['관청 업무', '관공서 일', '관공서 업무'] }, // general; 뜻풀이
  { lang: 'ko', term: '규정', forms: ['규칙'] }, // general; 유의어
  { lang: 'ko', term: '법령', forms: ['법규'] }, // general; 유의어
  { lang: 'ko', term: '유예', forms: ['미뤄 주', '미뤄주', '늦춰 주', '늦춰주'] }, // general; 표준국어대사전 뜻풀이(일을 결행하는 데 날짜나 시간을 미룸)
  { lang: 'ko', term: '경과조치', forms: ['과도기 조치', '이행 기간 조치'] }, // general; 뜻풀이
  { lang: 'ko', term: '부칙', forms: ['부속 조항', '부속조항'] }, // general; 뜻풀이
  { lang: 'ko', term: '시행일', forms: ['발효일', '적용일', '효력 발생일', '언제부터 적용', '적용 시작일'] }, // general; 유의 표현
  { lang: 'ko', term: '대상자', forms: ['해당자', '해당되는 사람', '대상이 되는 사람'] }, // general; 유의 표현
  { lang: 'ko', term: '선착순', forms: ['먼저 온 순', '먼저 신청한 순', '먼저 신청하는 순', '오는 순서'] }, // general; 뜻풀이
  { lang: 'ko', term: '추첨', forms: ['제비뽑기', '무작위 선정', '무작위로 뽑'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '가점', forms: ['추가 점수', '보너스 점수', '우대 점수', '가산점'] }, // general; 유의어
  { lang: 'ko', term: '감점', forms: ['점수를 깎', '점수 깎', '벌점'] }, // general; 유의 표현
  { lang: 'ko', term: '갱신', forms: ['연장 등록', '다시 등록', '재등록'] }, // general; 유의 표현
  { lang: 'ko', term: '만료', forms: ['기한이 끝', '유효기간이 끝', '만기'] }, // general; 표준국어대사전 뜻풀이(기한이 다 차서 끝남)
  { lang: 'ko', term: '유효기간', forms: ['쓸 수 있는 기간', '효력 기간', '유효 기간'] }, // general; 유의 표현
  { lang: 'ko', term: '증액', forms: ['돈을 늘', '예산을 늘', '예산 늘', '금액을 늘', '액수를 늘'] }, // general; 뜻풀이
  { lang: 'ko', term: '감액', forms: ['예산을 줄', '예산 줄', '금액을 줄', '액수를 줄', '삭감'] }, // general; 뜻풀이
  { lang: 'ko', term: '환수', forms: ['도로 거둬', '다시 거둬', '토해내', '되찾아 오', '회수'] }, // general; 뜻풀이
  { lang: 'ko', term: '부정수급', forms: ['부당하게 받', '부정하게 받', '속여서 받', '거짓으로 받', '허위로 받'] }, // general; 뜻풀이
  { lang: 'ko', term: '입법예고', forms: ['법안 예고', '법 개정 예고', '법안 미리 공개', '입법 예고'] }, // general; 뜻풀이
  { lang: 'ko', term: '의견 제출', forms: ['의견을 내', '의견을 보내', '의견 보내'] }, // general; 유의 표현
  { lang: 'ko', term: '이의신청', forms: ['이의 제기', '이의제기', '불복 신청', '다시 심사해 달'] }, // general; 뜻풀이
  { lang: 'ko', term: '지급', forms: ['돈을 지급'] }, // general; 표준국어대사전 뜻풀이(돈이나 물품 따위를 정하여진 몫만큼 내줌)
  { lang: 'ko', term: '급여', forms: ['월급', '봉급', '급료', '임금'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '근로시간', forms: ['일하는 시간', '노동시간', '노동 시간', '근무 시간', '근무시간'] }, // general; 유의어
  { lang: 'ko', term: '중소기업', forms: ['작은 회사', '작은 기업', '중소 업체', '중소업체', '작은 업체'] }, // general; 일상 표현
  { lang: 'ko', term: '대기업', forms: ['큰 회사', '큰 기업', '대형 기업', '대형 업체'] }, // general; 일상 표현
  { lang: 'ko', term: '소상공인', forms: ['영세 상인', '동네 가게', '작은 가게', '골목 가게'] }, // general; 일상 표현
  { lang: 'ko', term: '취업', forms: ['일자리를 얻', '직장을 구', '일자리를 구', '취직'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '채용', forms: ['직원을 뽑', '직원 뽑', '사람을 뽑', '사람 뽑', '인력을 뽑', '구인 공고'] }, // general; 표준국어대사전 뜻풀이
  { lang: 'ko', term: '인력', forms: ['일손', '일할 사람', '노동력'] }, // general; 유의어
  { lang: 'ko', term: '주거', forms: ['살 곳', '살 집', '거처'] }, // general; 유의어
  { lang: 'ko', term: '기숙사', forms: ['직원 숙소', '근로자 숙소'] }, // general; 유의어
  { lang: 'ko', term: '출퇴근', forms: ['통근', '출근과 퇴근', '출근 퇴근'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '통근버스', forms: ['출퇴근 버스', '셔틀버스', '셔틀 버스', '회사 버스'] }, // general; 유의어
  { lang: 'ko', term: '복리후생', forms: ['직원 혜택', '사내 복지', '회사 복지', '직원 복지'] }, // general; 유의 표현
  { lang: 'ko', term: '편의시설', forms: ['편의 시설', '생활 편의 시설'] }, // general; 띄어쓰기 변이
  { lang: 'ko', term: '보육시설', forms: ['어린이집', '보육 시설', '탁아소', '놀이방'] }, // general; 표준국어대사전 유의어
  { lang: 'ko', term: '주차장', forms: ['주차 공간', '차 댈 곳', '주차할 곳', '차 세울 곳'] }, // general; 유의 표현
  { lang: 'ko', term: '오염', forms: ['공해', '더럽혀'] }, // general; 유의어
  { lang: 'ko', term: '악취', forms: ['나쁜 냄새', '고약한 냄새', '역한 냄새'] }, // general; 표준국어대사전 뜻풀이
  { lang: 'ko', term: '소음', forms: ['시끄러', '시끄럽', '소리 공해'] }, // general; 뜻풀이
  { lang: 'ko', term: '산업재해', forms: ['작업 중 사고', '일하다 다친', '일하다 사고', '일터 사고', '공장 사고'] }, // general; 통용 준말·뜻풀이
  { lang: 'ko', term: '화재', forms: ['불이 나', '불이 난', '불났', '불난', '불이 붙'] }, // general; 뜻풀이
  { lang: 'ko', term: '중앙행정기관', forms: ['정부 부처', '정부부처', '중앙 부처', '중앙부처'] }, // general; 유의어
  { lang: 'en', term: 'industrial complexes', forms: ['industrial park', 'industrial estate', 'industrial estates', 'industrial parks'] }, // common plain-language equivalent (WordNet: industrial park = industrial estate)
  { lang: 'en', term: 'aging', forms: ['ageing', 'run-down', 'dilapidated', 'worn-out', 'decaying'] }, // WordNet/Roget synonyms of old, deteriorated
  { lang: 'en', term: 'regeneration', forms: ['revival', 'rejuvenation'] }, // WordNet synonym (regeneration, renewal, revival)
  {
    lang: 'en',
    term: 'groundbreaking',
    forms: [
      'start of construction',
      'construction start',
      'construction began',
      'began construction',
      'start construction',
      'started construction',
      'broke ground',
      'break ground',
      'breaking ground',
      'first shovel in the ground',
    ],
  }, // meaning of groundbreaking = start of construction
  { lang: 'en', term: 'designated', forms: ['officially recognized', 'officially recognised', 'given the status', 'granted the status'] }, // common plain-language equivalent
  { lang: 'en', term: 'designation', forms: ['official recognition', 'designated status'] }, // common plain-language equivalent
  { lang: 'en', term: 'selected', forms: ['chosen', 'picked', 'picked out'] }, // WordNet synonym
  { lang: 'en', term: 'select', forms: ['choose', 'pick out'] }, // WordNet synonym
  { lang: 'en', term: 'selection', forms: ['choosing'] }, // WordNet synonym
  { lang: 'en', term: 'call', forms: ['call for applications', 'call for proposals', 'open call', 'application window', 'application round'] }, // plain meaning of a funding call
  { lang: 'en', term: 'applied', forms: ['put in a bid', 'bid for', 'submitted applications', 'submitted an application'] }, // common plain-language equivalent
  { lang: 'en', term: 'apply', forms: ['put in for', 'submit an application'] }, // common plain-language equivalent
  { lang: 'en', term: 'support', forms: ['assistance', 'backing'] }, // WordNet synonym
  { lang: 'en', term: 'state funds', forms: ['government money', 'government funds', 'central government funds', 'national treasury funds'] }, // common plain-language equivalent
  { lang: 'en', term: 'funding', forms: ['financing', 'financial support'] }, // WordNet synonym
  { lang: 'en', term: 'fund', forms: ['pay for', 'bankroll', 'foot the bill', 'underwrite', 'cover the cost', 'cover the costs'] }, // WordNet synonym
  { lang: 'en', term: 'investment', forms: ['capital spending', 'capital expenditure', 'capex', 'money invested'] }, // common plain-language equivalent
  { lang: 'en', term: 'invest', forms: ['put money into', 'pour money into', 'sink money into'] }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'private investment',
    forms: ['private money', 'private capital', 'private-sector investment', 'private sector investment', 'corporate investment', 'business investment'],
  }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'total budget',
    forms: ['total cost', 'overall cost', 'total spending', 'overall budget', 'price tag', 'total price tag', 'project cost'],
  }, // common plain-language equivalent
  { lang: 'en', term: 'allotted', forms: ['allocated', 'earmarked', 'set aside', 'apportioned', 'budgeted'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'companies',
    forms: ['businesses', 'enterprises', 'corporations', 'tenant companies', 'tenant firms', 'resident companies', 'resident firms'],
  }, // WordNet synonym (company, business, firm)
  { lang: 'en', term: 'workers', forms: ['labourers', 'laborers', 'working people', 'factory workers'] }, // WordNet synonym
  { lang: 'en', term: 'employees', forms: ['staff', 'workforce', 'personnel', 'staffers', 'headcount'] }, // WordNet synonym
  { lang: 'en', term: 'jobs', forms: ['job opportunities', 'employment opportunities', 'work opportunities'] }, // WordNet synonym
  { lang: 'en', term: 'young people', forms: ['young adults', 'younger generation', 'young generation', 'younger people', 'young folks', 'twentysomethings'] }, // plain-language equivalent of youth
  {
    lang: 'en',
    term: 'youth-friendly',
    forms: ['attractive to young people', 'appealing to young people', 'friendly to young people', 'youth friendly', 'young-people-friendly'],
  }, // plain paraphrase
  { lang: 'en', term: 'avoid', forms: ['shun', 'steer clear of', 'stay away from', 'shy away from', 'turn their backs on'] }, // WordNet synonym
  { lang: 'en', term: 'settlement', forms: ['living conditions', 'living environment', 'liveability', 'livability', 'residential environment'] }, // plain paraphrase of settlement conditions (정주여건)
  { lang: 'en', term: 'work', forms: ['working conditions', 'working environment', 'workplace conditions'] }, // plain paraphrase of work conditions
  { lang: 'en', term: 'infrastructure', forms: ['basic facilities', 'underlying facilities'] }, // WordNet gloss
  {
    lang: 'en',
    term: 'cultural infrastructure',
    forms: ['cultural facilities', 'arts facilities', 'cultural venues', 'culture facilities', 'cultural spaces', 'arts venues'],
  }, // plain paraphrase
  { lang: 'en', term: 'regulations', forms: ['red tape', 'regulatory burden'] }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'killer regulations',
    forms: ['investment-blocking regulations', 'regulations that block investment', 'major regulatory barriers', 'business-killing regulations'],
  }, // plain paraphrase of the government's term
  {
    lang: 'en',
    term: 'reform',
    forms: ['deregulation', 'cutting red tape', 'easing regulations', 'regulatory easing', 'relaxing regulations', 'loosening rules'],
  }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'regulatory exceptions',
    forms: ['regulatory exemptions', 'regulatory waivers', 'exemptions from rules', 'exemptions from regulations', 'special exceptions'],
  }, // WordNet synonym (exception, exemption)
  { lang: 'en', term: 'relaxed', forms: ['eased', 'loosened'] }, // WordNet synonym
  { lang: 'en', term: 'Relief', forms: ['easing', 'loosening'] }, // WordNet synonym (in regulatory sense)
  {
    lang: 'en',
    term: 'amendment',
    forms: ['change to the law', 'changes to the law', 'law change', 'legal change', 'amended law', 'revised act', 'revised law'],
  }, // WordNet gloss
  { lang: 'en', term: 'enacted', forms: ['became law', 'signed into law', 'passed into law', 'made into law'] }, // WordNet synonym (enact = pass)
  { lang: 'en', term: 'enactment', forms: ['passage of the law', 'passing of the law'] }, // WordNet synonym
  { lang: 'en', term: 'took effect', forms: ['came into force', 'came into effect', 'went into effect', 'became effective'] }, // common plain-language equivalent
  { lang: 'en', term: 'take effect', forms: ['come into force', 'come into effect', 'go into effect', 'become effective'] }, // common plain-language equivalent
  { lang: 'en', term: 'promulgated', forms: ['officially published', 'issued as law', 'published officially'] }, // WordNet synonym (promulgate = proclaim, publish)
  { lang: 'en', term: 'gazetted', forms: ['published in the official gazette', 'published in the gazette'] }, // plain paraphrase
  { lang: 'en', term: 'finalise', forms: ['finalize', 'finalized', 'finalizing', 'finalization'] }, // spelling variant and WordNet synonyms
  { lang: 'en', term: 'approval', forms: ['go-ahead', 'green light', 'sign-off', 'authorisation', 'authorization'] }, // WordNet synonym
  { lang: 'en', term: 'approved', forms: ['greenlit', 'green-lit', 'okayed', 'signed off', 'authorized', 'authorised'] }, // WordNet synonym
  { lang: 'en', term: 'final approval', forms: ['final go-ahead', 'final sign-off', 'final green light', 'final okay', 'final clearance'] }, // plain paraphrase
  { lang: 'en', term: 'permits', forms: ['licences', 'licenses'] }, // WordNet synonym
  { lang: 'en', term: 'time-out', forms: ['deadline rule', 'processing deadline', 'permit deadline', 'time limit on permits', 'shot clock'] }, // plain paraphrase of the permit time-out rule
  { lang: 'en', term: 'handled', forms: ['processed'] }, // WordNet synonym
  { lang: 'en', term: 'Exemption', forms: ['waiver', 'waived'] }, // WordNet synonym
  { lang: 'en', term: 'exempted', forms: ['freed from', 'let off from'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'preliminary feasibility study',
    forms: [
      'feasibility check',
      'feasibility test',
      'feasibility review',
      'pre-feasibility study',
      'prefeasibility study',
      'viability study',
      'economic feasibility review',
    ],
  }, // plain paraphrase
  {
    lang: 'en',
    term: 'tax support',
    forms: ['tax breaks', 'tax break', 'tax benefits', 'tax incentives', 'tax relief', 'tax perks', 'tax advantages', 'tax concessions'],
  }, // common plain-language equivalent
  { lang: 'en', term: 'reduced', forms: ['lowered', 'slashed', 'trimmed', 'brought down', 'decreased'] }, // WordNet synonym
  { lang: 'en', term: 'corporate', forms: ['company tax', 'corporation tax', 'profits tax'] }, // plain equivalent of corporate tax
  { lang: 'en', term: 'income tax', forms: ['tax on income', 'tax on earnings', 'earnings tax'] }, // WordNet gloss
  { lang: 'en', term: 'acquisition tax', forms: ['tax on buying property', 'tax on purchasing property', 'property purchase tax'] }, // plain paraphrase
  { lang: 'en', term: 'property tax', forms: ['real estate tax', 'real-estate tax', 'holding tax'] }, // WordNet synonym
  { lang: 'en', term: 'Local Taxation', forms: ['local taxes', 'local tax', 'municipal taxes', 'municipal tax', 'provincial taxes'] }, // plain paraphrase
  { lang: 'en', term: 'ordinance', forms: ['bylaw', 'by-law', 'local law', 'municipal law', 'local rule'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'starting up',
    forms: [
      'starting a business',
      'start a business',
      'setting up a business',
      'set up a business',
      'founding a company',
      'start a company',
      'starting a company',
      'business formation',
    ],
  }, // plain paraphrase
  { lang: 'en', term: 'subsidy', forms: ['state aid', 'government grant'] }, // WordNet synonym
  { lang: 'en', term: 'incentives', forms: ['perks', 'sweeteners', 'inducements', 'carrots'] }, // WordNet synonym
  { lang: 'en', term: 'zones', forms: ['special district', 'special area', 'special districts'] }, // plain paraphrase of special zone
  {
    lang: 'en',
    term: 'non-capital',
    forms: ['outside seoul', 'beyond seoul', 'outside the seoul area', 'outside the seoul metropolitan area', 'provincial regions'],
  }, // plain paraphrase
  { lang: 'en', term: 'capital area', forms: ['seoul metropolitan area', 'greater seoul', 'seoul area', 'seoul region', 'seoul and gyeonggi'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'local governments',
    forms: [
      'municipalities',
      'local authorities',
      'provincial governments',
      'provincial government',
      'city governments',
      'city government',
      'regional governments',
    ],
  }, // WordNet synonym (local authority)
  { lang: 'en', term: 'lead', forms: ['spearhead', 'head up'] }, // WordNet synonym
  { lang: 'en', term: 'government', forms: ['authorities'] }, // WordNet synonym
  { lang: 'en', term: 'ministries', forms: ['government departments', 'government department'] }, // WordNet synonym (ministry = government department)
  { lang: 'en', term: 'lead ministry', forms: ['responsible ministry', 'ministry in charge', 'competent ministry', 'supervising ministry'] }, // plain paraphrase
  { lang: 'en', term: 'MOTIE', forms: ['industry ministry', 'trade ministry', 'trade and industry ministry', 'commerce ministry', 'ministry of industry'] }, // common plain-language equivalent
  { lang: 'en', term: 'MOLIT', forms: ['land ministry', 'transport ministry', 'land and transport ministry', 'infrastructure ministry', 'housing ministry'] }, // common plain-language equivalent
  { lang: 'en', term: 'MCST', forms: ['culture ministry', 'tourism ministry', 'culture and tourism ministry', 'ministry of culture'] }, // common plain-language equivalent
  { lang: 'en', term: 'KICOX', forms: ['industrial park agency', 'industrial complex agency', 'industrial estate corporation'] }, // plain paraphrase
  { lang: 'en', term: 'Korea Land and Housing Corporation', forms: ['housing corporation', 'land corporation', 'state land developer'] }, // plain paraphrase
  { lang: 'en', term: 'KRIHS', forms: ['human settlements institute', 'land research institute', 'national land institute'] }, // plain paraphrase
  { lang: 'en', term: 'KIET', forms: ['industrial economics institute', 'industry research institute'] }, // plain paraphrase
  { lang: 'en', term: 'presidential office', forms: ["president's office", 'office of the president', 'presidential secretariat', 'presidential staff'] }, // plain paraphrase
  { lang: 'en', term: 'cabinet', forms: ['state council', 'council of ministers', 'cabinet session'] }, // WordNet/official English synonym
  { lang: 'en', term: 'economic ministers', forms: ['economy ministers', 'economic affairs ministers', 'economic policy ministers'] }, // plain paraphrase
  { lang: 'en', term: 'task force', forms: ['taskforce', 'special team', 'dedicated team', 'special unit'] }, // WordNet synonym
  { lang: 'en', term: 'launched', forms: ['kicked off', 'inaugurated', 'rolled out'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'expert meeting',
    forms: ['expert panel', "experts' meeting", 'expert roundtable', 'roundtable', 'round table', 'expert consultation', 'panel of experts', 'expert forum'],
  }, // plain paraphrase
  { lang: 'en', term: 'meeting', forms: ['gathering'] }, // WordNet synonym
  { lang: 'en', term: 'deliberation', forms: ['careful review', 'formal review'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'statutory plan',
    forms: ['legally required plan', 'legally mandated plan', 'plan required by law', 'plan mandated by law', 'law-based plan', 'plan based on law'],
  }, // WordNet gloss of statutory
  { lang: 'en', term: 'Basic Plan', forms: ['five-year plan', '5-year plan', 'five year plan', '5 year plan'] }, // plain description of the five-year basic plan
  { lang: 'en', term: 'master plans', forms: ['blueprint', 'masterplan'] }, // WordNet synonym
  { lang: 'en', term: 'draft', forms: ['proposed plan', 'preliminary plan', 'working draft', 'tentative plan'] }, // WordNet synonym
  { lang: 'en', term: 'task areas', forms: ['pillars', 'focus areas', 'action areas', 'workstreams', 'work streams'] }, // plain paraphrase
  { lang: 'en', term: 'policy tasks', forms: ['action items', 'policy actions', 'to-do list', 'to-dos'] }, // plain paraphrase
  { lang: 'en', term: 'goal', forms: ['objective', 'end goal', 'ambition'] }, // WordNet synonym
  { lang: 'en', term: 'measures', forms: ['countermeasures', 'remedies'] }, // WordNet synonym
  { lang: 'en', term: 'comprehensive measures', forms: ['comprehensive package', 'policy package', 'package of measures', 'all-round measures'] }, // plain paraphrase
  { lang: 'en', term: 'innovation', forms: ['shake-up', 'shakeup', 'reinvention'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'industrial agglomeration',
    forms: ['industrial concentration', 'concentration of industry', 'industrial clustering', 'clustering of firms', 'business clustering'],
  }, // WordNet gloss of agglomeration
  { lang: 'en', term: 'industrial clusters', forms: ['industry hubs', 'industrial hubs', 'business clusters', 'economic clusters'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'ultra-wide-area',
    forms: ['megaregion', 'mega-region', 'megacity', 'multi-province', 'cross-provincial', 'super-regional', 'supra-regional'],
  }, // plain paraphrase of 초광역
  {
    lang: 'en',
    term: 'industry-academia-research',
    forms: ['industry-university-research', 'business-university-research', 'companies, universities and research institutes'],
  }, // plain paraphrase
  { lang: 'en', term: 'synergy', forms: ['combined effect', 'combined effects', 'mutual reinforcement', 'win-win effect'] }, // WordNet gloss
  { lang: 'en', term: 'links', forms: ['ties', 'linkages'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'competitiveness',
    forms: ['competitive edge', 'competitive strength', 'ability to compete', 'competitive power', 'competitive position'],
  }, // WordNet gloss
  { lang: 'en', term: 'hubs', forms: ['focal points', 'nerve centre', 'nerve center'] }, // WordNet synonym
  { lang: 'en', term: 'restructuring', forms: ['reorganization', 'revamp', 'rejig', 'remodeling', 'remodelling'] }, // WordNet synonym
  { lang: 'en', term: 'upgrade', forms: ['modernise', 'modernize', 'modernisation', 'modernization', 'level up', 'move up the value chain'] }, // WordNet synonym
  { lang: 'en', term: 'redevelopment', forms: ['rebuild', 'rebuilding', 'redevelop', 'redeveloping'] }, // WordNet gloss
  { lang: 'en', term: 'mixed-use', forms: ['multi-use', 'multipurpose', 'multi-purpose', 'mixed development'] }, // plain paraphrase
  { lang: 'en', term: 'site', forms: ['plot', 'land parcel', 'tract', 'piece of land'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'industrial sites',
    forms: ['factory land', 'factory plots', 'land for factories', 'industrial plots', 'industrial lots', 'factory lots', 'land for industry'],
  }, // plain paraphrase
  {
    lang: 'en',
    term: 'industrial land bank',
    forms: ['land bank', 'land banking', 'land-banking', 'land reserve', 'industrial land reserve', 'land stockpile', 'reserve of industrial land'],
  }, // plain paraphrase
  { lang: 'en', term: 'location', forms: ['siting', 'where to build', 'where factories can go', 'where plants can be built'] }, // plain paraphrase
  { lang: 'en', term: 'area', forms: ['acreage', 'land area', 'surface area', 'square meters', 'square metres'] }, // WordNet synonym
  { lang: 'en', term: 'cap', forms: ['ceiling', 'upper limit', 'maximum limit'] }, // WordNet synonym
  { lang: 'en', term: 'exceed', forms: ['go beyond', 'surpass', 'overshoot'] }, // WordNet synonym
  { lang: 'en', term: 'use up', forms: ['exhausted', 'run out of', 'ran out of', 'maxed out', 'max out', 'hit the cap', 'reached the cap'] }, // WordNet synonym
  { lang: 'en', term: 'Floor-Area Ratio', forms: ['plot ratio', 'floor space index', 'floor area ratio', 'building density', 'density limit', 'density cap'] }, // WordNet/planning synonym
  { lang: 'en', term: 'cutting-edge', forms: ['hi-tech', 'leading-edge', 'state-of-the-art', 'frontier tech', 'frontier technology'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'key industries',
    forms: ['core industries', 'main industries', 'flagship industries', 'mainstay industries', 'backbone industries', 'staple industries'],
  }, // plain paraphrase
  { lang: 'en', term: 'strategic industries', forms: ['strategic sectors', 'critical industries', 'critical sectors'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'specialized complexes',
    forms: [
      'specialised complexes',
      'specialised clusters',
      'specialized clusters',
      'dedicated clusters',
      'dedicated complexes',
      'industry-specific complexes',
    ],
  }, // spelling variant and plain paraphrase
  { lang: 'en', term: 'semiconductors', forms: ['chip', 'chips', 'chipmaking', 'chip-making', 'microchip'] }, // WordNet synonym (chip, microchip)
  {
    lang: 'en',
    term: 'fabs',
    forms: ['chip plant', 'chip factory', 'wafer plant', 'wafer fab', 'semiconductor plant', 'semiconductor factory', 'chipmaking plant', 'chip fab'],
  }, // plain paraphrase of fab
  { lang: 'en', term: 'system semiconductors', forms: ['non-memory chips', 'non-memory semiconductors', 'logic chips', 'system chips', 'non-memory'] }, // industry usage
  { lang: 'en', term: 'secondary batteries', forms: ['rechargeable batteries', 'rechargeable battery', 'storage battery', 'storage batteries', 'accumulator'] }, // WordNet synonym (storage battery, accumulator)
  { lang: 'en', term: 'display', forms: ['display panels', 'screen panels', 'flat panels', 'flat-panel displays'] }, // plain paraphrase
  { lang: 'en', term: 'biotechnology', forms: ['biotech', 'life sciences', 'life science', 'bio industry', 'bioindustry', 'biohealth', 'bio-health'] }, // common plain-language equivalent
  { lang: 'en', term: 'parts', forms: ['components', 'component makers'] }, // WordNet synonym
  { lang: 'en', term: 'equipment', forms: ['machinery', 'tooling'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'national industrial complexes',
    forms: [
      'national industrial park',
      'national industrial parks',
      'state industrial park',
      'government-run industrial park',
      'state-run industrial park',
      'national industrial estate',
    ],
  }, // plain paraphrase
  { lang: 'en', term: 'general industrial complexes', forms: ['general industrial park', 'provincial industrial park', 'provincial industrial complex'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'urban high-tech industrial complexes',
    forms: ['city tech park', 'urban tech park', 'urban high-tech park', 'downtown tech park', 'urban technology park'],
  }, // plain paraphrase
  {
    lang: 'en',
    term: 'agro-industrial complexes',
    forms: [
      'rural industrial park',
      'rural industrial complex',
      'agricultural industrial complex',
      'rural industrial estate',
      'agro-industrial park',
      'agri-industrial complex',
    ],
  }, // plain paraphrase
  {
    lang: 'en',
    term: 'smart green industrial complexes',
    forms: ['smart industrial park', 'smart industrial complex', 'smart green industrial park', 'smart green park', 'smart-green complex'],
  }, // plain paraphrase
  { lang: 'en', term: 'demonstration', forms: ['testbed', 'test bed', 'test-bed', 'proof of concept', 'proof-of-concept'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'AI transition',
    forms: ['ai adoption', 'ai transformation', 'ai conversion', 'adopting ai', 'ai uptake', 'ai integration', 'ai shift', 'switch to ai'],
  }, // plain paraphrase of AX
  { lang: 'en', term: 'artificial intelligence', forms: ['machine intelligence'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'carbon-neutral',
    forms: ['net-zero', 'net zero', 'carbon neutral', 'zero-carbon', 'zero carbon', 'zero-emission', 'zero emission', 'climate-neutral', 'climate neutral'],
  }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'carbon-neutral transition',
    forms: [
      'green transition',
      'green transformation',
      'decarbonisation',
      'decarbonization',
      'going green',
      'green shift',
      'net-zero transition',
      'net zero transition',
    ],
  }, // plain paraphrase of GX
  { lang: 'en', term: 'low-carbon', forms: ['low-emission', 'low emission', 'low carbon', 'lower-carbon', 'lower carbon'] }, // plain paraphrase
  { lang: 'en', term: 'carbon-free', forms: ['fossil-free', 'fossil free', 'emission-free', 'emissions-free', 'carbon free'] }, // plain paraphrase
  { lang: 'en', term: 'emissions', forms: ['carbon output', 'carbon footprint'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'renewable energy',
    forms: ['renewables', 'green energy', 'green power', 'renewable power', 'solar and wind', 'wind and solar', 'renewable electricity'],
  }, // common plain-language equivalent
  {
    lang: 'en',
    term: 'RE100',
    forms: ['100% renewable', '100 percent renewable', '100% renewable energy', 'fully renewable', 'all-renewable', '100 per cent renewable'],
  }, // definition of RE100
  { lang: 'en', term: 'energy consumption', forms: ['energy usage', 'energy used'] }, // WordNet synonym (consumption = use)
  { lang: 'en', term: 'digitalisation', forms: ['digitalization', 'digitization', 'digitisation', 'going digital', 'dx'] }, // spelling variant / synonym
  { lang: 'en', term: 'digital transition', forms: ['digital transformation', 'digital switch', 'digital shift'] }, // plain paraphrase
  { lang: 'en', term: 'hyper-connected', forms: ['fully connected', 'highly connected', 'always-connected'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'autonomous manufacturing',
    forms: [
      'lights-out manufacturing',
      'lights-out factory',
      'unmanned factory',
      'self-running factory',
      'fully automated manufacturing',
      'ai-run factory',
      'dark factory',
    ],
  }, // plain paraphrase
  { lang: 'en', term: 'safety', forms: ['accident prevention', 'workplace safety', 'industrial safety', 'occupational safety', 'safe workplaces'] }, // plain paraphrase
  { lang: 'en', term: 'culture-leading', forms: ['culture-themed', 'culture-rich', 'culture-focused', 'culture-led', 'arts-friendly'] }, // plain paraphrase
  { lang: 'en', term: 'leading', forms: ['pioneering', 'front-running', 'frontrunner', 'front-runner', 'trailblazing'] }, // WordNet synonym
  { lang: 'en', term: 'program', forms: ['scheme', 'initiative', 'programme'] }, // WordNet synonym / spelling variant
  { lang: 'en', term: 'expand', forms: ['scale up', 'enlarge', 'widen', 'broaden'] }, // WordNet synonym
  { lang: 'en', term: 'expansion', forms: ['scale-up', 'enlargement', 'build-out', 'widening'] }, // WordNet synonym
  { lang: 'en', term: 'expanded', forms: ['enlarged', 'widened', 'made bigger', 'scaled up'] }, // WordNet synonym
  { lang: 'en', term: 'rose', forms: ['went up', 'climbed', 'grew', 'increased', 'jumped', 'soared', 'swelled'] }, // WordNet synonym
  { lang: 'en', term: 'Shorter', forms: ['brought forward', 'shortened', 'shorten', 'shortening'] }, // WordNet synonym
  { lang: 'en', term: 'reduction', forms: ['decrease'] }, // WordNet synonym
  { lang: 'en', term: 'cut', forms: ['slash', 'trim', 'curb', 'curtail', 'bring down'] }, // WordNet synonym
  { lang: 'en', term: 'project period', forms: ['construction period', 'build time', 'construction time', 'project duration'] }, // plain paraphrase
  { lang: 'en', term: 'period', forms: ['duration', 'span', 'timespan', 'time span'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'land sale contract',
    forms: [
      'land deal',
      'land purchase',
      'land purchase agreement',
      'land sale agreement',
      'sale of land',
      'sale of the site',
      'site purchase',
      'land acquisition',
      'bought the land',
      'sold the land',
      'buy the land',
      'sell the land',
    ],
  }, // plain paraphrase
  { lang: 'en', term: 'contract', forms: ['signed deal', 'contractual agreement'] }, // WordNet synonym
  { lang: 'en', term: 'signed', forms: ['inked', 'sealed'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'win-win agreement',
    forms: ['co-prosperity agreement', 'shared growth agreement', 'mutual benefit agreement', 'mutual-benefit agreement'],
  }, // plain paraphrase
  { lang: 'en', term: 'agreement', forms: ['accord', 'pact'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'candidate sites',
    forms: ['shortlisted sites', 'potential sites', 'proposed sites', 'possible sites', 'prospective sites', 'candidate locations'],
  }, // plain paraphrase
  { lang: 'en', term: 'candidate', forms: ['contender', 'shortlisted'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'operating',
    forms: ['start production', 'begin production', 'production start', 'start operations', 'come online', 'up and running', 'in operation'],
  }, // plain paraphrase
  { lang: 'en', term: 'host', forms: ['home to', 'be home to'] }, // WordNet synonym
  { lang: 'en', term: 'located', forms: ['situated', 'sited', 'based in'] }, // WordNet synonym
  { lang: 'en', term: 'head office', forms: ['headquarters', 'hq', 'main office', 'head-office'] }, // WordNet synonym
  { lang: 'en', term: 'work report', forms: ['work plan briefing', 'annual work plan', 'operations report', 'annual briefing'] }, // plain paraphrase
  { lang: 'en', term: 'priorities', forms: ['focuses', 'emphasis', 'main focus', 'key focus'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'top policy task',
    forms: ['number one priority', 'top priority', 'first priority', 'highest priority', 'no. 1 priority', 'flagship policy'],
  }, // plain paraphrase
  { lang: 'en', term: 'special act', forms: ['special law', 'special legislation', 'dedicated law', 'standalone law', 'special bill'] }, // plain paraphrase
  { lang: 'en', term: 'law', forms: ['legislation', 'statute'] }, // WordNet synonym
  { lang: 'en', term: 'Enforcement Decree', forms: ['presidential decree', 'implementing decree', 'implementation decree'] }, // legal synonym (Korean enforcement decree = presidential decree)
  {
    lang: 'en',
    term: 'subordinate regulations',
    forms: ['secondary legislation', 'delegated legislation', 'subordinate legislation', 'lower-level rules', 'lower-level regulations', 'implementing rules'],
  }, // legal synonym
  { lang: 'en', term: 'guidelines', forms: ['rulebook', 'operating rules'] }, // WordNet synonym
  { lang: 'en', term: 'article', forms: ['clause', 'provision'] }, // WordNet synonym
  { lang: 'en', term: 'definition', forms: ['what it means', 'what does it mean', 'what is meant by', 'legal meaning'] }, // plain paraphrase
  { lang: 'en', term: 'purpose', forms: ['rationale', 'why the law exists', 'why the act exists', 'reason for the law', 'reason for the act'] }, // WordNet synonym
  { lang: 'en', term: 'renamed', forms: ['name changed', 'changed its name', 'new name', 'retitled', 'rebranded', 're-named'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'foreign investment',
    forms: [
      'fdi',
      'foreign direct investment',
      'foreign capital',
      'inward investment',
      'investment from abroad',
      'investment from overseas',
      'foreign investors',
      'overseas investors',
    ],
  }, // common plain-language equivalent
  { lang: 'en', term: 'attract', forms: ['lure', 'pull in', 'woo', 'entice', 'draw in'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'balanced regional development',
    forms: [
      'regional balance',
      'regional equity',
      'levelling up',
      'leveling up',
      'closing the regional gap',
      'reducing regional gaps',
      'narrowing regional gaps',
      'even regional growth',
    ],
  }, // plain paraphrase
  { lang: 'en', term: 'Decentralization', forms: ['devolution', 'decentralisation', 'devolving power'] }, // WordNet synonym
  { lang: 'en', term: 'Local Autonomy', forms: ['self-government', 'local self-government', 'home rule', 'self-rule'] }, // WordNet synonym
  { lang: 'en', term: 'Local Era', forms: ['regional era', 'era of local', 'local era committee', 'era of the regions'] }, // plain paraphrase
  { lang: 'en', term: 'Industrial Belt', forms: ['high-tech belt', 'tech belt', 'high-tech corridor', 'industrial corridor'] }, // plain paraphrase
  { lang: 'en', term: 'expected', forms: ['anticipated', 'projected', 'predicted', 'slated'] }, // WordNet synonym
  { lang: 'en', term: 'forecast', forms: ['projection', 'prediction', 'outlook'] }, // WordNet synonym
  { lang: 'en', term: 'statistics', forms: ['stats', 'statistical data', 'official figures', 'headline figures'] }, // WordNet synonym
  { lang: 'en', term: 'reference date', forms: ['as-of date', 'as of date', 'base date', 'cut-off date', 'cutoff date', 'snapshot date'] }, // plain paraphrase
  { lang: 'en', term: 'share', forms: ['proportion', 'percentage', 'portion', 'fraction', 'slice'] }, // WordNet synonym
  { lang: 'en', term: 'account for', forms: ['constitute'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'exports',
    forms: [
      'overseas sales',
      'foreign sales',
      'sales abroad',
      'shipments abroad',
      'goods sold abroad',
      'sold overseas',
      'sell abroad',
      'selling abroad',
      'overseas shipments',
      'outbound shipments',
    ],
  }, // WordNet gloss
  { lang: 'en', term: 'manufacturing', forms: ['factory sector', 'factory output', 'making goods', 'goods production'] }, // plain paraphrase
  { lang: 'en', term: 'output', forms: ['production', 'volume produced'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'traditional manufacturing',
    forms: ['smokestack industries', 'smokestack industry', 'legacy manufacturing', 'old-line manufacturing', 'conventional manufacturing'],
  }, // common plain-language equivalent
  { lang: 'en', term: 'productivity', forms: ['output per worker', 'output per hour', 'labour productivity', 'labor productivity'] }, // WordNet gloss
  { lang: 'en', term: 'stagnated', forms: ['stalled', 'flatlined', 'plateaued', 'stagnant', 'stagnating', 'stagnation', 'standstill'] }, // WordNet synonym
  { lang: 'en', term: 'economic growth', forms: ['gdp growth', 'economic expansion', 'growth of the economy'] }, // WordNet synonym
  { lang: 'en', term: 'capacity', forms: ['competence', 'know-how', 'wherewithal'] }, // WordNet synonym
  { lang: 'en', term: 'lack', forms: ['shortage', 'shortfall', 'dearth', 'scarcity', 'not enough', 'insufficient'] }, // WordNet synonym
  { lang: 'en', term: 'short of', forms: ['lacking', 'low on', 'in short supply', 'underserved', 'under-served', 'poorly served'] }, // WordNet synonym
  { lang: 'en', term: 'urgently', forms: ['urgent', 'pressing', 'asap', 'as soon as possible', 'badly need', 'desperately need'] }, // WordNet synonym
  { lang: 'en', term: 'respond', forms: ['react', 'cope with', 'tackle', 'adapt to'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'megatrends',
    forms: ['major trends', 'big trends', 'global trends', 'sweeping trends', 'macro trends', 'macrotrends', 'big shifts', 'structural shifts'],
  }, // plain paraphrase
  {
    lang: 'en',
    term: 'carbon rules',
    forms: ['carbon regulations', 'climate rules', 'climate regulations', 'emissions rules', 'emission rules', 'carbon standards'],
  }, // WordNet synonym (rule, regulation)
  { lang: 'en', term: 'race', forms: ['rivalry', 'scramble'] }, // WordNet synonym
  { lang: 'en', term: 'foster', forms: ['nurture', 'cultivate', 'nurturing', 'cultivating'] }, // WordNet synonym
  { lang: 'en', term: 'intensively', forms: ['all-out', 'in a focused way', 'focused support'] }, // plain paraphrase
  { lang: 'en', term: 'concentrate', forms: ['channel into', 'funnel into'] }, // WordNet synonym
  { lang: 'en', term: 'consultation', forms: ['conferring', 'sounding out', 'talks with'] }, // WordNet synonym
  { lang: 'en', term: 'opinions', forms: ['views', 'feedback', 'comments', 'thoughts', 'perspectives'] }, // WordNet synonym
  { lang: 'en', term: 'advice', forms: ['recommendations', 'pointers'] }, // WordNet synonym
  { lang: 'en', term: 'commissioned', forms: ['contracted out', 'outsourced', 'farmed out'] }, // WordNet synonym
  { lang: 'en', term: 'studies', forms: ['investigations', 'analyses'] }, // WordNet synonym
  { lang: 'en', term: 'review', forms: ['examination', 'look over', 'assessment'] }, // WordNet synonym
  { lang: 'en', term: 'discussed', forms: ['talked about', 'talked over', 'talked through', 'mulled over', 'chewed over'] }, // WordNet synonym
  { lang: 'en', term: 'attended', forms: ['were present', 'showed up', 'turned up'] }, // WordNet synonym
  { lang: 'en', term: 'participants', forms: ['those present', 'delegates', 'panelists', 'panellists'] }, // WordNet synonym
  { lang: 'en', term: 'Professor', forms: ['scholar', 'lecturer', 'faculty member'] }, // WordNet synonym
  { lang: 'en', term: 'academia', forms: ['scholars', 'academics', 'academic community', 'the academic world'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'research institutes',
    forms: [
      'think tanks',
      'think tank',
      'think-tanks',
      'research centres',
      'research centers',
      'research bodies',
      'research organisations',
      'research organizations',
    ],
  }, // WordNet synonym (think tank)
  { lang: 'en', term: 'public bodies', forms: ['public agencies', 'public institutions', 'public organisations', 'public organizations', 'quangos'] }, // WordNet synonym
  {
    lang: 'en',
    term: 'business associations',
    forms: [
      'industry groups',
      'trade associations',
      'trade bodies',
      'industry associations',
      'business lobby',
      'business organisations',
      'business organizations',
    ],
  }, // WordNet synonym
  { lang: 'en', term: 'roles', forms: ['responsibilities', 'duties', 'remit', 'mandate'] }, // WordNet synonym
  { lang: 'en', term: 'announced', forms: ['unveiled', 'revealed', 'made public', 'declared', 'released', 'laid out'] }, // WordNet synonym
  { lang: 'en', term: 'press release', forms: ['news release', 'press statement', 'media release', 'press notice', 'statement to the press'] }, // WordNet synonym
  { lang: 'en', term: 'reported', forms: ['in the news', 'news coverage', 'media coverage', 'media reports', 'press reports', 'newspaper reports'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'source',
    forms: ['references', 'where the information comes from', 'original source', 'bibliography', 'primary source', 'cited source'],
  }, // WordNet synonym
  { lang: 'en', term: 'history', forms: ['chronology', 'evolution', 'how it evolved', 'how it developed', 'backstory'] }, // WordNet synonym
  { lang: 'en', term: 'round', forms: ['batch', 'tranche', 'wave'] }, // WordNet synonym
  { lang: 'en', term: 'additional', forms: ['extra'] }, // WordNet synonym
  { lang: 'en', term: 'metropolitan city', forms: ['metro city'] }, // plain paraphrase
  {
    lang: 'en',
    term: 'Balanced Regional Investment',
    forms: ['regional investment act', 'regional investment law', 'balanced investment act', 'regional investment promotion act'],
  }, // plain paraphrase of the act's name
  {
    lang: 'en',
    term: 'nationwide',
    forms: ['countrywide', 'across the country', 'throughout the country', 'all over the country', 'across korea', 'all over korea'],
  }, // WordNet synonym
  { lang: 'en', term: 'national territory', forms: ['whole country', 'entire country', 'all of korea', 'the whole nation'] }, // plain paraphrase
  { lang: 'en', term: 'Deliberation Council', forms: ['review board', 'review council', 'policy review board', 'policy council'] }, // plain paraphrase
  { lang: 'en', term: 'livelihood debate', forms: ['livelihood forum', "people's forum"] }, // plain paraphrase
  { lang: 'en', term: 'Organisational', forms: ['organizational', 'internal organisation', 'internal organization'] }, // spelling variant
  { lang: 'en', term: 'centred', forms: ['centered'] }, // spelling variant / WordNet synonym
  { lang: 'en', term: 'deadline', forms: ['due date', 'closing date', 'cut-off', 'cutoff', 'last day', 'time limit', 'final date', 'last date'] }, // general; WordNet synonym
  { lang: 'en', term: 'submit', forms: ['hand in', 'send in', 'turn in', 'lodge'] }, // general; WordNet synonym
  { lang: 'en', term: 'submission', forms: ['handing in', 'sending in', 'lodging'] }, // general; WordNet synonym
  { lang: 'en', term: 'accepting applications', forms: ['taking applications', 'open for applications', 'applications open', 'taking submissions'] }, // general; plain paraphrase
  { lang: 'en', term: 'eligibility', forms: ['who can apply', 'who qualifies', 'qualified to apply', 'entitlement'] }, // general; WordNet gloss
  { lang: 'en', term: 'requirements', forms: ['prerequisites', 'must-haves'] }, // general; WordNet synonym
  { lang: 'en', term: 'criteria', forms: ['yardstick', 'benchmarks', 'scoring rules', 'selection rules'] }, // general; WordNet synonym
  { lang: 'en', term: 'screening', forms: ['vetting', 'checking applications', 'review of applications'] }, // general; WordNet synonym
  { lang: 'en', term: 'evaluation', forms: ['scoring', 'rating', 'grading'] }, // general; WordNet synonym
  { lang: 'en', term: 'announcement of results', forms: ['who was chosen', 'who was selected', 'winners list', 'list of winners'] }, // general; plain paraphrase
  { lang: 'en', term: 'inquiries', forms: ['enquiries', 'enquiry', 'where to ask', 'who to ask', 'who to call', 'get in touch'] }, // general; WordNet synonym
  { lang: 'en', term: 'contact', forms: ['phone number', 'telephone number', 'get hold of', 'reach out'] }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'department in charge',
    forms: ['responsible department', 'which department', 'which office', 'who handles', 'responsible office', 'competent authority', 'office in charge'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'person in charge', forms: ['contact person', 'point of contact', 'case officer', 'responsible officer', 'official in charge'] }, // general; plain paraphrase
  { lang: 'en', term: 'implementation', forms: ['carrying out', 'putting into practice', 'execution', 'rollout', 'roll-out', 'putting in place'] }, // general; WordNet synonym
  { lang: 'en', term: 'enforcement', forms: ['policing', 'applying the rules', 'upholding the rules'] }, // general; WordNet synonym
  { lang: 'en', term: 'abolition', forms: ['scrapping', 'scrap', 'scrapped', 'axed', 'do away with', 'done away with', 'phase out', 'phased out'] }, // general; WordNet synonym
  { lang: 'en', term: 'repeal', forms: ['revoke', 'revoked', 'rescind', 'rescinded', 'annul', 'annulled', 'undo the law', 'scrap the law'] }, // general; WordNet synonym
  { lang: 'en', term: 'revision', forms: ['rewrite', 'updated version', 'new version'] }, // general; WordNet synonym
  { lang: 'en', term: 'public notice', forms: ['notice board', 'bulletin'] }, // general; WordNet synonym
  { lang: 'en', term: 'official letter', forms: ['formal letter', 'government letter'] }, // general; plain paraphrase
  { lang: 'en', term: 'civil complaint', forms: ['complaint', 'grievance', 'petition', 'report a problem', 'file a complaint'] }, // general; WordNet synonym
  { lang: 'en', term: 'supporting documents', forms: ['paperwork', 'attachments'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'required documents',
    forms: ['documents needed', 'what documents', 'documents to bring', 'documents to submit', 'list of documents', 'papers needed'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'application form', forms: ['blank form', 'paper form', 'online form'] }, // general; plain paraphrase
  { lang: 'en', term: 'appropriation', forms: ['funds set aside', 'money set aside', 'earmarked funds', 'allocated funds'] }, // general; WordNet gloss
  { lang: 'en', term: 'expenditure', forms: ['spending', 'outlays', 'outgoings', 'money spent'] }, // general; WordNet synonym
  { lang: 'en', term: 'settlement of accounts', forms: ['final accounts', 'closing of accounts', 'year-end accounts', 'reconciliation'] }, // general; plain paraphrase
  { lang: 'en', term: 'revenue', forms: ['takings', 'money coming in', 'proceeds'] }, // general; WordNet synonym
  { lang: 'en', term: 'fee', forms: ['admin fee', 'service charge', 'processing charge'] }, // general; WordNet synonym
  { lang: 'en', term: 'refund', forms: ['money back', 'reimbursement', 'reimburse', 'reimbursed'] }, // general; WordNet synonym
  { lang: 'en', term: 'payment', forms: ['pay in', 'remittance'] }, // general; WordNet synonym
  { lang: 'en', term: 'arrears', forms: ['overdue', 'late payment', 'outstanding amount', 'back taxes', 'behind on payments'] }, // general; WordNet synonym
  { lang: 'en', term: 'tax collection', forms: ['collecting taxes', 'collecting tax', 'collect taxes', 'tax take'] }, // general; plain paraphrase
  { lang: 'en', term: 'impose', forms: ['slap on'] }, // general; WordNet synonym
  { lang: 'en', term: 'registration', forms: ['sign-up', 'signing up', 'enrolment', 'enrollment'] }, // general; WordNet synonym
  { lang: 'en', term: 'notification', forms: ['notify', 'notified', 'heads-up'] }, // general; WordNet synonym
  { lang: 'en', term: 'cancellation', forms: ['cancel', 'cancelled', 'canceled', 'call off', 'called off', 'withdrawal', 'withdrawn'] }, // general; WordNet synonym
  { lang: 'en', term: 'change', forms: ['alter', 'alteration', 'modify', 'modification', 'tweak'] }, // general; WordNet synonym
  { lang: 'en', term: 'extension', forms: ['longer deadline', 'extend the deadline', 'extended deadline', 'prolong', 'prolonged'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'postponement',
    forms: ['delay', 'delayed', 'put off', 'pushed back', 'push back', 'postpone', 'postponed', 'rescheduled', 'deferral', 'defer', 'deferred'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'suspension', forms: ['halt', 'halted', 'pause', 'paused', 'put on hold', 'on hold'] }, // general; WordNet synonym
  { lang: 'en', term: 'resumption', forms: ['resumed', 'restart', 'restarted', 'start again', 'reopen', 'reopened'] }, // general; WordNet synonym
  { lang: 'en', term: 'briefing session', forms: ['information session', 'info session', 'explanatory meeting', 'orientation session', 'briefing event'] }, // general; plain paraphrase
  { lang: 'en', term: 'public hearing', forms: ['public consultation', 'open hearing', 'consultation hearing'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'information disclosure request',
    forms: ['foi request', 'foia request', 'freedom of information request', 'records request', 'access to information request'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'personal information', forms: ['personal data', 'private data', 'private information', 'personal details'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'violation',
    forms: ['breach', 'breaking the rules', 'break the law', 'broke the law', 'infringement', 'non-compliance', 'offence', 'offense'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'penalty', forms: ['punishment', 'sanction', 'penalised', 'penalized', 'punished'] }, // general; WordNet synonym
  { lang: 'en', term: 'beneficiaries', forms: ['recipients', 'who benefits', 'target group', 'intended recipients'] }, // general; WordNet synonym
  { lang: 'en', term: 'tender', forms: ['competitive bidding', 'request for proposals', 'rfp', 'invitation to bid', 'procurement bid'] }, // general; WordNet synonym
  { lang: 'en', term: 'procurement', forms: ['government purchasing', 'public purchasing', 'public buying'] }, // general; WordNet synonym
  { lang: 'en', term: 'service contract', forms: ['outsourcing', 'contracting out', 'outsourced work'] }, // general; plain paraphrase
  { lang: 'en', term: 'entrust', forms: ['hand over to', 'delegate to'] }, // general; WordNet synonym
  { lang: 'en', term: 'audit', forms: ['financial check', 'check of accounts', 'financial review', 'accounts check'] }, // general; WordNet gloss
  { lang: 'en', term: 'inspection', forms: ['on-site check', 'site check', 'spot check', 'walkthrough'] }, // general; WordNet synonym
  { lang: 'en', term: 'fact-finding survey', forms: ['status survey', 'field survey', 'situation survey', 'fact finding'] }, // general; plain paraphrase
  { lang: 'en', term: 'business plan', forms: ['business proposal', 'plan of operations', 'biz plan'] }, // general; plain paraphrase
  { lang: 'en', term: 'reply', forms: ['write back', 'get back to'] }, // general; WordNet synonym
  { lang: 'en', term: 'processing time', forms: ['turnaround time', 'lead time', 'waiting time'] }, // general; plain paraphrase
  { lang: 'en', term: 'issuance', forms: ['get a copy', 'obtain a copy'] }, // general; WordNet synonym
  { lang: 'en', term: 'reissue', forms: ['replacement copy', 'new copy', 'another copy', 'duplicate copy', 're-issue'] }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'online application',
    forms: ['apply online', 'applying online', 'apply via the website', 'apply on the website', 'internet application'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'in person', forms: ['face to face', 'face-to-face', 'at the counter', 'walk-in', 'visit the office', 'in-person'] }, // general; WordNet synonym
  { lang: 'en', term: 'website', forms: ['homepage', 'home page', 'web site', 'web page', 'webpage', 'portal'] }, // general; WordNet synonym
  { lang: 'en', term: 'email', forms: ['e-mail', 'electronic mail'] }, // general; WordNet synonym
  { lang: 'en', term: 'telephone', forms: ['phone', 'hotline', 'helpline', 'phone line'] }, // general; WordNet synonym
  { lang: 'en', term: 'jurisdiction', forms: ['area of responsibility', 'service area', 'catchment area'] }, // general; WordNet gloss
  { lang: 'en', term: 'residents', forms: ['locals', 'local people', 'inhabitants', 'neighbours', 'neighbors', 'community members', 'townspeople'] }, // general; WordNet synonym
  { lang: 'en', term: 'relocation', forms: ['relocate', 'relocated', 'moving out', 'move out'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'demolition',
    forms: ['tear down', 'torn down', 'knock down', 'knocked down', 'pull down', 'pulled down', 'bulldoze', 'bulldozed', 'raze', 'razed'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'completion', forms: ['finish construction', 'finished building'] }, // general; WordNet synonym
  { lang: 'en', term: 'opening', forms: ['open its doors', 'opened its doors', 'inauguration', 'grand opening'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'closure',
    forms: ['close down', 'closed down', 'shut down', 'shutdown', 'shutter', 'shuttered', 'go out of business', 'went out of business'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'lease', forms: ['rent', 'renting', 'rental', 'rented', 'tenancy'] }, // general; WordNet synonym
  { lang: 'en', term: 'loan', forms: ['lending', 'borrow', 'borrowing', 'credit line'] }, // general; WordNet synonym
  { lang: 'en', term: 'own contribution', forms: ['self-funding', 'co-payment', 'co-pay', 'cost share', 'cost-sharing', 'out of pocket', 'out-of-pocket'] }, // general; plain paraphrase
  { lang: 'en', term: 'local government funds', forms: ['local money', 'municipal funds', 'provincial funds', 'city funds', 'local budget'] }, // general; plain paraphrase
  { lang: 'en', term: 'follow-up', forms: ['aftercare', 'after-care', 'follow up', 'post-project monitoring'] }, // general; WordNet synonym
  { lang: 'en', term: 'cooperation', forms: ['collaboration', 'working together', 'team up', 'teaming up', 'partnering', 'joint effort'] }, // general; WordNet synonym
  { lang: 'en', term: 'consultative body', forms: ['consultative council', 'consultative group', 'joint committee', 'coordination council', 'liaison body'] }, // general; plain paraphrase
  { lang: 'en', term: 'head of agency', forms: ['agency head', 'agency chief', 'head of the agency', 'head of the organisation', 'head of the organization'] }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'public officials',
    forms: ['civil servants', 'civil servant', 'government employees', 'government workers', 'bureaucrats', 'public servants', 'state employees'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'grace period', forms: ['leeway', 'breathing room', 'breathing space', 'extra time to comply'] }, // general; WordNet gloss
  { lang: 'en', term: 'transitional measures', forms: ['transitional provisions', 'transition rules', 'phase-in', 'interim measures', 'interim rules'] }, // general; plain paraphrase
  { lang: 'en', term: 'supplementary provisions', forms: ['addendum', 'addenda', 'final provisions'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'effective date',
    forms: ['date of entry into force', 'commencement date', 'when it takes effect', 'when it applies', 'go-live date', 'go live date'],
  }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'first-come',
    forms: ['first come first served', 'first-come first-served', 'first come, first served', 'order of arrival', 'in order of application'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'lottery', forms: ['random draw', 'random selection', 'raffle', 'drawing lots', 'draw lots'] }, // general; WordNet synonym
  { lang: 'en', term: 'extra points', forms: ['bonus points', 'additional points', 'plus points', 'preferential points'] }, // general; plain paraphrase
  { lang: 'en', term: 'point deduction', forms: ['minus points', 'penalty points', 'points deducted', 'deducted points', 'lose points'] }, // general; plain paraphrase
  { lang: 'en', term: 'renewal', forms: ['renew', 'renewed', 're-registration', 're-register', 'reregistration'] }, // general; WordNet synonym
  { lang: 'en', term: 'expiry', forms: ['expiration', 'expire', 'expired', 'expires', 'lapse', 'lapsed'] }, // general; WordNet synonym
  { lang: 'en', term: 'validity period', forms: ['valid for', 'valid until', 'period of validity', 'good until'] }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'budget increase',
    forms: ['more funding', 'extra funding', 'additional funding', 'raise the budget', 'boost funding', 'funding boost', 'increased funding'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'budget cut', forms: ['funding cut', 'funding cuts', 'slashed budget', 'reduced funding', 'less funding', 'cut funding'] }, // general; plain paraphrase
  { lang: 'en', term: 'clawback', forms: ['recover the funds', 'recovery of funds', 'recoup', 'recouped', 'claw back', 'clawed back'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'fraudulent claims',
    forms: ['benefit fraud', 'subsidy fraud', 'false claims', 'claimed illegally', 'fraudulently received', 'improper claims', 'misuse of subsidies'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'legislative notice', forms: ['advance notice of legislation', 'notice of proposed legislation'] }, // general; plain paraphrase
  {
    lang: 'en',
    term: 'objection',
    forms: ['challenge the decision', 'dispute the decision', 'complain about the decision', 'appeal the decision', 'file an appeal'],
  }, // general; WordNet synonym
  { lang: 'en', term: 'disbursement', forms: ['payout', 'pay out', 'paid out'] }, // general; WordNet synonym
  { lang: 'en', term: 'wages', forms: ['salary', 'paycheck', 'paycheque', 'take-home pay'] }, // general; WordNet synonym
  { lang: 'en', term: 'working hours', forms: ['hours of work', 'work hours', 'working time', 'shift length'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'SMEs',
    forms: [
      'small businesses',
      'small business',
      'small firms',
      'small companies',
      'smaller firms',
      'smaller companies',
      'small and medium enterprises',
      'small and medium-sized enterprises',
    ],
  }, // general; plain equivalent
  {
    lang: 'en',
    term: 'large companies',
    forms: ['big companies', 'big firms', 'large firms', 'big business', 'major corporations', 'large corporations', 'large enterprises'],
  }, // general; plain paraphrase
  { lang: 'en', term: 'small business owners', forms: ['shopkeepers', 'small merchants', 'small shop owners', 'mom-and-pop'] }, // general; plain paraphrase
  { lang: 'en', term: 'finding employment', forms: ['get a job', 'getting a job', 'find a job', 'finding a job', 'find work', 'finding work', 'land a job'] }, // general; plain paraphrase
  { lang: 'en', term: 'recruitment', forms: ['hiring', 'hire', 'hired', 'recruit', 'recruiting', 'take on staff', 'taking on staff'] }, // general; WordNet synonym
  { lang: 'en', term: 'housing', forms: ['homes', 'accommodation', 'dwellings', 'residences', 'where to live'] }, // general; WordNet synonym
  { lang: 'en', term: 'dormitory', forms: ['dorm', 'dorms', 'staff housing', 'worker housing', 'company housing', 'employee housing', 'hostel'] }, // general; WordNet synonym
  { lang: 'en', term: 'commute', forms: ['commuting', 'getting to work', 'travel to work', 'journey to work', 'trip to work'] }, // general; WordNet synonym
  { lang: 'en', term: 'commuter bus', forms: ['shuttle bus', 'shuttle', 'company bus', 'staff bus', 'work bus'] }, // general; plain paraphrase
  { lang: 'en', term: 'employee benefits', forms: ['fringe benefits', 'staff benefits', 'workplace benefits', 'employee welfare', 'staff welfare'] }, // general; WordNet synonym
  { lang: 'en', term: 'amenities', forms: ['conveniences', 'local services', 'shops and restaurants', 'everyday services'] }, // general; WordNet synonym
  { lang: 'en', term: 'childcare facilities', forms: ['daycare', 'day care', 'day-care', 'nursery', 'creche', 'childcare centre', 'childcare center'] }, // general; WordNet synonym
  { lang: 'en', term: 'parking', forms: ['car park', 'parking lot', 'parking space', 'place to park', 'parking garage'] }, // general; WordNet synonym
  { lang: 'en', term: 'pollution', forms: ['contamination', 'dirty air', 'dirty water'] }, // general; WordNet synonym
  { lang: 'en', term: 'odour', forms: ['odor', 'bad smell', 'stench', 'stink', 'foul smell'] }, // general; WordNet synonym
  { lang: 'en', term: 'noise', forms: ['noisy', 'loud noise', 'din'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'industrial accidents',
    forms: [
      'workplace accidents',
      'work accidents',
      'on-the-job injuries',
      'work injuries',
      'workplace injuries',
      'occupational accidents',
      'accidents at work',
    ],
  }, // general; plain paraphrase
  { lang: 'en', term: 'fire', forms: ['blaze', 'caught fire', 'fire broke out', 'went up in flames'] }, // general; WordNet synonym
  {
    lang: 'en',
    term: 'central government agencies',
    forms: ['government ministries', 'central ministries', 'national government departments', 'central government departments'],
  }, // general; plain paraphrase
];
