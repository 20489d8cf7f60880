/**
 * Korean and English equivalents of the vocabulary Korean public documents of many kinds share
 * (calls for proposals and procurement, press releases, data standards, plans and statutes,
 * budgets, events, science, transport, general administration), so that an English question finds
 * an uploaded Korean document and the other way round. Written from general knowledge of Korean
 * public administration and its usual English renderings by a writer who read no document and no
 * question set (docs/answers.md, ninth session); names of places, people and single projects are
 * left out. Each entry is [Korean forms, English forms], the first on each side the commonest,
 * with the kind of document it comes from.
 */
export const ADMIN_TERMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['신청'], ['application', 'apply']], // general
  [['신청서'], ['application form', 'application']], // general
  [['신청자', '신청인'], ['applicant']], // general
  [['접수'], ['receipt', 'acceptance of applications']], // general
  [['접수처'], ['application office', 'place of submission']], // general
  [
    ['접수기간', '접수 기간'],
    ['application period', 'submission period'],
  ], // general
  [['신청기간', '신청 기간'], ['application period']], // general
  [['제출'], ['submission', 'submit']], // general
  [
    ['제출서류', '제출 서류'],
    ['documents to submit', 'required documents'],
  ], // general
  [['구비서류', '구비 서류'], ['required documents']], // general
  [['첨부'], ['attachment', 'attached']], // general
  [
    ['첨부파일', '첨부 파일'],
    ['attached file', 'attachment'],
  ], // general
  [['붙임'], ['attachment', 'enclosure']], // general
  [['별첨'], ['separate attachment', 'annex']], // general
  [['별지'], ['annexed form', 'separate sheet']], // general
  [['서식'], ['form', 'template']], // general
  [['양식'], ['form', 'template']], // general
  [['마감'], ['deadline', 'closing']], // general
  [['마감일'], ['deadline', 'due date', 'closing date']], // general
  [['기한'], ['deadline', 'time limit']], // general
  [['기간'], ['period', 'term']], // general
  [['일시'], ['date and time']], // general
  [['일정'], ['schedule']], // general
  [['장소'], ['venue', 'place', 'location']], // general
  [['문의'], ['inquiry', 'contact']], // general
  [['문의처'], ['contact', 'contact point', 'inquiries']], // general
  [['담당자'], ['person in charge', 'contact person']], // general
  [
    ['담당부서', '담당 부서'],
    ['department in charge', 'responsible department'],
  ], // general
  [['연락처'], ['contact details', 'contact information']], // general
  [['전화번호'], ['telephone number', 'phone number']], // general
  [
    ['전자우편', '이메일'],
    ['email', 'e-mail'],
  ], // general
  [['주소'], ['address']], // general
  [
    ['홈페이지', '누리집'],
    ['website', 'homepage'],
  ], // general
  [['방문'], ['visit', 'in person']], // general
  [['온라인'], ['online']], // general
  [['대상'], ['target', 'eligible persons']], // general
  [
    ['지원대상', '지원 대상'],
    ['eligible recipients', 'beneficiaries'],
  ], // general
  [['자격'], ['qualification', 'eligibility']], // general
  [
    ['신청자격', '신청 자격'],
    ['eligibility', 'application eligibility'],
  ], // general
  [
    ['자격요건', '자격 요건'],
    ['eligibility requirements', 'qualifications'],
  ], // general
  [['요건'], ['requirement', 'requirements']], // general
  [['조건'], ['condition', 'conditions']], // general
  [['제한'], ['restriction', 'limitation']], // general
  [['제외'], ['exclusion', 'excluded']], // general
  [['우대'], ['preference', 'preferential treatment']], // general
  [['가점'], ['bonus points', 'extra points']], // general
  [['감점'], ['point deduction', 'penalty points']], // general
  [['선정'], ['selection', 'selected']], // general
  [['선정결과', '선정 결과'], ['selection results']], // general
  [['발표'], ['announcement', 'announce']], // general
  [['결과발표', '결과 발표'], ['announcement of results']], // general
  [['공고'], ['notice', 'public notice', 'announcement']], // general
  [['공지사항'], ['notices', 'announcements']], // general
  [['안내'], ['guidance', 'guide', 'notice']], // general
  [['통보'], ['notification', 'notify']], // general
  [['개요'], ['overview', 'outline', 'summary']], // general
  [['목적'], ['purpose', 'objective']], // general
  [
    ['주요내용', '주요 내용'],
    ['main contents', 'key points'],
  ], // general
  [['절차'], ['procedure', 'process']], // general
  [['추진절차', '추진 절차'], ['implementation procedure']], // general
  [
    ['추진일정', '추진 일정'],
    ['implementation schedule', 'timeline'],
  ], // general
  [
    ['유의사항', '유의 사항'],
    ['notes', 'points to note', 'cautions'],
  ], // general
  [
    ['주의사항', '주의 사항'],
    ['precautions', 'cautions'],
  ], // general
  [
    ['참고사항', '참고 사항'],
    ['reference notes', 'for reference'],
  ], // general
  [['기타사항', '기타 사항'], ['other matters']], // general
  [['비고'], ['remarks', 'notes']], // general
  [['목차'], ['table of contents', 'contents']], // general
  [['요약'], ['summary']], // general
  [['부록'], ['appendix']], // general
  [['별표'], ['annexed table', 'schedule']], // law
  [
    ['증빙서류', '증빙 서류'],
    ['supporting documents', 'evidence documents'],
  ], // general
  [['증명서'], ['certificate']], // general
  [['확인서'], ['confirmation', 'certificate of confirmation']], // general
  [['동의서'], ['consent form', 'letter of consent']], // general
  [['서약서'], ['pledge', 'written pledge']], // general
  [['위임장'], ['power of attorney', 'letter of authorization']], // general
  [['추천서'], ['letter of recommendation', 'recommendation']], // general
  [['재직증명서'], ['certificate of employment']], // general
  [['사업자등록증'], ['business registration certificate']], // general
  [['사업자등록번호'], ['business registration number']], // general
  [['법인등기부등본'], ['certified copy of corporate register', 'corporate registration certificate']], // general
  [['주민등록등본'], ['resident registration certificate', 'certified copy of resident register']], // general
  [['주민등록번호'], ['resident registration number']], // general
  [['납세증명서'], ['tax payment certificate']], // general
  [['신분증'], ['identification', 'ID card']], // general
  [['개인정보'], ['personal information', 'personal data']], // general
  [['개인정보 수집 이용 동의', '개인정보수집이용동의'], ['consent to collection and use of personal information']], // general
  [['동의'], ['consent', 'agreement']], // general
  [['서명'], ['signature', 'sign']], // general
  [['날인'], ['seal', 'affix a seal']], // general
  [['직인'], ['official seal']], // general
  [['승인'], ['approval', 'approve']], // general
  [['허가'], ['permit', 'permission', 'license']], // general
  [['인가'], ['authorization', 'approval']], // general
  [['등록'], ['registration', 'register']], // general
  [['변경'], ['change', 'amendment', 'modification']], // general
  [['취소'], ['cancellation', 'cancel', 'revocation']], // general
  [['연장'], ['extension', 'extend']], // general
  [['재공고'], ['re-announcement', 're-notice']], // general
  [['정정'], ['correction', 'correct']], // general
  [['정정공고'], ['correction notice', 'amended notice']], // general
  [['보완'], ['supplementation', 'supplement']], // general
  [['이의신청'], ['objection', 'appeal']], // general
  [['민원'], ['civil petition', 'civil complaint', 'public petition']], // general
  [['민원인'], ['petitioner', 'complainant']], // general
  [['민원실'], ['civil service center', 'public service desk']], // general
  [['협조요청'], ['request for cooperation']], // general
  [['협의'], ['consultation', 'negotiation']], // general
  [['질의응답'], ['questions and answers', 'Q&A']], // general
  [['설명회'], ['briefing session', 'information session']], // general
  [['기관'], ['institution', 'organization', 'agency']], // general
  [['부서'], ['department', 'division']], // general
  [['성명'], ['name', 'full name']], // general
  [['생년월일'], ['date of birth']], // general
  [['국적'], ['nationality']], // general
  [['성별'], ['gender', 'sex']], // general
  [['대리인'], ['agent', 'proxy', 'representative']], // general
  [['대표자'], ['representative', 'head']], // general
  [['법인'], ['corporation', 'legal entity']], // general
  [['공공기관'], ['public institution', 'public agency']], // general
  [
    ['지방자치단체', '지자체'],
    ['local government', 'local authority'],
  ], // general
  [['중앙행정기관'], ['central administrative agency', 'central government agency']], // general
  [['외국인'], ['foreigner', 'foreign national']], // general
  [['세대주'], ['head of household']], // general
  [['행정처분'], ['administrative disposition', 'administrative action']], // law
  [['시행'], ['implementation', 'enforcement']], // general
  [['추진'], ['implementation', 'pursue', 'promotion']], // general
  [['운영'], ['operation', 'management']], // general
  [['점검'], ['inspection', 'check']], // general
  [['감독'], ['supervision']], // general
  [['감사'], ['audit']], // general
  [['실태조사'], ['fact-finding survey', 'status survey']], // general
  [['현황'], ['current status', 'status']], // general
  [['실적'], ['performance', 'achievements', 'track record']], // general
  [['성과'], ['outcome', 'performance', 'results']], // general
  [['평가'], ['evaluation', 'assessment']], // general
  [['심사'], ['review', 'screening', 'evaluation']], // general
  [['검토'], ['review', 'examination']], // general
  [['보고'], ['report', 'reporting']], // general
  [['보고서'], ['report']], // general
  [['결과보고서'], ['final report', 'result report']], // general
  [['계획서'], ['plan', 'plan document']], // general
  [['제안'], ['proposal', 'suggestion']], // general
  [['의견'], ['opinion', 'comment']], // general
  [['의견수렴'], ['collecting opinions', 'public consultation']], // general
  [['공청회'], ['public hearing']], // general
  [['간담회'], ['meeting', 'roundtable']], // general
  [['회의'], ['meeting', 'conference']], // general
  [['위원회'], ['committee', 'commission']], // general
  [['위원장'], ['chairperson', 'chair']], // general
  [['위원'], ['member', 'committee member']], // general
  [['협의회'], ['council', 'consultative body']], // general
  [['자문위원'], ['advisory member', 'adviser']], // general
  [['관계기관'], ['relevant agencies', 'related institutions']], // general
  [['협약'], ['agreement', 'convention']], // general
  [['업무협약'], ['memorandum of understanding', 'MOU', 'business agreement']], // general
  [['양해각서'], ['memorandum of understanding', 'MOU']], // general
  [['지원'], ['support', 'assistance']], // general
  [['지원금'], ['subsidy', 'grant', 'support funds']], // general
  [['보조금'], ['subsidy', 'grant']], // budget
  [['수혜자'], ['beneficiary']], // general
  [['대상자'], ['eligible person', 'target person']], // general
  [['참여'], ['participation', 'participate']], // general
  [['참가'], ['participation', 'entry']], // general
  [['참가자'], ['participant']], // general
  [['모집'], ['recruitment', 'call for applications']], // general
  [
    ['모집공고', '모집 공고'],
    ['call for applications', 'recruitment notice'],
  ], // general
  [
    ['모집인원', '모집 인원'],
    ['number of openings', 'number to be recruited'],
  ], // general
  [
    ['모집분야', '모집 분야'],
    ['recruitment field', 'area of recruitment'],
  ], // general
  [['우선순위'], ['priority']], // general
  [['기준'], ['criteria', 'standard', 'basis']], // general
  [['기준일'], ['reference date', 'base date']], // general
  [
    ['적용대상', '적용 대상'],
    ['scope of application', 'subject to application'],
  ], // general
  [['분야'], ['field', 'area', 'sector']], // general
  [['구분'], ['category', 'classification', 'division']], // general
  [['비율'], ['ratio', 'rate', 'percentage']], // general
  [['증가'], ['increase', 'rise']], // general
  [['감소'], ['decrease', 'decline']], // general
  [['확대'], ['expansion', 'expand']], // general
  [['강화'], ['strengthening', 'reinforce']], // general
  [['개선'], ['improvement', 'improve']], // general
  [['폐지'], ['abolition', 'repeal']], // general
  [['신설'], ['establishment', 'newly established']], // general
  [['도입'], ['introduction', 'adoption']], // general
  [['시범사업'], ['pilot project']], // general
  [['시범운영'], ['pilot operation']], // general
  [['사업'], ['project', 'program', 'business']], // general
  [['사업명'], ['project name', 'program name']], // general
  [['과제'], ['task', 'project', 'assignment']], // general
  [['과제명'], ['project title', 'task name']], // general
  [['목표'], ['goal', 'target']], // general
  [
    ['추진방향', '추진 방향'],
    ['direction', 'implementation direction'],
  ], // general
  [
    ['추진계획', '추진 계획'],
    ['implementation plan', 'action plan'],
  ], // general
  [
    ['향후계획', '향후 계획'],
    ['future plans', 'next steps'],
  ], // general
  [
    ['기대효과', '기대 효과'],
    ['expected effects', 'expected benefits'],
  ], // general
  [['개선방안', '개선 방안'], ['improvement measures']], // general
  [['정책'], ['policy']], // general
  [['이용자'], ['user']], // general
  [['수수료'], ['fee', 'commission']], // general
  [['요금'], ['fee', 'charge', 'rate']], // general
  [['무료'], ['free of charge', 'free']], // general
  [['유료'], ['paid', 'fee-charging']], // general
  [['면제'], ['exemption', 'waiver']], // general
  [['감면'], ['reduction and exemption', 'relief']], // general
  [['환불'], ['refund']], // general
  [['납부'], ['payment', 'pay']], // general
  [['지급'], ['payment', 'disbursement']], // general
  [['발급'], ['issuance', 'issue']], // general
  [['재발급'], ['reissuance', 'reissue']], // general
  [['공개'], ['disclosure', 'public release', 'made public']], // general
  [['비공개'], ['non-disclosure', 'closed']], // general
  [['정보공개'], ['information disclosure']], // general
  [['정보공개청구'], ['request for information disclosure', 'freedom of information request']], // general
  [['입찰'], ['bid', 'tender', 'bidding']], // procurement
  [
    ['입찰공고', '입찰 공고'],
    ['invitation to bid', 'bid notice', 'tender notice'],
  ], // procurement
  [
    ['입찰참가자격', '입찰 참가자격'],
    ['bidder qualification', 'eligibility to bid'],
  ], // procurement
  [['입찰참가신청', '입찰 참가신청'], ['application to participate in bidding']], // procurement
  [['입찰자'], ['bidder', 'tenderer']], // procurement
  [['입찰서'], ['bid', 'bid form', 'tender']], // procurement
  [['입찰보증금'], ['bid bond', 'bid security', 'bid deposit']], // procurement
  [['재입찰'], ['rebidding', 're-tender']], // procurement
  [['유찰'], ['failed bid', 'unsuccessful tender']], // procurement
  [['낙찰'], ['successful bid', 'award']], // procurement
  [['낙찰자'], ['successful bidder', 'awardee']], // procurement
  [
    ['낙찰자 결정', '낙찰자결정'],
    ['determination of successful bidder', 'award decision'],
  ], // procurement
  [['개찰'], ['bid opening']], // procurement
  [['전자입찰'], ['electronic bidding', 'e-bidding']], // procurement
  [
    ['일반경쟁입찰', '일반경쟁'],
    ['open competitive bidding', 'open tender'],
  ], // procurement
  [
    ['제한경쟁입찰', '제한경쟁'],
    ['restricted competitive bidding', 'limited tender'],
  ], // procurement
  [
    ['지명경쟁입찰', '지명경쟁'],
    ['designated competitive bidding', 'selective tender'],
  ], // procurement
  [['수의계약'], ['private contract', 'negotiated contract', 'single-source contract']], // procurement
  [
    ['협상에 의한 계약', '협상계약'],
    ['contract by negotiation', 'negotiated contract'],
  ], // procurement
  [['적격심사'], ['eligibility review', 'qualification assessment']], // procurement
  [['사전심사'], ['pre-qualification', 'PQ']], // procurement
  [['최저가'], ['lowest price']], // procurement
  [['예정가격'], ['estimated price', 'reserve price']], // procurement
  [['추정가격'], ['estimated price', 'estimated value']], // procurement
  [['기술평가'], ['technical evaluation']], // procurement
  [['우선협상대상자'], ['preferred bidder', 'priority negotiation partner']], // procurement
  [['제안요청서'], ['request for proposal', 'RFP']], // procurement
  [['제안서'], ['proposal']], // procurement
  [['제안서 평가', '제안서평가'], ['proposal evaluation']], // procurement
  [['제안서 제출', '제안서제출'], ['proposal submission']], // procurement
  [['제안사'], ['proposer', 'bidding company']], // procurement
  [['과업지시서'], ['statement of work', 'task order']], // procurement
  [['과업범위', '과업 범위'], ['scope of work']], // procurement
  [
    ['과업기간', '과업 기간'],
    ['work period', 'project period'],
  ], // procurement
  [['규격서'], ['specifications']], // procurement
  [['시방서'], ['specifications', 'construction specifications']], // procurement
  [['산출내역서'], ['cost breakdown', 'itemized cost statement']], // procurement
  [['견적서'], ['quotation', 'estimate']], // procurement
  [['계약'], ['contract']], // procurement
  [['계약서'], ['contract', 'contract document']], // procurement
  [['계약자'], ['contractor']], // procurement
  [
    ['계약기간', '계약 기간'],
    ['contract period', 'contract term'],
  ], // procurement
  [['계약금액'], ['contract amount', 'contract price']], // procurement
  [
    ['계약체결', '계약 체결'],
    ['conclusion of contract', 'contract signing'],
  ], // procurement
  [['계약해지'], ['contract termination']], // procurement
  [['계약보증금'], ['contract bond', 'performance security']], // procurement
  [['하자보수보증금'], ['defect repair bond', 'warranty bond']], // procurement
  [['하자보수'], ['defect repair']], // procurement
  [['선금'], ['advance payment']], // procurement
  [['선급금'], ['advance payment']], // procurement
  [['기성금'], ['progress payment']], // procurement
  [
    ['대금지급', '대금 지급'],
    ['payment of price', 'payment'],
  ], // procurement
  [['지체상금'], ['liquidated damages', 'late penalty']], // procurement
  [
    ['입찰참가자격 제한', '입찰참가자격제한'],
    ['debarment', 'restriction on bid participation'],
  ], // procurement
  [['공동수급'], ['joint contracting', 'consortium']], // procurement
  [['공동수급체'], ['joint venture', 'consortium']], // procurement
  [['컨소시엄'], ['consortium']], // procurement
  [['주관기관'], ['lead institution', 'host organization']], // procurement
  [['참여기관'], ['participating institution']], // procurement
  [['하도급'], ['subcontracting', 'subcontract']], // procurement
  [['조달'], ['procurement']], // procurement
  [['조달청'], ['Public Procurement Service', 'PPS']], // procurement
  [['나라장터'], ['KONEPS', 'Korea ON-line E-Procurement System']], // procurement
  [['구매'], ['purchase', 'procurement']], // procurement
  [['용역'], ['service', 'services contract']], // procurement
  [['연구용역'], ['research service contract', 'commissioned research']], // procurement
  [['물품'], ['goods', 'supplies']], // procurement
  [['공사'], ['construction', 'construction work']], // procurement
  [['소프트웨어사업', '소프트웨어 사업'], ['software project']], // procurement
  [['유지보수'], ['maintenance']], // procurement
  [['납품'], ['delivery', 'supply']], // procurement
  [['납품기한'], ['delivery deadline']], // procurement
  [['검수'], ['inspection and acceptance']], // procurement
  [['준공'], ['completion']], // procurement
  [['준공검사'], ['completion inspection']], // procurement
  [['중간보고'], ['interim report']], // procurement
  [['최종보고'], ['final report']], // procurement
  [['산출물'], ['deliverables', 'outputs']], // procurement
  [['사업수행계획서'], ['project execution plan']], // procurement
  [['수행실적'], ['performance record', 'track record']], // procurement
  [['신용평가'], ['credit rating', 'credit evaluation']], // procurement
  [['중소기업'], ['small and medium enterprise', 'SME']], // industry
  [['소상공인'], ['small business owner', 'micro business']], // industry
  [['중견기업'], ['mid-sized company', 'middle-market enterprise']], // industry
  [['대기업'], ['large company', 'conglomerate']], // industry
  [['벤처기업'], ['venture company', 'startup']], // industry
  [['사회적기업'], ['social enterprise']], // procurement
  [['협동조합'], ['cooperative']], // industry
  [['직접생산확인증명서'], ['certificate of direct production']], // procurement
  [['중소기업자간 경쟁제품', '중소기업자간경쟁제품'], ['products for competition among SMEs']], // procurement
  [['단가계약'], ['unit price contract']], // procurement
  [['총액계약'], ['lump-sum contract']], // procurement
  [['단가'], ['unit price']], // procurement
  [['부가가치세'], ['value-added tax', 'VAT']], // budget
  [['부가세 포함', '부가가치세 포함'], ['VAT included']], // budget
  [['인건비'], ['personnel expenses', 'labor cost']], // budget
  [['직접인건비'], ['direct labor cost']], // budget
  [['감리'], ['supervision', 'construction supervision']], // procurement
  [['설계'], ['design']], // procurement
  [['발주'], ['ordering', 'placing an order']], // procurement
  [['발주기관'], ['ordering agency', 'contracting authority']], // procurement
  [['수요기관'], ['demand agency', 'requesting agency']], // procurement
  [['수요조사'], ['demand survey']], // procurement
  [['사전규격'], ['pre-specification', 'draft specifications']], // procurement
  [['비밀유지계약'], ['non-disclosure agreement', 'NDA']], // procurement
  [['지식재산권'], ['intellectual property rights']], // law
  [['저작권'], ['copyright']], // law
  [['손해배상'], ['compensation for damages', 'damages']], // law
  [['분쟁조정'], ['dispute mediation', 'dispute settlement']], // law
  [['보도자료'], ['press release']], // press
  [['보도참고자료'], ['press reference material', 'background briefing material']], // press
  [['보도일시'], ['release date and time', 'embargo time']], // press
  [['엠바고'], ['embargo']], // press
  [['즉시 보도', '즉시보도'], ['for immediate release']], // press
  [['브리핑'], ['briefing']], // press
  [['기자회견'], ['press conference']], // press
  [['언론'], ['press', 'media']], // press
  [['기자'], ['reporter', 'journalist']], // press
  [['해명자료'], ['clarification', 'explanatory statement']], // press
  [['대변인'], ['spokesperson']], // press
  [['대변인실'], ['Office of the Spokesperson']], // press
  [['홍보'], ['public relations', 'publicity', 'promotion']], // press
  [['장관'], ['minister']], // press
  [['차관'], ['vice minister']], // press
  [['국장'], ['director general']], // press
  [['과장'], ['director', 'division director']], // press
  [['사무관'], ['deputy director']], // press
  [['주무관'], ['officer', 'administrative officer']], // press
  [['대통령'], ['President']], // press
  [['국무총리'], ['Prime Minister']], // press
  [['부총리'], ['Deputy Prime Minister']], // press
  [['국무회의'], ['Cabinet meeting', 'State Council']], // press
  [['국회'], ['National Assembly']], // press
  [['국회의원'], ['member of the National Assembly', 'lawmaker']], // press
  [['대통령실'], ['Office of the President']], // press
  [['국무조정실'], ['Office for Government Policy Coordination']], // press
  [['기획재정부'], ['Ministry of Economy and Finance']], // press
  [['교육부'], ['Ministry of Education']], // press
  [['과학기술정보통신부'], ['Ministry of Science and ICT']], // press
  [['외교부'], ['Ministry of Foreign Affairs']], // press
  [['통일부'], ['Ministry of Unification']], // press
  [['법무부'], ['Ministry of Justice']], // press
  [['국방부'], ['Ministry of National Defense']], // press
  [['행정안전부'], ['Ministry of the Interior and Safety']], // press
  [['국가보훈부'], ['Ministry of Patriots and Veterans Affairs']], // press
  [['문화체육관광부'], ['Ministry of Culture, Sports and Tourism']], // press
  [['농림축산식품부'], ['Ministry of Agriculture, Food and Rural Affairs']], // press
  [['산업통상자원부'], ['Ministry of Trade, Industry and Energy']], // press
  [['보건복지부'], ['Ministry of Health and Welfare']], // press
  [['환경부'], ['Ministry of Environment']], // press
  [['고용노동부'], ['Ministry of Employment and Labor']], // press
  [['여성가족부'], ['Ministry of Gender Equality and Family']], // press
  [['국토교통부'], ['Ministry of Land, Infrastructure and Transport']], // press
  [['해양수산부'], ['Ministry of Oceans and Fisheries']], // press
  [['중소벤처기업부'], ['Ministry of SMEs and Startups']], // press
  [['법제처'], ['Ministry of Government Legislation']], // press
  [['식품의약품안전처'], ['Ministry of Food and Drug Safety']], // press
  [['국세청'], ['National Tax Service']], // press
  [['관세청'], ['Korea Customs Service']], // press
  [['통계청'], ['Statistics Korea']], // press
  [['경찰청'], ['Korean National Police Agency']], // press
  [['소방청'], ['National Fire Agency']], // press
  [['문화재청'], ['Cultural Heritage Administration']], // press
  [['국가유산청'], ['Korea Heritage Service']], // press
  [['특허청'], ['Korean Intellectual Property Office']], // press
  [['질병관리청'], ['Korea Disease Control and Prevention Agency']], // press
  [['우주항공청'], ['Korea AeroSpace Administration', 'KASA']], // space
  [['공정거래위원회'], ['Korea Fair Trade Commission']], // press
  [['금융위원회'], ['Financial Services Commission']], // press
  [['국민권익위원회'], ['Anti-Corruption and Civil Rights Commission']], // press
  [['개인정보보호위원회'], ['Personal Information Protection Commission']], // press
  [['감사원'], ['Board of Audit and Inspection']], // press
  [['정부출연연구기관', '출연연'], ['government-funded research institute']], // science
  [['현장방문'], ['site visit', 'field visit']], // press
  [['정상회담'], ['summit', 'summit meeting']], // press
  [
    ['관계부처 합동', '관계부처합동'],
    ['joint release of relevant ministries', 'interagency'],
  ], // press
  [['후속조치'], ['follow-up measures']], // press
  [['통계'], ['statistics']], // press
  [
    ['전년 대비', '전년대비'],
    ['year-on-year', 'compared with the previous year'],
  ], // press
  [
    ['전년 동기 대비', '전년동기대비'],
    ['year-on-year', 'compared with the same period last year'],
  ], // press
  [
    ['전월 대비', '전월대비'],
    ['month-on-month', 'compared with the previous month'],
  ], // press
  [['증가율'], ['growth rate', 'rate of increase']], // press
  [
    ['역대 최대', '역대최대'],
    ['all-time high', 'record high'],
  ], // press
  [['최초'], ['first', 'first-ever']], // press
  [['세계 최초', '세계최초'], ["world's first"]], // press
  [['누적'], ['cumulative']], // press
  [['평균'], ['average', 'mean']], // press
  [['전망'], ['outlook', 'forecast']], // press
  [['공공데이터'], ['public data']], // data
  [['공공데이터포털'], ['Public Data Portal']], // data
  [['개방'], ['opening', 'release', 'open']], // data
  [
    ['데이터 개방', '데이터개방'],
    ['data opening', 'open data release'],
  ], // data
  [['데이터'], ['data']], // data
  [['데이터셋'], ['dataset']], // data
  [['데이터 표준', '데이터표준'], ['data standard']], // data
  [['공통표준용어'], ['common standard terms']], // data
  [['표준용어'], ['standard term']], // data
  [['표준단어'], ['standard word']], // data
  [['표준도메인'], ['standard domain']], // data
  [['표준코드'], ['standard code']], // data
  [['표준데이터셋'], ['standard dataset']], // data
  [['메타데이터'], ['metadata']], // data
  [['데이터 품질', '데이터품질'], ['data quality']], // data
  [['품질관리'], ['quality management', 'quality control']], // data
  [['오류'], ['error']], // data
  [['정확성'], ['accuracy']], // data
  [['완전성'], ['completeness']], // data
  [['일관성'], ['consistency']], // data
  [['유효성'], ['validity']], // data
  [['적시성'], ['timeliness']], // data
  [['항목명'], ['item name', 'field name']], // data
  [['컬럼', '칼럼'], ['column']], // data
  [['필드'], ['field']], // data
  [['레코드'], ['record']], // data
  [['테이블'], ['table']], // data
  [['기본키'], ['primary key']], // data
  [['외래키'], ['foreign key']], // data
  [['식별자'], ['identifier', 'ID']], // data
  [['코드'], ['code']], // data
  [['코드값'], ['code value']], // data
  [['데이터형', '데이터 타입', '데이터타입'], ['data type']], // data
  [['형식'], ['format']], // data
  [['파일형식', '파일 형식'], ['file format']], // data
  [['단위'], ['unit']], // data
  [['약어'], ['abbreviation']], // data
  [['영문명'], ['English name']], // data
  [['한글명'], ['Korean name']], // data
  [['정의'], ['definition']], // data
  [['필수'], ['mandatory', 'required']], // data
  [['필수항목'], ['mandatory item', 'required field']], // data
  [['최대값', '최댓값'], ['maximum value']], // data
  [['최소값', '최솟값'], ['minimum value']], // data
  [['결측치'], ['missing value']], // data
  [['중복'], ['duplicate', 'duplication']], // data
  [['표준화'], ['standardization']], // data
  [['비식별화', '비식별 조치'], ['de-identification']], // data
  [['가명정보'], ['pseudonymized information']], // data
  [['가명처리'], ['pseudonymization']], // data
  [['익명화'], ['anonymization']], // data
  [['민감정보'], ['sensitive information']], // data
  [['제공기관'], ['providing institution', 'data provider']], // data
  [['이용허락'], ['license', 'permission to use']], // data
  [['공공누리'], ['Korea Open Government License', 'KOGL']], // data
  [['출처표시'], ['attribution', 'source indication']], // data
  [['상업적 이용', '상업적이용'], ['commercial use']], // data
  [['오픈API', '오픈 API'], ['open API']], // data
  [['API'], ['API', 'application programming interface']], // data
  [['인증키'], ['authentication key', 'API key']], // data
  [['다운로드'], ['download']], // data
  [['갱신'], ['update', 'renewal']], // data
  [['갱신주기'], ['update cycle', 'update frequency']], // data
  [['수정일'], ['modified date', 'date of modification']], // data
  [['등록일'], ['registration date', 'date registered']], // data
  [['실시간'], ['real-time']], // data
  [['월별'], ['monthly']], // data
  [['연도별'], ['yearly', 'by year']], // data
  [['시도'], ['city and province', 'metropolitan cities and provinces']], // data
  [['시군구'], ['city, county and district']], // data
  [['읍면동'], ['town, township and neighborhood']], // data
  [['법정동'], ['legal administrative district', 'legal dong']], // data
  [['행정동'], ['administrative dong', 'administrative neighborhood']], // data
  [['행정구역'], ['administrative district']], // data
  [['도로명주소'], ['road name address']], // data
  [['지번주소'], ['lot number address']], // data
  [['위도'], ['latitude']], // data
  [['경도'], ['longitude']], // data
  [['좌표'], ['coordinates']], // data
  [['공간정보'], ['spatial information', 'geospatial data']], // data
  [['시스템'], ['system']], // data
  [['플랫폼'], ['platform']], // data
  [['클라우드'], ['cloud']], // data
  [['인공지능'], ['artificial intelligence', 'AI']], // data
  [['빅데이터'], ['big data']], // data
  [['마이데이터'], ['MyData']], // data
  [['디지털플랫폼정부'], ['Digital Platform Government']], // data
  [['전자정부'], ['e-government']], // data
  [['개인정보보호'], ['personal information protection', 'privacy protection']], // data
  [['개인정보 보호법', '개인정보보호법'], ['Personal Information Protection Act']], // law
  [['공공데이터법', '공공데이터의 제공 및 이용 활성화에 관한 법률'], ['Act on Promotion of the Provision and Use of Public Data']], // law
  [['정보주체'], ['data subject']], // data
  [['수집'], ['collection', 'collect']], // data
  [['보유기간'], ['retention period']], // data
  [['파기'], ['destruction', 'disposal']], // data
  [['암호화'], ['encryption']], // data
  [['분석'], ['analysis']], // data
  [['활용'], ['utilization', 'use']], // data
  [
    ['데이터 목록', '데이터목록'],
    ['data catalog', 'data list'],
  ], // data
  [['분류체계'], ['classification system', 'taxonomy']], // data
  [['대분류'], ['major category']], // data
  [['중분류'], ['middle category']], // data
  [['소분류'], ['minor category']], // data
  [['법률'], ['act', 'law']], // law
  [['법령'], ['laws and regulations', 'statutes']], // law
  [['시행령'], ['enforcement decree']], // law
  [['시행규칙'], ['enforcement rule']], // law
  [['대통령령'], ['presidential decree']], // law
  [['고시'], ['public notice', 'notification']], // law
  [['지침'], ['guidelines', 'guideline']], // law
  [['규정'], ['regulation', 'rules', 'provision']], // law
  [['규칙'], ['rule', 'rules']], // law
  [['조례'], ['municipal ordinance', 'ordinance']], // law
  [['헌법'], ['Constitution']], // law
  [['조항'], ['provision', 'clause']], // law
  [['부칙'], ['addenda', 'supplementary provisions']], // law
  [['벌칙'], ['penalty provisions', 'penal provisions']], // law
  [['과태료'], ['administrative fine', 'fine for negligence']], // law
  [['벌금'], ['fine']], // law
  [['과징금'], ['penalty surcharge', 'administrative penalty']], // law
  [['위반'], ['violation', 'breach']], // law
  [['의무'], ['obligation', 'duty']], // law
  [['위탁'], ['entrustment', 'consignment']], // law
  [['제정'], ['enactment', 'enact']], // law
  [['개정'], ['amendment', 'revision']], // law
  [['일부개정'], ['partial amendment']], // law
  [['전부개정'], ['full amendment', 'wholly amended']], // law
  [['입법예고'], ['advance notice of legislation', 'legislative notice']], // law
  [['행정예고'], ['administrative pre-announcement', 'advance administrative notice']], // law
  [['공포'], ['promulgation', 'promulgate']], // law
  [['시행일'], ['effective date', 'enforcement date']], // law
  [['유효기간'], ['validity period', 'period of validity']], // law
  [['용어의 정의'], ['definitions', 'definition of terms']], // law
  [['법원'], ['court']], // law
  [['소송'], ['lawsuit', 'litigation']], // law
  [['행정심판'], ['administrative appeal']], // law
  [['행정소송'], ['administrative litigation']], // law
  [['인허가'], ['permits and licenses', 'authorization']], // law
  [['신고'], ['report', 'notification', 'declaration']], // law
  [['지정'], ['designation', 'designate']], // law
  [['시정명령'], ['corrective order']], // law
  [['국가계약법', '국가를 당사자로 하는 계약에 관한 법률'], ['Act on Contracts to Which the State Is a Party']], // law
  [['지방계약법', '지방자치단체를 당사자로 하는 계약에 관한 법률'], ['Act on Contracts to Which a Local Government Is a Party']], // law
  [['정보공개법', '공공기관의 정보공개에 관한 법률'], ['Official Information Disclosure Act']], // law
  [['근로기준법'], ['Labor Standards Act']], // law
  [['국가재정법'], ['National Finance Act']], // law
  [['우주개발진흥법'], ['Space Development Promotion Act']], // law
  [['국가연구개발혁신법'], ['National Research and Development Innovation Act']], // law
  [['계획'], ['plan']], // plan
  [['기본계획'], ['master plan', 'basic plan']], // plan
  [['종합계획'], ['comprehensive plan']], // plan
  [['시행계획'], ['implementation plan', 'action plan']], // plan
  [['연차별 계획', '연차계획'], ['annual plan']], // plan
  [['중장기 계획', '중장기계획'], ['mid- to long-term plan']], // plan
  [['로드맵'], ['roadmap']], // plan
  [['전략'], ['strategy']], // plan
  [['추진전략', '추진 전략'], ['implementation strategy']], // plan
  [['추진과제'], ['implementation tasks', 'policy tasks']], // plan
  [['중점과제'], ['key tasks', 'priority tasks']], // plan
  [['국정과제'], ['national policy tasks', 'government agenda']], // plan
  [['성과목표'], ['performance goal']], // plan
  [['성과지표'], ['performance indicator', 'KPI']], // plan
  [['지표'], ['indicator', 'index']], // plan
  [['달성률'], ['achievement rate']], // plan
  [['이행점검'], ['implementation check', 'compliance review']], // plan
  [['모니터링'], ['monitoring']], // plan
  [
    ['여건분석', '여건 분석'],
    ['analysis of conditions', 'situation analysis'],
  ], // plan
  [['시사점'], ['implications']], // plan
  [['예산'], ['budget']], // budget
  [['예산안'], ['budget proposal', 'draft budget']], // budget
  [['추가경정예산', '추경'], ['supplementary budget']], // budget
  [['세출'], ['expenditure', 'appropriations']], // budget
  [['세입'], ['revenue']], // budget
  [['국비'], ['national funds', 'state funds']], // budget
  [['지방비'], ['local government funds', 'local funds']], // budget
  [['민간부담금'], ['private contribution', 'private share']], // budget
  [['자부담'], ['self-funding', 'own contribution']], // budget
  [['정부출연금'], ['government contribution', 'government funding']], // budget
  [['기금'], ['fund']], // budget
  [['사업비'], ['project cost', 'project budget']], // budget
  [['총사업비'], ['total project cost']], // budget
  [['연구비'], ['research funds', 'research budget']], // budget
  [['운영비'], ['operating expenses', 'operating cost']], // budget
  [['간접비'], ['indirect costs', 'overhead']], // budget
  [['재료비'], ['material costs']], // budget
  [['여비'], ['travel expenses']], // budget
  [['수당'], ['allowance']], // budget
  [['예산집행', '예산 집행'], ['budget execution']], // budget
  [['집행률'], ['execution rate', 'spending rate']], // budget
  [['정산'], ['settlement', 'final accounting']], // budget
  [['결산'], ['settlement of accounts', 'closing of accounts']], // budget
  [['회계연도'], ['fiscal year']], // budget
  [['환수'], ['recovery', 'clawback']], // budget
  [['이월'], ['carryover', 'carry forward']], // budget
  [
    ['지원규모', '지원 규모'],
    ['scale of support', 'amount of support'],
  ], // budget
  [
    ['지원한도', '지원 한도'],
    ['support limit', 'maximum support'],
  ], // budget
  [['한도'], ['limit', 'cap']], // budget
  [['이내'], ['within', 'up to', 'no more than']], // budget
  [['이상'], ['or more', 'at least', 'or above']], // general
  [['이하'], ['or less', 'up to', 'or below']], // general
  [['미만'], ['less than', 'under']], // general
  [['초과'], ['exceeding', 'more than', 'over']], // general
  [['억원'], ['hundred million won']], // budget
  [['조원'], ['trillion won']], // budget
  [['만원'], ['ten thousand won']], // budget
  [['천만원'], ['ten million won']], // budget
  [['백만원'], ['million won']], // budget
  [['세금'], ['tax']], // budget
  [['세액공제'], ['tax credit']], // budget
  [['지출'], ['expenditure', 'spending']], // budget
  [['비용'], ['cost', 'expense']], // budget
  [['투자'], ['investment']], // budget
  [['융자'], ['loan', 'financing']], // budget
  [['대출'], ['loan']], // budget
  [['보증'], ['guarantee']], // budget
  [['재원'], ['financial resources', 'funding source']], // budget
  [['행사'], ['event']], // event
  [['축제'], ['festival']], // event
  [['공연'], ['performance', 'show']], // event
  [['전시'], ['exhibition']], // event
  [['전시회'], ['exhibition', 'exhibit']], // event
  [['박람회'], ['fair', 'expo']], // event
  [['공모전'], ['contest', 'competition']], // event
  [['경진대회'], ['competition', 'contest']], // event
  [['개막'], ['opening']], // event
  [['개막식'], ['opening ceremony']], // event
  [['폐막'], ['closing']], // event
  [['폐막식'], ['closing ceremony']], // event
  [['시상식'], ['awards ceremony']], // event
  [['수상'], ['winning an award', 'award']], // event
  [['수상자'], ['award winner', 'awardee']], // event
  [['상금'], ['prize money', 'cash prize']], // event
  [['포상'], ['reward', 'commendation']], // event
  [['표창'], ['commendation', 'citation']], // event
  [['최우수상'], ['top prize', 'grand award']], // event
  [['우수상'], ['excellence award']], // event
  [['장려상'], ['encouragement award', 'honorable mention']], // event
  [['심사위원'], ['judge', 'evaluation committee member']], // event
  [['심사위원회'], ['judging committee', 'evaluation committee']], // event
  [['출품작'], ['entry', 'submitted work']], // event
  [['응모'], ['entry', 'application']], // event
  [['응모자'], ['entrant', 'applicant']], // event
  [['주최'], ['host', 'organized by']], // event
  [['주관'], ['organizer', 'managed by']], // event
  [['후원'], ['sponsorship', 'sponsored by']], // event
  [['사전등록'], ['pre-registration', 'advance registration']], // event
  [['선착순'], ['first-come, first-served']], // event
  [['관람객'], ['visitors', 'audience']], // event
  [['관람료'], ['admission fee']], // event
  [['입장료'], ['admission fee', 'entrance fee']], // event
  [['참가비'], ['participation fee', 'entry fee']], // event
  [['프로그램'], ['program', 'programme']], // event
  [['세미나'], ['seminar']], // event
  [['포럼'], ['forum']], // event
  [['심포지엄'], ['symposium']], // event
  [['학술대회'], ['academic conference']], // event
  [['워크숍'], ['workshop']], // event
  [['토론회'], ['debate', 'panel discussion']], // event
  [['문화'], ['culture']], // culture
  [['예술'], ['art', 'arts']], // culture
  [['문화예술'], ['culture and arts']], // culture
  [
    ['문화재', '국가유산'],
    ['cultural heritage', 'cultural property'],
  ], // culture
  [['관광'], ['tourism']], // culture
  [['관광객'], ['tourist']], // culture
  [['체육'], ['sports', 'physical education']], // culture
  [['스포츠'], ['sports']], // culture
  [['도서관'], ['library']], // culture
  [['박물관'], ['museum']], // culture
  [['미술관'], ['art museum', 'gallery']], // culture
  [['콘텐츠'], ['content', 'contents']], // culture
  [['한류'], ['Korean Wave', 'Hallyu']], // culture
  [['과학기술'], ['science and technology']], // science
  [
    ['연구개발', 'R&D'],
    ['research and development', 'R&D'],
  ], // science
  [['연구'], ['research', 'study']], // science
  [['연구자'], ['researcher']], // science
  [['연구책임자'], ['principal investigator', 'PI']], // science
  [['공동연구'], ['joint research']], // science
  [['연구과제'], ['research project']], // science
  [['연구개발과제'], ['R&D project']], // science
  [['연구개발비'], ['R&D funds', 'research and development costs']], // science
  [['연구성과'], ['research outcomes', 'research results']], // science
  [['실험'], ['experiment']], // science
  [['시험'], ['test', 'examination']], // science
  [['실증'], ['demonstration', 'verification']], // science
  [['기술'], ['technology', 'technique']], // science
  [['기술개발'], ['technology development']], // science
  [['기술이전'], ['technology transfer']], // science
  [['특허'], ['patent']], // science
  [['논문'], ['paper', 'thesis', 'article']], // science
  [['기초연구'], ['basic research']], // science
  [['반도체'], ['semiconductor']], // science
  [['이차전지'], ['secondary battery']], // science
  [['바이오'], ['bio', 'biotechnology']], // science
  [['정보통신'], ['information and communications', 'ICT']], // science
  [['소프트웨어'], ['software']], // science
  [['사이버보안'], ['cybersecurity']], // science
  [['우주'], ['space', 'outer space']], // space
  [['항공'], ['aviation', 'aeronautics']], // space
  [['항공우주'], ['aerospace']], // space
  [['발사'], ['launch']], // space
  [['발사체'], ['launch vehicle']], // space
  [['위성'], ['satellite']], // space
  [['인공위성'], ['artificial satellite', 'satellite']], // space
  [['초소형위성'], ['microsatellite', 'nanosatellite']], // space
  [['큐브위성'], ['CubeSat']], // space
  [['탑재체'], ['payload']], // space
  [['궤도'], ['orbit']], // space
  [['저궤도'], ['low Earth orbit', 'LEO']], // space
  [['정지궤도'], ['geostationary orbit']], // space
  [['달 탐사', '달탐사'], ['lunar exploration']], // space
  [['탐사선'], ['probe', 'spacecraft']], // space
  [['우주산업'], ['space industry']], // space
  [
    ['한국항공우주연구원', '항우연'],
    ['Korea Aerospace Research Institute', 'KARI'],
  ], // space
  [['교통'], ['transport', 'transportation', 'traffic']], // transport
  [['대중교통'], ['public transportation', 'public transit']], // transport
  [['도로'], ['road']], // transport
  [['철도'], ['railway', 'railroad']], // transport
  [['고속철도'], ['high-speed rail']], // transport
  [['도시철도'], ['urban railway', 'subway']], // transport
  [['지하철'], ['subway', 'metro']], // transport
  [['광역철도'], ['metropolitan railway']], // transport
  [['버스'], ['bus']], // transport
  [['택시'], ['taxi']], // transport
  [['노선'], ['route', 'line']], // transport
  [['정류장'], ['stop', 'bus stop']], // transport
  [['환승'], ['transfer']], // transport
  [['운행'], ['operation', 'service']], // transport
  [['운임'], ['fare']], // transport
  [['자동차'], ['automobile', 'car', 'vehicle']], // transport
  [['차량'], ['vehicle']], // transport
  [['전기차'], ['electric vehicle', 'EV']], // transport
  [['자율주행'], ['autonomous driving', 'self-driving']], // transport
  [
    ['도심항공교통', 'UAM'],
    ['urban air mobility', 'UAM'],
  ], // transport
  [['공항'], ['airport']], // transport
  [['항만'], ['port', 'harbor']], // transport
  [['물류'], ['logistics']], // transport
  [['교통사고'], ['traffic accident']], // transport
  [['주차'], ['parking']], // transport
  [['주차장'], ['parking lot']], // transport
  [['고속도로'], ['expressway', 'highway']], // transport
  [['보행자'], ['pedestrian']], // transport
  [['자전거'], ['bicycle']], // transport
  [['노동'], ['labor', 'labour']], // labour
  [['고용'], ['employment']], // labour
  [['일자리'], ['jobs', 'employment']], // labour
  [['근로자'], ['worker', 'employee']], // labour
  [['사업주'], ['employer', 'business owner']], // labour
  [['근로계약'], ['employment contract', 'labor contract']], // labour
  [['근로시간'], ['working hours']], // labour
  [['임금'], ['wage', 'wages']], // labour
  [['최저임금'], ['minimum wage']], // labour
  [['급여'], ['salary', 'pay']], // labour
  [['연봉'], ['annual salary']], // labour
  [['퇴직금'], ['severance pay', 'retirement allowance']], // labour
  [['육아휴직'], ['parental leave', 'childcare leave']], // labour
  [['출산휴가'], ['maternity leave']], // labour
  [['정규직'], ['regular employee', 'permanent worker']], // labour
  [['비정규직'], ['non-regular worker', 'temporary worker']], // labour
  [['채용'], ['recruitment', 'hiring']], // labour
  [['채용공고'], ['job posting', 'recruitment notice']], // labour
  [['구직자'], ['job seeker']], // labour
  [['취업'], ['employment', 'getting a job']], // labour
  [['실업'], ['unemployment']], // labour
  [['실업급여'], ['unemployment benefits']], // labour
  [['고용보험'], ['employment insurance']], // labour
  [['산재보험', '산업재해보상보험'], ['industrial accident compensation insurance']], // labour
  [
    ['산업재해', '산재'],
    ['industrial accident', 'occupational injury'],
  ], // labour
  [['산업안전'], ['occupational safety', 'industrial safety']], // labour
  [['중대재해'], ['serious accident', 'major industrial accident']], // labour
  [
    ['노동조합', '노조'],
    ['labor union', 'trade union'],
  ], // labour
  [['직업훈련'], ['vocational training']], // labour
  [['청년'], ['youth', 'young people']], // labour
  [['복지'], ['welfare']], // welfare
  [['기초생활수급자'], ['basic livelihood security recipient']], // welfare
  [['국민기초생활보장'], ['National Basic Livelihood Security']], // welfare
  [['차상위계층'], ['near-poverty group', 'second-lowest income group']], // welfare
  [['저소득층'], ['low-income group', 'low-income households']], // welfare
  [['취약계층'], ['vulnerable group', 'disadvantaged']], // welfare
  [['장애인'], ['person with disability', 'disabled person']], // welfare
  [['노인'], ['elderly', 'senior citizen']], // welfare
  [['어르신'], ['senior citizens', 'the elderly']], // welfare
  [['아동'], ['child', 'children']], // welfare
  [['청소년'], ['youth', 'adolescent']], // welfare
  [['보육'], ['childcare']], // welfare
  [['어린이집'], ['daycare center', 'childcare center']], // welfare
  [['돌봄'], ['care', 'caregiving']], // welfare
  [['다문화가족'], ['multicultural family']], // welfare
  [['한부모가족'], ['single-parent family']], // welfare
  [['국민연금'], ['National Pension']], // welfare
  [['기초연금'], ['basic pension']], // welfare
  [['건강보험'], ['health insurance']], // welfare
  [['국민건강보험공단'], ['National Health Insurance Service']], // welfare
  [['의료급여'], ['medical aid']], // welfare
  [['장기요양'], ['long-term care']], // welfare
  [['바우처'], ['voucher']], // welfare
  [['수급자'], ['recipient', 'beneficiary']], // welfare
  [['소득'], ['income']], // welfare
  [['중위소득'], ['median income']], // welfare
  [['기준 중위소득', '기준중위소득'], ['standard median income']], // welfare
  [['주택'], ['housing', 'house']], // welfare
  [['공공임대주택'], ['public rental housing']], // welfare
  [['보건'], ['health', 'public health']], // welfare
  [['의료'], ['medical care', 'healthcare']], // welfare
  [['병원'], ['hospital']], // welfare
  [['보건소'], ['public health center']], // welfare
  [['감염병'], ['infectious disease']], // welfare
  [['예방접종'], ['vaccination', 'immunization']], // welfare
  [['교육'], ['education', 'training']], // education
  [['학교'], ['school']], // education
  [['초등학교'], ['elementary school']], // education
  [['중학교'], ['middle school']], // education
  [['고등학교'], ['high school']], // education
  [['대학'], ['university', 'college']], // education
  [['대학교'], ['university']], // education
  [['학생'], ['student']], // education
  [['교사'], ['teacher']], // education
  [['교원'], ['teachers', 'teaching staff']], // education
  [['교수'], ['professor']], // education
  [['학위'], ['degree']], // education
  [['석사'], ["master's degree"]], // education
  [['박사'], ['doctorate', 'PhD']], // education
  [['장학금'], ['scholarship']], // education
  [['교육과정'], ['curriculum']], // education
  [['연수'], ['training', 'study program']], // education
  [['수료'], ['completion of a course']], // education
  [['수료증'], ['certificate of completion']], // education
  [['환경'], ['environment']], // environment
  [['기후'], ['climate']], // environment
  [['기후변화'], ['climate change']], // environment
  [['탄소중립'], ['carbon neutrality']], // environment
  [['온실가스'], ['greenhouse gas']], // environment
  [['배출'], ['emission', 'discharge']], // environment
  [['미세먼지'], ['fine dust', 'particulate matter']], // environment
  [['대기오염'], ['air pollution']], // environment
  [['폐기물'], ['waste']], // environment
  [['재활용'], ['recycling']], // environment
  [['에너지'], ['energy']], // energy
  [['신재생에너지'], ['new and renewable energy']], // energy
  [['재생에너지'], ['renewable energy']], // energy
  [['태양광'], ['solar power', 'photovoltaic']], // energy
  [['풍력'], ['wind power']], // energy
  [['수소'], ['hydrogen']], // energy
  [['원자력'], ['nuclear power', 'nuclear energy']], // energy
  [['원전'], ['nuclear power plant']], // energy
  [['전력'], ['electric power', 'electricity']], // energy
  [['발전소'], ['power plant']], // energy
  [['에너지 효율', '에너지효율'], ['energy efficiency']], // energy
  [['산업'], ['industry']], // industry
  [['기업'], ['company', 'enterprise', 'business']], // industry
  [['창업'], ['startup', 'business start-up']], // industry
  [['스타트업'], ['startup']], // industry
  [['수출'], ['export', 'exports']], // industry
  [['규제'], ['regulation']], // industry
  [['규제샌드박스'], ['regulatory sandbox']], // industry
  [['산업단지'], ['industrial complex']], // industry
  [['공급망'], ['supply chain']], // industry
  [['소재·부품·장비', '소부장'], ['materials, parts and equipment']], // industry
  [['인력양성'], ['workforce development', 'human resource development']], // industry
  [['전문인력'], ['skilled workforce', 'professionals']], // industry
  [['농업'], ['agriculture']], // industry
  [['식품'], ['food']], // industry
  [['안전'], ['safety']], // general
  [['재난'], ['disaster']], // general
  [['재난안전'], ['disaster and safety']], // general
  [['재해'], ['disaster', 'calamity']], // general
  [['소방'], ['firefighting', 'fire services']], // general
  [['긴급'], ['emergency', 'urgent']], // general
  [['마감일시'], ['deadline date and time', 'closing date and time']], // general
  [['접수마감'], ['application deadline', 'closing of applications']], // general
  [['제출기한'], ['submission deadline']], // general
  [['신청방법'], ['how to apply', 'application method']], // general
  [['제출방법'], ['submission method', 'how to submit']], // general
  [['접수방법'], ['application method', 'how to apply']], // general
  [['평가기준'], ['evaluation criteria']], // general
  [['평가항목'], ['evaluation items', 'evaluation criteria']], // general
  [['배점'], ['points allocated', 'score allocation']], // general
  [['점수'], ['score', 'points']], // general
  [['총점'], ['total score']], // general
  [['평가위원'], ['evaluator', 'evaluation committee member']], // general
  [['평가위원회'], ['evaluation committee']], // general
  [['서류심사'], ['document screening', 'document review']], // general
  [['발표평가'], ['presentation evaluation']], // general
  [['면접'], ['interview']], // general
  [['최종선정'], ['final selection']], // general
  [['사업기간'], ['project period', 'program period']], // general
  [['지원내용'], ['support details', 'details of support']], // general
  [['지원기간'], ['support period']], // general
  [['결격사유'], ['grounds for disqualification', 'disqualification']], // general
  [['중복지원'], ['duplicate support', 'multiple funding']], // general
  [['정부지원금'], ['government subsidy', 'government funding']], // budget
  [['현금'], ['cash']], // budget
  [['현물'], ['in-kind', 'in kind']], // budget
  [['기후에너지환경부'], ['Ministry of Climate, Energy and Environment']], // press
  [['기획예산처'], ['Ministry of Planning and Budget']], // press
  [['재정경제부'], ['Ministry of Finance and Economy']], // press
  [['국가데이터처'], ['Ministry of Data and Statistics', 'National Data Office']], // press
  [['지식재산처'], ['Ministry of Intellectual Property']], // press
  [['성평등가족부'], ['Ministry of Gender Equality and Family']], // press
];
