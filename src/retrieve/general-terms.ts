/**
 * General English words with their usual Korean equivalents: the everyday and general-knowledge
 * nouns (and words of measure) any uploaded document may use, as a learner's English-Korean
 * dictionary gives them (people, health and safety, time, places, buildings and facilities,
 * transport, nature, food, money and insurance, work, education, science and technology, culture,
 * sports, law, government, communication, measurement, materials, documents). Written from general
 * knowledge by a writer who read no document and no question set (docs/answers.md, tenth session;
 * the brief is in docs/vocabulary-prompts.md). Korean forms of one syllable are left out: they would
 * match inside unrelated words. Each entry is [Korean forms, English forms], the commonest first.
 */
export const GENERAL_TERMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['두뇌'], ['brain']], // health
  [['성씨'], ['surname']], // family
  [['봄철'], ['spring']], // time
  [['벌꿀'], ['honey']], // food
  [['감귤'], ['tangerine']], // food
  [['소맥'], ['wheat']], // food
  [['녹차'], ['green tea']], // food
  [['곶감'], ['dried persimmon']], // food
  [['벚꽃'], ['cherry blossom']], // nature
  [['보름달'], ['full moon']], // nature
  [['꽃축제', '꽃 축제'], ['flower festival']], // nature
  [['사람', '개인', '인물'], ['person']], // people
  [['사람들', '국민', '주민'], ['people']], // people
  [['개인'], ['individual']], // people
  [['시민', '국민'], ['citizen']], // people
  [['주민', '거주자'], ['resident']], // people
  [['주민', '거주자'], ['inhabitant']], // people
  [['인구'], ['population']], // people
  [['대중', '국민', '일반인'], ['public']], // people
  [['회원', '구성원', '위원'], ['member']], // people
  [['참가자', '참여자'], ['participant']], // people
  [['신청자', '지원자'], ['applicant']], // people
  [['후보자', '후보'], ['candidate']], // people
  [['수상자', '우승자', '당선자'], ['winner']], // people
  [['수령인', '수혜자', '수상자'], ['recipient']], // people
  [['수혜자', '수급자', '수익자'], ['beneficiary']], // people
  [['사용자', '이용자'], ['user']], // people
  [['고객'], ['customer']], // people
  [['고객', '의뢰인'], ['client']], // people
  [['소비자'], ['consumer']], // people
  [['방문객', '방문자', '관람객'], ['visitor']], // people
  [['관광객'], ['tourist']], // people
  [['손님', '내빈', '초청객'], ['guest']], // people
  [['관객', '청중', '시청자'], ['audience']], // people
  [['관중', '관람객'], ['spectator']], // people
  [['시청자', '관람객'], ['viewer']], // people
  [['청취자'], ['listener']], // people
  [['독자'], ['reader']], // people
  [['승객'], ['passenger']], // people
  [['보행자'], ['pedestrian']], // people
  [['운전자', '기사'], ['driver']], // people
  [['근로자', '노동자', '작업자'], ['worker']], // people
  [['직원', '종업원', '근로자'], ['employee']], // people
  [['고용주', '사용자'], ['employer']], // people
  [['직원', '인력'], ['staff']], // people
  [['관리자', '매니저', '부장'], ['manager']], // people
  [['지도자', '리더'], ['leader']], // people
  [['소유자', '소유주', '주인'], ['owner']], // people
  [['임대인', '집주인'], ['landlord']], // people
  [['임차인', '세입자'], ['tenant']], // people
  [['협력자', '파트너', '동반자'], ['partner']], // people
  [['동료'], ['colleague']], // people
  [['친구'], ['friend']], // people
  [['이웃'], ['neighbor']], // people
  [['이웃'], ['neighbour']], // people
  [['낯선 사람', '타인'], ['stranger']], // people
  [['외국인'], ['foreigner']], // people
  [['이민자', '이주민'], ['immigrant']], // people
  [['이주민', '이주자'], ['migrant']], // people
  [['난민'], ['refugee']], // people
  [['자원봉사자'], ['volunteer']], // people
  [['전문가'], ['expert']], // people
  [['전문가', '전문의'], ['specialist']], // people
  [['전문가', '전문직'], ['professional']], // people
  [['아마추어', '비전문가'], ['amateur']], // people
  [['초보자', '입문자'], ['beginner']], // people
  [['베테랑', '참전용사', '유공자'], ['veteran']], // people
  [['영웅'], ['hero']], // people
  [['유명인', '연예인'], ['celebrity']], // people
  [['대표', '대표자', '대리인'], ['representative']], // people
  [['대표', '대의원', '대표단원'], ['delegate']], // people
  [['대리인', '대리점', '요원'], ['agent']], // people
  [['공무원', '관계자', '임원'], ['official']], // people
  [['공무원'], ['civil servant']], // people
  [['공무원', '공직자'], ['public official']], // people
  [['공무원', '경찰관', '장교'], ['officer']], // people
  [['사무원', '직원', '서기'], ['clerk']], // people
  [['비서', '간사'], ['secretary']], // people
  [['보조원', '조수', '비서'], ['assistant']], // people
  [['고문', '자문위원', '조언자'], ['advisor']], // people
  [['고문', '자문위원', '조언자'], ['adviser']], // people
  [['컨설턴트', '자문위원'], ['consultant']], // people
  [['상담사', '상담원'], ['counselor']], // people
  [['멘토', '지도자'], ['mentor']], // people
  [['코치', '감독'], ['coach']], // people
  [['강사', '교관'], ['instructor']], // people
  [['교사', '선생님', '교원'], ['teacher']], // people
  [['교수'], ['professor']], // people
  [['강사'], ['lecturer']], // people
  [['학생'], ['student']], // people
  [['학생'], ['pupil']], // people
  [['연구원', '연구자'], ['researcher']], // people
  [['과학자'], ['scientist']], // people
  [['기술자', '엔지니어'], ['engineer']], // people
  [['기술자', '기사', '기능사'], ['technician']], // people
  [['의사', '박사'], ['doctor']], // people
  [['의사', '내과의사'], ['physician']], // people
  [['외과의사'], ['surgeon']], // people
  [['간호사'], ['nurse']], // people
  [['치과의사'], ['dentist']], // people
  [['약사'], ['pharmacist']], // people
  [['환자'], ['patient']], // people
  [['돌봄 제공자', '간병인', '보호자'], ['caregiver']], // people
  [['변호사', '법률가'], ['lawyer']], // people
  [['변호사', '대리인'], ['attorney']], // people
  [['판사', '심사위원', '심판'], ['judge']], // people
  [['검사'], ['prosecutor']], // people
  [['경찰관'], ['police officer']], // people
  [['경찰'], ['police']], // people
  [['소방관'], ['firefighter']], // people
  [['군인', '병사'], ['soldier']], // people
  [['농민', '농업인', '농부'], ['farmer']], // people
  [['어민', '어업인', '어부'], ['fisherman']], // people
  [['상인'], ['merchant']], // people
  [['무역업자', '상인', '거래자'], ['trader']], // people
  [['판매자', '매도인'], ['seller']], // people
  [['구매자', '매수인'], ['buyer']], // people
  [['판매자', '공급업체', '노점상'], ['vendor']], // people
  [['공급자', '공급업체'], ['supplier']], // people
  [['계약자', '도급업자', '시공사'], ['contractor']], // people
  [['기업가', '창업자'], ['entrepreneur']], // people
  [['창립자', '설립자', '창업자'], ['founder']], // people
  [['투자자'], ['investor']], // people
  [['주주'], ['shareholder']], // people
  [['예술가', '작가', '미술가'], ['artist']], // people
  [['작가', '저자'], ['writer']], // people
  [['저자', '작가'], ['author']], // people
  [['시인'], ['poet']], // people
  [['음악가', '뮤지션'], ['musician']], // people
  [['가수'], ['singer']], // people
  [['배우'], ['actor']], // people
  [['무용수', '댄서'], ['dancer']], // people
  [['화가'], ['painter']], // people
  [['디자이너', '설계자'], ['designer']], // people
  [['사진작가', '사진가'], ['photographer']], // people
  [['기자', '언론인'], ['journalist']], // people
  [['기자', '리포터'], ['reporter']], // people
  [['편집자', '편집장'], ['editor']], // people
  [['감독', '이사', '책임자', '국장'], ['director']], // people
  [['제작자', '프로듀서', '생산자'], ['producer']], // people
  [['공연자', '연주자', '출연자'], ['performer']], // people
  [['선수', '운동선수'], ['athlete']], // people
  [['선수', '연주자', '참가자'], ['player']], // people
  [['심판'], ['referee']], // people
  [['애호가', '선풍기', '환풍기'], ['fan']], // people
  [['요리사', '셰프'], ['chef']], // people
  [['요리사', '조리사'], ['cook']], // people
  [['안내원', '가이드', '해설사'], ['guide']], // people
  [['주최자', '진행자', '사회자'], ['host']], // people
  [['주최자', '주최 측', '조직자'], ['organizer']], // people
  [['후원자', '후원사', '스폰서'], ['sponsor']], // people
  [['연사', '발표자', '화자'], ['speaker']], // people
  [['발표자', '진행자'], ['presenter']], // people
  [['사회자', '진행자', '좌장'], ['moderator']], // people
  [['패널', '토론자'], ['panelist']], // people
  [['의장', '위원장', '회장'], ['chairperson']], // people
  [['의장', '위원장', '회장'], ['chairman']], // people
  [['대통령', '회장', '총장', '사장'], ['president']], // people
  [['부통령', '부회장', '부사장'], ['vice president']], // people
  [['장관'], ['minister']], // people
  [['시장'], ['mayor']], // people
  [['지사', '도지사', '주지사'], ['governor']], // people
  [['최고 책임자', '청장'], ['chief']], // people
  [['상사', '사장'], ['boss']], // people
  [['감독관', '관리자', '지도교수'], ['supervisor']], // people
  [['검사관', '감독관', '점검원'], ['inspector']], // people
  [['감사', '감사인', '회계감사인'], ['auditor']], // people
  [['심사관', '시험관', '심사위원'], ['examiner']], // people
  [['평가자', '평가위원'], ['evaluator']], // people
  [['심사자', '검토자', '평가위원'], ['reviewer']], // people
  [['피해자', '희생자'], ['victim']], // people
  [['생존자'], ['survivor']], // people
  [['증인', '목격자'], ['witness']], // people
  [['피의자', '용의자'], ['suspect']], // people
  [['범죄자', '가해자', '위반자'], ['offender']], // people
  [['범죄자', '범인'], ['criminal']], // people
  [['수감자', '죄수', '재소자'], ['prisoner']], // people
  [['취약계층'], ['vulnerable group']], // people
  [['장애인'], ['disabled person']], // people
  [['장애인'], ['person with disability']], // people
  [['저소득층', '저소득 가구'], ['low-income household']], // people
  [['소수자', '소수 집단', '소수민족'], ['minority']], // people
  [['다수', '과반수'], ['majority']], // people
  [['자영업자'], ['self-employed']], // people
  [['소상공인', '자영업자'], ['small business owner']], // people
  [['구직자'], ['job seeker']], // people
  [['실업자'], ['unemployed']], // people
  [['퇴직자', '은퇴자'], ['retiree']], // people
  [['연금 수령자'], ['pensioner']], // people
  [['졸업생', '졸업자'], ['graduate']], // people
  [['동문', '졸업생'], ['alumni']], // people
  [['연수생', '훈련생', '교육생'], ['trainee']], // people
  [['인턴', '수습사원'], ['intern']], // people
  [['견습생', '도제'], ['apprentice']], // people
  [['후계자', '후임자'], ['successor']], // people
  [['전임자'], ['predecessor']], // people
  [['경쟁자', '경쟁사'], ['competitor']], // people
  [['경쟁자', '라이벌'], ['rival']], // people
  [['동맹국', '협력자'], ['ally']], // people
  [['상대', '반대자'], ['opponent']], // people
  [['지지자', '후원자'], ['supporter']], // people
  [['이해관계자'], ['stakeholder']], // people
  [['지역사회', '공동체', '커뮤니티'], ['community']], // people
  [['단체', '집단', '그룹'], ['group']], // people
  [['군중', '인파'], ['crowd']], // people
  [['인물', '등장인물', '성격'], ['character']], // people
  [['역할'], ['role']], // people
  [['인력', '직원', '인사'], ['personnel']], // people
  [['인력', '노동력'], ['workforce']], // people
  [['인력'], ['manpower']], // people
  [['인적 자원', '인사'], ['human resources']], // people
  [['인재', '재능'], ['talent']], // people
  [['귀빈', '주요 인사'], ['VIP']], // people
  [['고위 인사', '귀빈'], ['dignitary']], // people
  [['운영자', '운영사', '사업자'], ['operator']], // people
  [['제공자', '공급자', '제공 기관'], ['provider']], // people
  [['관리자', '행정가'], ['administrator']], // people
  [['가족', '가정'], ['family']], // family
  [['가구', '가정', '세대'], ['household']], // family
  [['가정', '주택'], ['home']], // family
  [['부모', '학부모'], ['parent']], // family
  [['부모', '부모님'], ['parents']], // family
  [['아버지', '부친'], ['father']], // family
  [['어머니', '모친'], ['mother']], // family
  [['아빠', '아버지'], ['dad']], // family
  [['엄마', '어머니'], ['mom']], // family
  [['아동', '어린이', '자녀', '아이'], ['child']], // family
  [['아동', '어린이', '자녀'], ['children']], // family
  [['아이', '어린이'], ['kid']], // family
  [['아들'], ['son']], // family
  [['아기', '영아'], ['baby']], // family
  [['영아', '유아'], ['infant']], // family
  [['신생아'], ['newborn']], // family
  [['유아', '걸음마 아기'], ['toddler']], // family
  [['미취학 아동', '유아'], ['preschooler']], // family
  [['청소년', '청년'], ['youth']], // family
  [['청소년', '십대'], ['teenager']], // family
  [['청소년'], ['adolescent']], // family
  [['청년', '젊은이'], ['young people']], // family
  [['청년'], ['young adult']], // family
  [['성인', '어른'], ['adult']], // family
  [['노인', '어르신', '고령자'], ['elderly']], // family
  [['노인', '어르신', '고령자'], ['senior citizen']], // family
  [['노인', '어르신', '선배'], ['senior']], // family
  [['노인', '고령자'], ['older adult']], // family
  [['중년'], ['middle age']], // family
  [['중년'], ['middle-aged']], // family
  [['노년', '노령'], ['old age']], // family
  [['세대'], ['generation']], // family
  [['나이', '연령'], ['age']], // family
  [['연령대', '연령층'], ['age group']], // family
  [['출생', '출산'], ['birth']], // family
  [['출산', '분만'], ['childbirth']], // family
  [['임신'], ['pregnancy']], // family
  [['임산부', '임신부'], ['pregnant woman']], // family
  [['모성', '출산'], ['maternity']], // family
  [['보육', '육아', '돌봄'], ['childcare']], // family
  [['육아', '양육'], ['parenting']], // family
  [['양육'], ['upbringing']], // family
  [['결혼', '혼인'], ['marriage']], // family
  [['결혼식', '혼례'], ['wedding']], // family
  [['이혼'], ['divorce']], // family
  [['배우자'], ['spouse']], // family
  [['남편'], ['husband']], // family
  [['아내', '부인'], ['wife']], // family
  [['부부', '커플'], ['couple']], // family
  [['신혼부부'], ['newlywed']], // family
  [['형제', '남동생', '오빠'], ['brother']], // family
  [['자매', '누나', '언니', '여동생'], ['sister']], // family
  [['형제자매'], ['sibling']], // family
  [['조부모'], ['grandparent']], // family
  [['할아버지', '조부'], ['grandfather']], // family
  [['할머니', '조모'], ['grandmother']], // family
  [['손자', '손주', '손녀'], ['grandchild']], // family
  [['손자'], ['grandson']], // family
  [['손녀'], ['granddaughter']], // family
  [['삼촌', '숙부', '외삼촌'], ['uncle']], // family
  [['이모', '고모', '숙모'], ['aunt']], // family
  [['사촌'], ['cousin']], // family
  [['조카'], ['nephew']], // family
  [['조카딸', '조카'], ['niece']], // family
  [['친척', '친족'], ['relative']], // family
  [['친척'], ['relatives']], // family
  [['조상', '선조'], ['ancestor']], // family
  [['후손', '자손'], ['descendant']], // family
  [['자손', '자녀'], ['offspring']], // family
  [['고아'], ['orphan']], // family
  [['보호자', '후견인'], ['guardian']], // family
  [['위탁 부모'], ['foster parent']], // family
  [['입양'], ['adoption']], // family
  [['한부모'], ['single parent']], // family
  [['한부모 가족', '한부모 가정'], ['single-parent family']], // family
  [['다문화 가족', '다문화 가정'], ['multicultural family']], // family
  [['1인 가구'], ['one-person household']], // family
  [['맞벌이 부부'], ['dual-income couple']], // family
  [['과부', '미망인'], ['widow']], // family
  [['남성', '남자'], ['man']], // family
  [['여성', '여자'], ['woman']], // family
  [['남성', '남자'], ['male']], // family
  [['여성', '여자'], ['female']], // family
  [['소년', '남자아이'], ['boy']], // family
  [['소녀', '여자아이'], ['girl']], // family
  [['성별', '젠더'], ['gender']], // family
  [['성별'], ['sex']], // family
  [['이름', '성명', '명칭'], ['name']], // family
  [['이름'], ['first name']], // family
  [['별명', '닉네임'], ['nickname']], // family
  [['생일'], ['birthday']], // family
  [['생년월일'], ['date of birth']], // family
  [['기념일', '주년'], ['anniversary']], // family
  [['장례', '장례식'], ['funeral']], // family
  [['상속', '유산'], ['inheritance']], // family
  [['상속인', '후계자'], ['heir']], // family
  [['혈통', '가계'], ['lineage']], // family
  [['어린 시절', '유년기'], ['childhood']], // family
  [['성인기'], ['adulthood']], // family
  [['사춘기'], ['puberty']], // family
  [['수명'], ['lifespan']], // family
  [['기대수명'], ['life expectancy']], // family
  [['출생률', '출산율'], ['birth rate']], // family
  [['출산율', '합계출산율'], ['fertility rate']], // family
  [['저출산'], ['low birth rate']], // family
  [['고령화', '노화'], ['aging']], // family
  [['고령화 사회'], ['aging society']], // family
  [['인구 고령화'], ['population aging']], // family
  [['주부', '가정주부'], ['housewife']], // family
  [['주부'], ['homemaker']], // family
  [['보모', '아이돌보미'], ['nanny']], // family
  [['아이 돌보미', '베이비시터'], ['babysitter']], // family
  [['유치원생'], ['kindergartener']], // family
  [['학생', '학동'], ['schoolchild']], // family
  [['초등학생'], ['elementary school student']], // family
  [['중학생'], ['middle school student']], // family
  [['고등학생'], ['high school student']], // family
  [['대학생'], ['university student']], // family
  [['대학생'], ['college student']], // family
  [['가사', '살림'], ['housekeeping']], // family
  [['집안일', '가사'], ['chores']], // family
  [['가족관계등록부'], ['family register']], // family
  [['가족관계증명서'], ['family relation certificate']], // family
  [['부양가족', '피부양자'], ['dependent']], // family
  [['부양가족', '피부양자'], ['dependant']], // family
  [['돌봄', '보살핌', '관리'], ['care']], // family
  [['노인 돌봄'], ['elder care']], // family
  [['관계'], ['relationship']], // family
  [['우정'], ['friendship']], // family
  [['사랑'], ['love']], // family
  [['친족 관계', '혈연'], ['kinship']], // family
  [['머리', '책임자', '대표'], ['head']], // health
  [['신체', '인체'], ['body']], // health
  [['얼굴'], ['face']], // health
  [['치아'], ['tooth']], // health
  [['치아'], ['teeth']], // health
  [['입술'], ['lip']], // health
  [['목구멍', '인후'], ['throat']], // health
  [['어깨'], ['shoulder']], // health
  [['팔꿈치'], ['elbow']], // health
  [['손목'], ['wrist']], // health
  [['손가락'], ['finger']], // health
  [['엄지손가락', '엄지'], ['thumb']], // health
  [['가슴', '흉부'], ['chest']], // health
  [['유방', '가슴'], ['breast']], // health
  [['허리'], ['waist']], // health
  [['복부'], ['abdomen']], // health
  [['복부'], ['stomach']], // health
  [['복부'], ['belly']], // health
  [['엉덩이', '고관절'], ['hip']], // health
  [['다리'], ['leg']], // health
  [['무릎'], ['knee']], // health
  [['발목'], ['ankle']], // health
  [['발가락'], ['toe']], // health
  [['피부'], ['skin']], // health
  [['머리카락', '모발'], ['hair']], // health
  [['근육'], ['muscle']], // health
  [['관절'], ['joint']], // health
  [['척추'], ['spine']], // health
  [['심장', '마음'], ['heart']], // health
  [['허파'], ['lung']], // health
  [['신장', '콩팥'], ['kidney']], // health
  [['혈액'], ['blood']], // health
  [['혈관'], ['blood vessel']], // health
  [['신경'], ['nerve']], // health
  [['장기', '기관'], ['organ']], // health
  [['세포'], ['cell']], // health
  [['유전자'], ['gene']], // health
  [['DNA', '디엔에이'], ['DNA']], // health
  [['건강', '보건'], ['health']], // health
  [['공중보건', '보건'], ['public health']], // health
  [['정신건강'], ['mental health']], // health
  [['복지', '웰빙', '행복'], ['wellbeing']], // health
  [['복지', '웰빙', '행복'], ['well-being']], // health
  [['체력', '건강'], ['fitness']], // health
  [['위생'], ['hygiene']], // health
  [['위생', '위생 시설'], ['sanitation']], // health
  [['영양'], ['nutrition']], // health
  [['식단', '식이', '다이어트'], ['diet']], // health
  [['운동'], ['exercise']], // health
  [['수면'], ['sleep']], // health
  [['휴식'], ['rest']], // health
  [['스트레스'], ['stress']], // health
  [['피로'], ['fatigue']], // health
  [['통증', '고통'], ['pain']], // health
  [['두통'], ['headache']], // health
  [['발열'], ['fever']], // health
  [['기침'], ['cough']], // health
  [['감기', '추위'], ['cold']], // health
  [['독감', '인플루엔자'], ['flu']], // health
  [['인플루엔자', '독감'], ['influenza']], // health
  [['질병', '질환'], ['disease']], // health
  [['질병'], ['illness']], // health
  [['질병'], ['sickness']], // health
  [['감염'], ['infection']], // health
  [['감염병', '전염병'], ['infectious disease']], // health
  [['유행병', '전염병', '유행'], ['epidemic']], // health
  [['팬데믹', '세계적 대유행'], ['pandemic']], // health
  [['발생', '발병', '유행'], ['outbreak']], // health
  [['바이러스'], ['virus']], // health
  [['세균', '박테리아'], ['bacteria']], // health
  [['세균', '병균'], ['germ']], // health
  [['증상'], ['symptom']], // health
  [['진단'], ['diagnosis']], // health
  [['치료', '처리'], ['treatment']], // health
  [['치료', '요법'], ['therapy']], // health
  [['치료', '치료법'], ['cure']], // health
  [['회복', '복구'], ['recovery']], // health
  [['재활'], ['rehabilitation']], // health
  [['수술', '외과'], ['surgery']], // health
  [['수술', '운영', '작전'], ['operation']], // health
  [['의학', '의약품'], ['medicine']], // health
  [['약물', '투약'], ['medication']], // health
  [['약물', '의약품', '마약'], ['drug']], // health
  [['알약', '정제'], ['pill']], // health
  [['백신'], ['vaccine']], // health
  [['예방접종', '백신 접종'], ['vaccination']], // health
  [['예방접종', '면역'], ['immunization']], // health
  [['주사', '주입'], ['injection']], // health
  [['처방', '처방전'], ['prescription']], // health
  [['투여량', '용량', '복용량'], ['dose']], // health
  [['부작용'], ['side effect']], // health
  [['알레르기'], ['allergy']], // health
  [['종양'], ['tumor']], // health
  [['당뇨병', '당뇨'], ['diabetes']], // health
  [['고혈압'], ['hypertension']], // health
  [['고혈압'], ['high blood pressure']], // health
  [['혈압'], ['blood pressure']], // health
  [['뇌졸중'], ['stroke']], // health
  [['심장마비', '심근경색'], ['heart attack']], // health
  [['심장병', '심장 질환'], ['heart disease']], // health
  [['치매'], ['dementia']], // health
  [['우울증', '불황'], ['depression']], // health
  [['불안', '불안감'], ['anxiety']], // health
  [['비만'], ['obesity']], // health
  [['만성질환'], ['chronic disease']], // health
  [['희귀질환'], ['rare disease']], // health
  [['장애'], ['disability']], // health
  [['청력 손실', '난청'], ['hearing loss']], // health
  [['실명', '시각장애'], ['blindness']], // health
  [['부상', '상해', '손상'], ['injury']], // health
  [['상처', '부상'], ['wound']], // health
  [['화상'], ['burn']], // health
  [['골절'], ['fracture']], // health
  [['타박상'], ['bruise']], // health
  [['출혈'], ['bleeding']], // health
  [['중독'], ['poisoning']], // health
  [['식중독'], ['food poisoning']], // health
  [['열사병'], ['heatstroke']], // health
  [['열사병'], ['heat stroke']], // health
  [['동상'], ['frostbite']], // health
  [['중독'], ['addiction']], // health
  [['흡연'], ['smoking']], // health
  [['알코올'], ['alcohol']], // health
  [['음주'], ['drinking']], // health
  [['자살'], ['suicide']], // health
  [['사망', '죽음'], ['death']], // health
  [['사망률', '사망'], ['mortality']], // health
  [['사망자', '사망'], ['fatality']], // health
  [['사상자', '인명 피해'], ['casualty']], // health
  [['실종자'], ['missing person']], // health
  [['사고'], ['accident']], // health
  [['교통사고'], ['traffic accident']], // health
  [['자동차 사고', '교통사고'], ['car accident']], // health
  [['충돌'], ['collision']], // health
  [['충돌', '추락', '사고'], ['crash']], // health
  [['낙상', '추락', '하락'], ['fall']], // health
  [['익사'], ['drowning']], // health
  [['화재'], ['fire']], // health
  [['폭발'], ['explosion']], // health
  [['비상', '응급', '긴급 상황'], ['emergency']], // health
  [['응급처치'], ['first aid']], // health
  [['심폐소생술'], ['CPR']], // health
  [['구급차'], ['ambulance']], // health
  [['구조'], ['rescue']], // health
  [['대피', '피난'], ['evacuation']], // health
  [['대피소', '피난처', '보호소'], ['shelter']], // health
  [['안전'], ['safety']], // health
  [['보안', '안보', '경비'], ['security']], // health
  [['위험'], ['danger']], // health
  [['위험 요소', '위해', '유해 요인'], ['hazard']], // health
  [['위험', '리스크', '위험성'], ['risk']], // health
  [['피해', '위해'], ['harm']], // health
  [['피해', '손상', '손해'], ['damage']], // health
  [['보호'], ['protection']], // health
  [['예방', '방지'], ['prevention']], // health
  [['예방 조치', '주의'], ['precaution']], // health
  [['경고', '주의보'], ['warning']], // health
  [['경보', '경계'], ['alert']], // health
  [['안전 조치', '안전 대책'], ['safety measure']], // health
  [['보호구', '보호 장비'], ['protective equipment']], // health
  [['헬멧', '안전모'], ['helmet']], // health
  [['마스크', '가면'], ['mask']], // health
  [['장갑'], ['gloves']], // health
  [['안전벨트'], ['seat belt']], // health
  [['소화기'], ['fire extinguisher']], // health
  [['병원'], ['hospital']], // health
  [['의원', '진료소', '클리닉'], ['clinic']], // health
  [['약국'], ['pharmacy']], // health
  [['보건소', '건강센터'], ['health center']], // health
  [['보건소'], ['public health center']], // health
  [['응급실'], ['emergency room']], // health
  [['병동', '병실'], ['ward']], // health
  [['의료', '진료'], ['medical care']], // health
  [['건강검진'], ['medical checkup']], // health
  [['건강검진'], ['health checkup']], // health
  [['건강검진', '검진'], ['health screening']], // health
  [['검사', '진찰', '시험'], ['examination']], // health
  [['검사', '시험', '테스트'], ['test']], // health
  [['혈액 검사'], ['blood test']], // health
  [['검진', '건강검진'], ['checkup']], // health
  [['상담', '진료', '협의'], ['consultation']], // health
  [['입원'], ['hospitalization']], // health
  [['입원', '입장', '입학'], ['admission']], // health
  [['퇴원', '배출', '방류'], ['discharge']], // health
  [['외래 환자', '외래'], ['outpatient']], // health
  [['입원 환자'], ['inpatient']], // health
  [['요양보호사', '돌봄 종사자'], ['care worker']], // health
  [['요양원'], ['nursing home']], // health
  [['간호'], ['nursing']], // health
  [['장기요양'], ['long-term care']], // health
  [['호스피스'], ['hospice']], // health
  [['의료비'], ['medical expenses']], // health
  [['건강보험'], ['health insurance']], // health
  [['의무기록', '진료기록'], ['medical record']], // health
  [['격리', '검역'], ['quarantine']], // health
  [['격리', '고립'], ['isolation']], // health
  [['면역'], ['immunity']], // health
  [['항체'], ['antibody']], // health
  [['맥박'], ['pulse']], // health
  [['호흡'], ['breathing']], // health
  [['체력'], ['physical strength']], // health
  [['시력'], ['eyesight']], // health
  [['시력', '비전', '전망'], ['vision']], // health
  [['청력', '청문회', '공청회'], ['hearing']], // health
  [['냄새', '후각'], ['smell']], // health
  [['미각', '취향'], ['taste']], // health
  [['촉각', '접촉'], ['touch']], // health
  [['감각', '의미'], ['sense']], // health
  [['시간', '시각'], ['time']], // time
  [['날짜', '일자', '일시'], ['date']], // time
  [['하루'], ['day']], // time
  [['주간'], ['week']], // time
  [['개월'], ['month']], // time
  [['연도'], ['year']], // time
  [['10년', '십년'], ['decade']], // time
  [['세기'], ['century']], // time
  [['천년'], ['millennium']], // time
  [['시간'], ['hour']], // time
  [['순간'], ['moment']], // time
  [['기간', '시기', '주기'], ['period']], // time
  [['기간', '지속 시간'], ['duration']], // time
  [['기간', '임기', '용어', '학기'], ['term']], // time
  [['마감', '마감일', '기한'], ['deadline']], // time
  [['마감일', '만기일', '기한'], ['due date']], // time
  [['제한 시간', '기한'], ['time limit']], // time
  [['일정', '일정표', '계획'], ['schedule']], // time
  [['시간표', '일정표'], ['timetable']], // time
  [['달력', '일정'], ['calendar']], // time
  [['안건', '의제', '일정'], ['agenda']], // time
  [['계절', '시즌'], ['season']], // time
  [['여름'], ['summer']], // time
  [['가을'], ['autumn']], // time
  [['겨울'], ['winter']], // time
  [['장마철', '우기'], ['rainy season']], // time
  [['건기'], ['dry season']], // time
  [['아침', '오전'], ['morning']], // time
  [['오후'], ['afternoon']], // time
  [['저녁'], ['evening']], // time
  [['야간'], ['night']], // time
  [['정오'], ['noon']], // time
  [['정오', '한낮'], ['midday']], // time
  [['자정'], ['midnight']], // time
  [['새벽', '동틀 녘'], ['dawn']], // time
  [['황혼', '해질녘'], ['dusk']], // time
  [['일출', '해돋이'], ['sunrise']], // time
  [['일몰', '해넘이'], ['sunset']], // time
  [['주간'], ['daytime']], // time
  [['야간'], ['nighttime']], // time
  [['오전'], ['a.m.']], // time
  [['오후'], ['p.m.']], // time
  [['평일', '주중'], ['weekday']], // time
  [['주말'], ['weekend']], // time
  [['공휴일', '휴일', '휴가'], ['holiday']], // time
  [['공휴일'], ['public holiday']], // time
  [['국경일', '공휴일'], ['national holiday']], // time
  [['방학', '휴가'], ['vacation']], // time
  [['휴가', '휴직'], ['leave']], // time
  [['휴식', '쉬는 시간', '방학'], ['break']], // time
  [['휴무일', '쉬는 날'], ['day off']], // time
  [['근무일', '영업일'], ['working day']], // time
  [['영업일'], ['business day']], // time
  [['영업시간'], ['business hours']], // time
  [['운영시간', '개방시간', '영업시간'], ['opening hours']], // time
  [['마감 시간', '폐장 시간'], ['closing time']], // time
  [['월요일'], ['Monday']], // time
  [['화요일'], ['Tuesday']], // time
  [['수요일'], ['Wednesday']], // time
  [['목요일'], ['Thursday']], // time
  [['금요일'], ['Friday']], // time
  [['토요일'], ['Saturday']], // time
  [['일요일'], ['Sunday']], // time
  [['1월', '일월'], ['January']], // time
  [['2월', '이월'], ['February']], // time
  [['3월', '삼월'], ['March']], // time
  [['4월', '사월'], ['April']], // time
  [['5월', '오월'], ['May']], // time
  [['6월', '유월'], ['June']], // time
  [['7월', '칠월'], ['July']], // time
  [['8월', '팔월'], ['August']], // time
  [['9월', '구월'], ['September']], // time
  [['10월', '시월'], ['October']], // time
  [['11월', '십일월'], ['November']], // time
  [['12월', '십이월'], ['December']], // time
  [['새해', '신년'], ['New Year']], // time
  [['신정', '새해 첫날'], ["New Year's Day"]], // time
  [['설날'], ['Lunar New Year']], // time
  [['추석'], ['Chuseok']], // time
  [['성탄절', '크리스마스'], ['Christmas']], // time
  [['오늘', '금일'], ['today']], // time
  [['내일', '명일'], ['tomorrow']], // time
  [['어제', '작일'], ['yesterday']], // time
  [['현재', '선물'], ['present']], // time
  [['과거'], ['past']], // time
  [['미래', '장래'], ['future']], // time
  [['역사', '이력', '연혁'], ['history']], // time
  [['시대'], ['era']], // time
  [['시대', '신기원'], ['epoch']], // time
  [['고대'], ['ancient times']], // time
  [['현대', '근대'], ['modern times']], // time
  [['중세'], ['Middle Ages']], // time
  [['선사 시대'], ['prehistory']], // time
  [['상반기', '전반기', '전반'], ['first half']], // time
  [['하반기', '후반기', '후반'], ['second half']], // time
  [['분기', '4분의 1'], ['quarter']], // time
  [['1분기', '제1사분기'], ['first quarter']], // time
  [['반기', '반년'], ['half year']], // time
  [['회계연도'], ['fiscal year']], // time
  [['학년도'], ['academic year']], // time
  [['학기'], ['semester']], // time
  [['연간', '연례', '매년'], ['annual']], // time
  [['월간', '매월', '월별'], ['monthly']], // time
  [['주간', '매주', '주별'], ['weekly']], // time
  [['일일', '매일', '일간'], ['daily']], // time
  [['연간', '매년'], ['yearly']], // time
  [['시작', '처음'], ['beginning']], // time
  [['시작', '출발', '개시'], ['start']], // time
  [['종료'], ['end']], // time
  [['종료', '마무리', '결승'], ['finish']], // time
  [['개막', '개장', '개최', '개통'], ['opening']], // time
  [['폐막', '폐장', '마감'], ['closing']], // time
  [['출시', '발사', '출범'], ['launch']], // time
  [['완료', '완공', '준공'], ['completion']], // time
  [['초기', '조기'], ['early']], // time
  [['후기', '말기', '늦은'], ['late']], // time
  [['간격', '주기'], ['interval']], // time
  [['주기', '순환', '사이클'], ['cycle']], // time
  [['빈도', '주파수', '횟수'], ['frequency']], // time
  [['경우', '행사'], ['occasion']], // time
  [['일정표', '연표', '타임라인'], ['timeline']], // time
  [['연대기', '연표'], ['chronology']], // time
  [['연장', '확장', '증축'], ['extension']], // time
  [['지연', '연기'], ['delay']], // time
  [['연기'], ['postponement']], // time
  [['취소'], ['cancellation']], // time
  [['사전', '진보', '선불'], ['advance']], // time
  [['사전', '미리'], ['in advance']], // time
  [['초과 근무', '시간외 근무', '연장전'], ['overtime']], // time
  [['시간대'], ['time zone']], // time
  [['서머타임', '일광절약시간'], ['daylight saving time']], // time
  [['음력'], ['lunar calendar']], // time
  [['양력'], ['solar calendar']], // time
  [['윤년'], ['leap year']], // time
  [['점심시간'], ['lunchtime']], // time
  [['출퇴근 시간', '러시아워'], ['rush hour']], // time
  [['성수기'], ['peak season']], // time
  [['비수기'], ['off-season']], // time
  [['시간대'], ['time slot']], // time
  [['회기', '세션', '회차'], ['session']], // time
  [['회차', '라운드'], ['round']], // time
  [['단계', '국면'], ['phase']], // time
  [['단계', '무대'], ['stage']], // time
  [['단계', '걸음'], ['step']], // time
  [['평생', '일생', '수명'], ['lifetime']], // time
  [['일시'], ['date and time']], // time
  [['유효기간'], ['period of validity']], // time
  [['유효기간'], ['validity period']], // time
  [['만료일', '유통기한'], ['expiration date']], // time
  [['만료일', '유효기간'], ['expiry date']], // time
  [['유통기한', '보존기간'], ['shelf life']], // time
  [['장소'], ['place']], // places
  [['위치', '장소', '소재지'], ['location']], // places
  [['현장', '부지', '장소', '사이트'], ['site']], // places
  [['지역', '면적', '분야', '구역'], ['area']], // places
  [['지역', '지방', '권역'], ['region']], // places
  [['지구', '지역'], ['district']], // places
  [['구역', '지대'], ['zone']], // places
  [['영토', '영역', '지역'], ['territory']], // places
  [['토지', '육지', '국토'], ['land']], // places
  [['국가', '나라', '시골'], ['country']], // places
  [['국가', '민족', '나라'], ['nation']], // places
  [['도시'], ['city']], // places
  [['소도시', '마을'], ['town']], // places
  [['마을', '부락'], ['village']], // places
  [['어촌'], ['fishing village']], // places
  [['농촌'], ['farming village']], // places
  [['산촌', '산골 마을'], ['mountain village']], // places
  [['시골', '농촌', '전원'], ['countryside']], // places
  [['농촌', '농촌 지역', '시골'], ['rural area']], // places
  [['도시 지역', '도심', '도시권'], ['urban area']], // places
  [['도심', '시내', '번화가'], ['downtown']], // places
  [['도심', '시내'], ['city center']], // places
  [['구도심', '구시가지'], ['old town']], // places
  [['교외', '근교'], ['suburb']], // places
  [['외곽', '변두리'], ['outskirts']], // places
  [['수도권', '대도시권'], ['metropolitan area']], // places
  [['수도', '자본'], ['capital']], // places
  [['수도'], ['capital city']], // places
  [['동네', '인근', '이웃'], ['neighborhood']], // places
  [['동네', '인근', '이웃'], ['neighbourhood']], // places
  [['주민센터', '커뮤니티센터', '마을회관'], ['community center']], // places
  [['블록', '구획', '단지'], ['block']], // places
  [['거리', '도로'], ['street']], // places
  [['도로'], ['road']], // places
  [['골목', '골목길'], ['alley']], // places
  [['대로', '거리'], ['avenue']], // places
  [['주소'], ['address']], // places
  [['국경', '경계'], ['border']], // places
  [['경계', '경계선'], ['boundary']], // places
  [['국경', '변경', '미개척 분야'], ['frontier']], // places
  [['해안', '연안'], ['coast']], // places
  [['해안선'], ['coastline']], // places
  [['해안', '기슭', '물가'], ['shore']], // places
  [['해변', '해수욕장', '백사장'], ['beach']], // places
  [['바다', '해양'], ['sea']], // places
  [['대양', '바다', '해양'], ['ocean']], // places
  [['항구', '항만'], ['harbor']], // places
  [['항구', '항만'], ['harbour']], // places
  [['항구', '항만', '포트'], ['port']], // places
  [['섬 지역'], ['island']], // places
  [['작은 섬', '소도'], ['islet']], // places
  [['반도'], ['peninsula']], // places
  [['본토', '육지'], ['mainland']], // places
  [['대륙'], ['continent']], // places
  [['산악', '산지'], ['mountain']], // places
  [['산맥'], ['mountain range']], // places
  [['언덕', '구릉'], ['hill']], // places
  [['정상', '봉우리', '최고점', '절정'], ['peak']], // places
  [['정상', '정상회의'], ['summit']], // places
  [['계곡', '골짜기'], ['valley']], // places
  [['협곡'], ['canyon']], // places
  [['절벽', '낭떠러지'], ['cliff']], // places
  [['동굴'], ['cave']], // places
  [['화산'], ['volcano']], // places
  [['평야', '평원'], ['plain']], // places
  [['고원'], ['plateau']], // places
  [['들판', '분야', '현장'], ['field']], // places
  [['초원', '목초지'], ['meadow']], // places
  [['초원', '초지'], ['grassland']], // places
  [['산림', '삼림'], ['forest']], // places
  [['정글', '밀림'], ['jungle']], // places
  [['사막'], ['desert']], // places
  [['습지'], ['wetland']], // places
  [['습지'], ['marsh']], // places
  [['습지'], ['swamp']], // places
  [['갯벌'], ['tidal flat']], // places
  [['갯벌'], ['mudflat']], // places
  [['하천'], ['river']], // places
  [['개울', '하천', '시내', '흐름'], ['stream']], // places
  [['개울', '시내'], ['creek']], // places
  [['호수'], ['lake']], // places
  [['연못'], ['pond']], // places
  [['저수지', '저장소'], ['reservoir']], // places
  [['폭포'], ['waterfall']], // places
  [['샘물', '용천수'], ['spring water']], // places
  [['온천'], ['hot spring']], // places
  [['하구', '강어귀'], ['estuary']], // places
  [['삼각주'], ['delta']], // places
  [['강변', '하천변'], ['riverside']], // places
  [['수변', '해안가', '부둣가'], ['waterfront']], // places
  [['해변', '바닷가'], ['seaside']], // places
  [['은행', '강둑'], ['bank']], // places
  [['세계', '세상'], ['world']], // places
  [['지구', '지구본'], ['globe']], // places
  [['지구'], ['earth']], // places
  [['북극'], ['North Pole']], // places
  [['남극'], ['South Pole']], // places
  [['북극'], ['Arctic']], // places
  [['남극'], ['Antarctic']], // places
  [['적도'], ['equator']], // places
  [['위도'], ['latitude']], // places
  [['경도'], ['longitude']], // places
  [['고도', '해발'], ['altitude']], // places
  [['고도', '해발', '높이'], ['elevation']], // places
  [['북쪽'], ['north']], // places
  [['남쪽'], ['south']], // places
  [['동쪽'], ['east']], // places
  [['서쪽'], ['west']], // places
  [['북동쪽', '북동'], ['northeast']], // places
  [['북서쪽', '북서'], ['northwest']], // places
  [['남동쪽', '남동'], ['southeast']], // places
  [['남서쪽', '남서'], ['southwest']], // places
  [['방향', '방면', '지시'], ['direction']], // places
  [['지도'], ['map']], // places
  [['지리', '지리학'], ['geography']], // places
  [['지형', '지세'], ['terrain']], // places
  [['경관', '풍경', '조경'], ['landscape']], // places
  [['경치', '풍경'], ['scenery']], // places
  [['전망', '경관', '견해', '조회'], ['view']], // places
  [['랜드마크', '명소', '주요 지형지물'], ['landmark']], // places
  [['명소', '관광지', '볼거리'], ['attraction']], // places
  [['관광지', '관광 명소'], ['tourist attraction']], // places
  [['관광지', '관광 목적지'], ['tourist destination']], // places
  [['명승지', '경승지'], ['scenic spot']], // places
  [['유적지', '문화유산'], ['heritage site']], // places
  [['사적', '유적지'], ['historic site']], // places
  [['유적', '폐허'], ['ruins']], // places
  [['지역', '현지'], ['locality']], // places
  [['고향'], ['hometown']], // places
  [['출생지', '발상지'], ['birthplace']], // places
  [['목적지', '행선지'], ['destination']], // places
  [['기원', '원산지', '출발지'], ['origin']], // places
  [['출처', '원천', '공급원'], ['source']], // places
  [['중심', '중앙', '센터'], ['center']], // places
  [['중심', '중앙', '센터'], ['centre']], // places
  [['중간', '가운데', '중앙'], ['middle']], // places
  [['가장자리', '모서리'], ['edge']], // places
  [['모퉁이', '모서리', '구석'], ['corner']], // places
  [['측면'], ['side']], // places
  [['주변', '환경'], ['surroundings']], // places
  [['인근', '부근', '근처'], ['vicinity']], // places
  [['내륙'], ['inland']], // places
  [['해외'], ['overseas']], // places
  [['해외', '외국'], ['abroad']], // places
  [['외국'], ['foreign country']], // places
  [['조국', '고국'], ['homeland']], // places
  [['한국', '대한민국'], ['Korea']], // places
  [['한국', '대한민국'], ['South Korea']], // places
  [['북한'], ['North Korea']], // places
  [['한반도'], ['Korean Peninsula']], // places
  [['서울'], ['Seoul']], // places
  [['아시아'], ['Asia']], // places
  [['유럽'], ['Europe']], // places
  [['아프리카'], ['Africa']], // places
  [['미국', '아메리카'], ['America']], // places
  [['미국'], ['United States']], // places
  [['중국'], ['China']], // places
  [['일본'], ['Japan']], // places
  [['태평양'], ['Pacific Ocean']], // places
  [['대서양'], ['Atlantic Ocean']], // places
  [['인도양'], ['Indian Ocean']], // places
  [['동해'], ['East Sea']], // places
  [['서해'], ['West Sea']], // places
  [['황해', '서해'], ['Yellow Sea']], // places
  [['남해'], ['South Sea']], // places
  [['제주도'], ['Jeju Island']], // places
  [['독도'], ['Dokdo']], // places
  [['비무장지대', 'DMZ'], ['DMZ']], // places
  [['비무장지대'], ['demilitarized zone']], // places
  [['특구', '특별구역'], ['special zone']], // places
  [['산업단지', '공단'], ['industrial complex']], // places
  [['공업지역', '산업단지'], ['industrial zone']], // places
  [['주거지역', '주택가'], ['residential area']], // places
  [['상업지역', '상권'], ['commercial area']], // places
  [['개발제한구역', '그린벨트'], ['green belt']], // places
  [['개발구역', '개발지구'], ['development zone']], // places
  [['경제자유구역'], ['free economic zone']], // places
  [['신도시'], ['new town']], // places
  [['혁신도시'], ['innovation city']], // places
  [['스마트시티', '스마트 도시'], ['smart city']], // places
  [['건물', '건축물', '빌딩'], ['building']], // buildings
  [['시설', '시설물'], ['facility']], // buildings
  [['시설', '편의시설'], ['facilities']], // buildings
  [['구조물', '구조', '건축물'], ['structure']], // buildings
  [['건설', '공사', '건축'], ['construction']], // buildings
  [['건축', '건축학', '아키텍처'], ['architecture']], // buildings
  [['주택'], ['house']], // buildings
  [['주택', '주거'], ['housing']], // buildings
  [['아파트', '공동주택'], ['apartment']], // buildings
  [['아파트 단지'], ['apartment complex']], // buildings
  [['빌라', '별장'], ['villa']], // buildings
  [['기숙사'], ['dormitory']], // buildings
  [['거주지', '주거', '관저'], ['residence']], // buildings
  [['사무실', '사무소', '청사'], ['office']], // buildings
  [['본사', '본부'], ['headquarters']], // buildings
  [['지점', '지사', '분야', '가지'], ['branch']], // buildings
  [['지사', '지점', '출장소'], ['branch office']], // buildings
  [['시청'], ['city hall']], // buildings
  [['읍사무소', '시청', '타운홀'], ['town hall']], // buildings
  [['정부청사', '청사'], ['government building']], // buildings
  [['마을회관', '주민회관'], ['community hall']], // buildings
  [['회관', '강당', '전시장'], ['hall']], // buildings
  [['강당', '객석'], ['auditorium']], // buildings
  [['강의실', '강당'], ['lecture hall']], // buildings
  [['회의실'], ['conference room']], // buildings
  [['회의실'], ['meeting room']], // buildings
  [['컨벤션센터', '전시컨벤션센터'], ['convention center']], // buildings
  [['전시장', '전시관'], ['exhibition hall']], // buildings
  [['미술관', '갤러리', '화랑'], ['gallery']], // buildings
  [['미술관', '화랑'], ['art gallery']], // buildings
  [['박물관', '미술관'], ['museum']], // buildings
  [['도서관', '라이브러리'], ['library']], // buildings
  [['극장', '공연장'], ['theater']], // buildings
  [['극장', '공연장'], ['theatre']], // buildings
  [['영화관', '극장'], ['cinema']], // buildings
  [['영화관', '극장'], ['movie theater']], // buildings
  [['공연장', '콘서트홀'], ['concert hall']], // buildings
  [['장소', '행사장', '개최지', '공연장'], ['venue']], // buildings
  [['무대 뒤', '대기실'], ['backstage']], // buildings
  [['좌석', '자리', '의석'], ['seat']], // buildings
  [['좌석', '객석'], ['seating']], // buildings
  [['경기장', '스타디움'], ['stadium']], // buildings
  [['경기장', '아레나'], ['arena']], // buildings
  [['체육관', '헬스장'], ['gym']], // buildings
  [['체육관'], ['gymnasium']], // buildings
  [['체육센터', '스포츠센터'], ['sports center']], // buildings
  [['수영장'], ['swimming pool']], // buildings
  [['놀이터', '운동장'], ['playground']], // buildings
  [['운동장', '경기장'], ['sports field']], // buildings
  [['트랙', '경주로', '선로'], ['track']], // buildings
  [['법원', '코트', '경기장'], ['court']], // buildings
  [['골프장'], ['golf course']], // buildings
  [['스키장'], ['ski resort']], // buildings
  [['공원'], ['park']], // buildings
  [['놀이공원'], ['amusement park']], // buildings
  [['테마파크'], ['theme park']], // buildings
  [['동물원'], ['zoo']], // buildings
  [['식물원'], ['botanical garden']], // buildings
  [['수족관', '아쿠아리움'], ['aquarium']], // buildings
  [['정원', '공원', '텃밭'], ['garden']], // buildings
  [['광장', '정사각형', '제곱'], ['square']], // buildings
  [['광장'], ['plaza']], // buildings
  [['시장'], ['market']], // buildings
  [['전통시장'], ['traditional market']], // buildings
  [['시장', '장터'], ['marketplace']], // buildings
  [['가게', '상점', '매장'], ['shop']], // buildings
  [['상점', '가게', '매장'], ['store']], // buildings
  [['쇼핑몰'], ['shopping mall']], // buildings
  [['백화점'], ['department store']], // buildings
  [['슈퍼마켓', '마트'], ['supermarket']], // buildings
  [['편의점'], ['convenience store']], // buildings
  [['음식점', '식당', '레스토랑'], ['restaurant']], // buildings
  [['카페', '찻집'], ['cafe']], // buildings
  [['구내식당', '카페테리아'], ['cafeteria']], // buildings
  [['구내식당'], ['canteen']], // buildings
  [['술집', '막대'], ['bar']], // buildings
  [['호텔', '숙박시설'], ['hotel']], // buildings
  [['숙박', '숙소', '숙박시설'], ['accommodation']], // buildings
  [['숙박', '숙소'], ['lodging']], // buildings
  [['게스트하우스', '민박'], ['guesthouse']], // buildings
  [['호스텔'], ['hostel']], // buildings
  [['야영장', '캠핑장'], ['campsite']], // buildings
  [['우체국'], ['post office']], // buildings
  [['경찰서'], ['police station']], // buildings
  [['소방서'], ['fire station']], // buildings
  [['학교'], ['school']], // buildings
  [['유치원'], ['kindergarten']], // buildings
  [['어린이집'], ['daycare center']], // buildings
  [['초등학교'], ['elementary school']], // buildings
  [['중학교'], ['middle school']], // buildings
  [['고등학교'], ['high school']], // buildings
  [['대학교', '대학'], ['university']], // buildings
  [['캠퍼스', '교정'], ['campus']], // buildings
  [['교실', '강의실'], ['classroom']], // buildings
  [['실험실', '연구실'], ['laboratory']], // buildings
  [['실험실', '연구실'], ['lab']], // buildings
  [['연구소', '연구원'], ['research institute']], // buildings
  [['교회'], ['church']], // buildings
  [['사찰', '사원'], ['temple']], // buildings
  [['대성당'], ['cathedral']], // buildings
  [['모스크'], ['mosque']], // buildings
  [['사당', '신사', '성지'], ['shrine']], // buildings
  [['궁전', '궁궐'], ['palace']], // buildings
  [['성곽'], ['castle']], // buildings
  [['요새', '성곽'], ['fortress']], // buildings
  [['타워'], ['tower']], // buildings
  [['기념비', '기념물', '유적'], ['monument']], // buildings
  [['동상', '조각상'], ['statue']], // buildings
  [['기념관', '기념비', '추모'], ['memorial']], // buildings
  [['기념관'], ['memorial hall']], // buildings
  [['묘지'], ['cemetery']], // buildings
  [['무덤', '고분'], ['tomb']], // buildings
  [['공장'], ['factory']], // buildings
  [['공장', '발전소', '식물'], ['plant']], // buildings
  [['발전소'], ['power plant']], // buildings
  [['창고', '물류창고'], ['warehouse']], // buildings
  [['저장', '보관', '창고'], ['storage']], // buildings
  [['물류센터'], ['logistics center']], // buildings
  [['작업장', '공방', '워크숍'], ['workshop']], // buildings
  [['스튜디오', '작업실', '화실'], ['studio']], // buildings
  [['차고', '정비소'], ['garage']], // buildings
  [['주차장'], ['parking lot']], // buildings
  [['주차'], ['parking']], // buildings
  [['주차 공간', '주차면'], ['parking space']], // buildings
  [['주차장'], ['car park']], // buildings
  [['화장실', '변기'], ['toilet']], // buildings
  [['화장실'], ['restroom']], // buildings
  [['욕실', '화장실'], ['bathroom']], // buildings
  [['탈의실', '라커룸'], ['locker room']], // buildings
  [['탈의실'], ['changing room']], // buildings
  [['대기실'], ['waiting room']], // buildings
  [['로비'], ['lobby']], // buildings
  [['입구', '출입구'], ['entrance']], // buildings
  [['출구'], ['exit']], // buildings
  [['비상구'], ['emergency exit']], // buildings
  [['출입문', '게이트'], ['gate']], // buildings
  [['정문'], ['main gate']], // buildings
  [['출입문'], ['door']], // buildings
  [['창문', '창구'], ['window']], // buildings
  [['담장', '벽면'], ['wall']], // buildings
  [['바닥'], ['floor']], // buildings
  [['천장'], ['ceiling']], // buildings
  [['지붕', '옥상'], ['roof']], // buildings
  [['옥상'], ['rooftop']], // buildings
  [['지하', '지하실'], ['basement']], // buildings
  [['1층'], ['ground floor']], // buildings
  [['1층'], ['first floor']], // buildings
  [['위층'], ['upstairs']], // buildings
  [['계단'], ['stairs']], // buildings
  [['계단'], ['staircase']], // buildings
  [['엘리베이터', '승강기'], ['elevator']], // buildings
  [['에스컬레이터'], ['escalator']], // buildings
  [['복도'], ['corridor']], // buildings
  [['복도'], ['hallway']], // buildings
  [['부엌', '주방'], ['kitchen']], // buildings
  [['거실'], ['living room']], // buildings
  [['침실'], ['bedroom']], // buildings
  [['발코니'], ['balcony']], // buildings
  [['마당', '야드'], ['yard']], // buildings
  [['울타리', '펜스'], ['fence']], // buildings
  [['다리', '교량'], ['bridge']], // buildings
  [['터널', '지하도'], ['tunnel']], // buildings
  [['지하차도', '지하도'], ['underpass']], // buildings
  [['고가도로', '육교'], ['overpass']], // buildings
  [['육교', '보행교'], ['footbridge']], // buildings
  [['부두', '잔교'], ['pier']], // buildings
  [['부두', '선창'], ['dock']], // buildings
  [['등대'], ['lighthouse']], // buildings
  [['천문대', '전망대'], ['observatory']], // buildings
  [['전망대'], ['observation deck']], // buildings
  [['정자', '전시관', '파빌리온'], ['pavilion']], // buildings
  [['부스', '매표소'], ['booth']], // buildings
  [['키오스크', '가판대'], ['kiosk']], // buildings
  [['안내데스크', '안내소'], ['information desk']], // buildings
  [['안내센터', '안내소'], ['information center']], // buildings
  [['매표소'], ['ticket office']], // buildings
  [['매표소', '흥행'], ['box office']], // buildings
  [['복지관'], ['welfare center']], // buildings
  [['경로당', '노인복지관'], ['senior center']], // buildings
  [['문화센터', '문화원', '문화회관'], ['cultural center']], // buildings
  [['공공시설'], ['public facility']], // buildings
  [['편의시설'], ['convenience facility']], // buildings
  [['편의시설'], ['amenity']], // buildings
  [['기반시설', '인프라', '사회기반시설'], ['infrastructure']], // buildings
  [['공공시설', '공익사업', '효용'], ['utility']], // buildings
  [['하수도'], ['sewage system']], // buildings
  [['상수도', '급수'], ['water supply']], // buildings
  [['배관'], ['plumbing']], // buildings
  [['파이프', '배관'], ['pipe']], // buildings
  [['배선'], ['wiring']], // buildings
  [['개보수', '리모델링', '보수'], ['renovation']], // buildings
  [['리모델링'], ['remodeling']], // buildings
  [['수리', '보수'], ['repair']], // buildings
  [['유지보수', '유지관리', '정비'], ['maintenance']], // buildings
  [['철거'], ['demolition']], // buildings
  [['착공', '기공'], ['groundbreaking']], // buildings
  [['기공식', '착공식'], ['groundbreaking ceremony']], // buildings
  [['연면적', '바닥면적'], ['floor area']], // buildings
  [['평면도'], ['floor plan']], // buildings
  [['청사진', '설계도'], ['blueprint']], // buildings
  [['설계', '디자인'], ['design']], // buildings
  [['내부', '실내', '인테리어'], ['interior']], // buildings
  [['외부', '외관'], ['exterior']], // buildings
  [['야외', '실외'], ['outdoor']], // buildings
  [['실내'], ['indoor']], // buildings
  [['무장애', '배리어프리'], ['barrier-free']], // buildings
  [['경사로'], ['ramp']], // buildings
  [['조경'], ['landscaping']], // buildings
  [['교통', '운송', '수송'], ['transport']], // transport
  [['교통', '운송', '수송'], ['transportation']], // transport
  [['교통', '교통량', '통행'], ['traffic']], // transport
  [['대중교통'], ['public transportation']], // transport
  [['대중교통'], ['public transport']], // transport
  [['차량', '자동차', '탈것'], ['vehicle']], // transport
  [['자동차', '승용차'], ['car']], // transport
  [['자동차'], ['automobile']], // transport
  [['승용차'], ['passenger car']], // transport
  [['버스'], ['bus']], // transport
  [['고속버스'], ['express bus']], // transport
  [['시외버스'], ['intercity bus']], // transport
  [['셔틀버스'], ['shuttle bus']], // transport
  [['택시'], ['taxi']], // transport
  [['트럭', '화물차'], ['truck']], // transport
  [['화물차', '트럭'], ['lorry']], // transport
  [['승합차'], ['van']], // transport
  [['오토바이', '이륜차'], ['motorcycle']], // transport
  [['자전거'], ['bicycle']], // transport
  [['자전거', '오토바이'], ['bike']], // transport
  [['스쿠터', '킥보드'], ['scooter']], // transport
  [['전동킥보드'], ['electric scooter']], // transport
  [['기차', '열차'], ['train']], // transport
  [['고속열차'], ['high-speed train']], // transport
  [['지하철'], ['subway']], // transport
  [['지하철', '도시철도'], ['metro']], // transport
  [['트램', '노면전차'], ['tram']], // transport
  [['철도'], ['railway']], // transport
  [['철도'], ['railroad']], // transport
  [['철도', '레일'], ['rail']], // transport
  [['비행기', '항공기'], ['airplane']], // transport
  [['비행기', '평면'], ['plane']], // transport
  [['항공기'], ['aircraft']], // transport
  [['항공사'], ['airline']], // transport
  [['항공편', '비행'], ['flight']], // transport
  [['헬리콥터'], ['helicopter']], // transport
  [['드론', '무인기'], ['drone']], // transport
  [['선박'], ['ship']], // transport
  [['보트', '선박'], ['boat']], // transport
  [['여객선', '페리', '연락선'], ['ferry']], // transport
  [['크루즈', '유람선 여행'], ['cruise']], // transport
  [['요트'], ['yacht']], // transport
  [['선박', '용기', '혈관'], ['vessel']], // transport
  [['정거장', '방송국'], ['station']], // transport
  [['기차역'], ['train station']], // transport
  [['지하철역'], ['subway station']], // transport
  [['버스 정류장', '정류장'], ['bus stop']], // transport
  [['버스터미널'], ['bus terminal']], // transport
  [['터미널', '단말기'], ['terminal']], // transport
  [['공항'], ['airport']], // transport
  [['승강장', '플랫폼'], ['platform']], // transport
  [['환승', '이전', '송금', '이체'], ['transfer']], // transport
  [['정류장', '정지', '중단'], ['stop']], // transport
  [['노선', '경로'], ['route']], // transport
  [['노선'], ['line']], // transport
  [['차선', '차로', '골목'], ['lane']], // transport
  [['고속도로'], ['highway']], // transport
  [['고속도로'], ['expressway']], // transport
  [['고속도로'], ['motorway']], // transport
  [['국도'], ['national road']], // transport
  [['횡단보도'], ['crosswalk']], // transport
  [['교차로'], ['intersection']], // transport
  [['교차로', '사거리'], ['crossroads']], // transport
  [['신호등'], ['traffic light']], // transport
  [['교통 신호', '신호등'], ['traffic signal']], // transport
  [['표지', '표지판', '징후', '기호'], ['sign']], // transport
  [['도로 표지판'], ['road sign']], // transport
  [['인도', '보도'], ['sidewalk']], // transport
  [['포장도로', '보도'], ['pavement']], // transport
  [['자전거 도로', '자전거 전용차로'], ['bike lane']], // transport
  [['자전거 도로'], ['bicycle path']], // transport
  [['산책로', '등산로', '오솔길'], ['trail']], // transport
  [['산책로', '둘레길'], ['walking trail']], // transport
  [['등산로', '탐방로'], ['hiking trail']], // transport
  [['경로', '오솔길'], ['path']], // transport
  [['회전교차로'], ['roundabout']], // transport
  [['통행료'], ['toll']], // transport
  [['톨게이트', '요금소'], ['toll gate']], // transport
  [['제한속도'], ['speed limit']], // transport
  [['교통체증', '교통 정체'], ['traffic jam']], // transport
  [['혼잡', '정체'], ['congestion']], // transport
  [['우회로', '우회'], ['detour']], // transport
  [['통근', '출퇴근'], ['commute']], // transport
  [['통근자'], ['commuter']], // transport
  [['여행', '여정', '여로'], ['journey']], // transport
  [['여행', '출장', '이동'], ['trip']], // transport
  [['여행', '이동'], ['travel']], // transport
  [['여행', '관광', '투어', '순회'], ['tour']], // transport
  [['관광', '관광업'], ['tourism']], // transport
  [['관광', '구경'], ['sightseeing']], // transport
  [['출장'], ['business trip']], // transport
  [['소풍', '유람', '견학'], ['excursion']], // transport
  [['현장학습', '견학'], ['field trip']], // transport
  [['소풍', '피크닉'], ['picnic']], // transport
  [['배낭여행'], ['backpacking']], // transport
  [['여행 일정', '일정표'], ['itinerary']], // transport
  [['티켓', '승차권', '입장권'], ['ticket']], // transport
  [['요금', '운임'], ['fare']], // transport
  [['탑승', '승차'], ['boarding']], // transport
  [['탑승권'], ['boarding pass']], // transport
  [['출발', '출국'], ['departure']], // transport
  [['도착', '입국'], ['arrival']], // transport
  [['여권'], ['passport']], // transport
  [['비자', '사증'], ['visa']], // transport
  [['출입국', '이민', '입국 심사'], ['immigration']], // transport
  [['세관', '관세', '관습'], ['customs']], // transport
  [['수하물'], ['luggage']], // transport
  [['수하물'], ['baggage']], // transport
  [['여행 가방'], ['suitcase']], // transport
  [['예약', '유보'], ['reservation']], // transport
  [['예약'], ['booking']], // transport
  [['체크인', '탑승 수속'], ['check-in']], // transport
  [['체크아웃'], ['check-out']], // transport
  [['여행사'], ['travel agency']], // transport
  [['관광 가이드', '관광통역안내사'], ['tour guide']], // transport
  [['패키지 여행', '여행 상품'], ['tour package']], // transport
  [['운전'], ['driving']], // transport
  [['운전면허', '운전면허증'], ["driver's license"]], // transport
  [['운전면허', '운전면허증'], ['driving license']], // transport
  [['연료'], ['fuel']], // transport
  [['휘발유', '가솔린'], ['gasoline']], // transport
  [['휘발유'], ['petrol']], // transport
  [['경유', '디젤'], ['diesel']], // transport
  [['주유소'], ['gas station']], // transport
  [['충전소'], ['charging station']], // transport
  [['전기차', '전기자동차'], ['electric vehicle']], // transport
  [['하이브리드 자동차'], ['hybrid car']], // transport
  [['자율주행차'], ['autonomous vehicle']], // transport
  [['자율주행차'], ['self-driving car']], // transport
  [['내비게이션', '항해', '항법'], ['navigation']], // transport
  [['운송', '해운', '배송'], ['shipping']], // transport
  [['배송', '배달', '전달', '분만'], ['delivery']], // transport
  [['화물', '운임'], ['freight']], // transport
  [['화물'], ['cargo']], // transport
  [['물류'], ['logistics']], // transport
  [['택배', '배달원'], ['courier']], // transport
  [['소포', '택배', '필지'], ['parcel']], // transport
  [['우편 서비스', '우편'], ['postal service']], // transport
  [['유통', '배포', '분배', '분포'], ['distribution']], // transport
  [['이동성', '모빌리티', '이동'], ['mobility']], // transport
  [['접근성'], ['accessibility']], // transport
  [['통행권', '정기권', '패스', '합격'], ['pass']], // transport
  [['정기권'], ['commuter pass']], // transport
  [['교통카드'], ['transportation card']], // transport
  [['렌터카'], ['rental car']], // transport
  [['자동차 대여', '렌터카'], ['car rental']], // transport
  [['카셰어링', '차량 공유'], ['car sharing']], // transport
  [['승차 공유'], ['ride-sharing']], // transport
  [['카풀', '승용차 함께 타기'], ['carpool']], // transport
  [['걷기', '보행'], ['walking']], // transport
  [['산책', '걷기'], ['walk']], // transport
  [['자전거 타기', '사이클링'], ['cycling']], // transport
  [['등산', '하이킹'], ['hiking']], // transport
  [['등산'], ['mountain climbing']], // transport
  [['캠핑', '야영'], ['camping']], // transport
  [['자연'], ['nature']], // nature
  [['환경'], ['environment']], // nature
  [['생태계'], ['ecosystem']], // nature
  [['생태', '생태학'], ['ecology']], // nature
  [['생물다양성'], ['biodiversity']], // nature
  [['야생동물', '야생 생물'], ['wildlife']], // nature
  [['동물'], ['animal']], // nature
  [['나무', '수목'], ['tree']], // nature
  [['잔디'], ['grass']], // nature
  [['나뭇잎'], ['leaf']], // nature
  [['씨앗', '종자'], ['seed']], // nature
  [['뿌리', '근원'], ['root']], // nature
  [['목재', '나무'], ['wood']], // nature
  [['조류'], ['bird']], // nature
  [['물고기', '어류', '생선'], ['fish']], // nature
  [['곤충', '벌레'], ['insect']], // nature
  [['포유류', '포유동물'], ['mammal']], // nature
  [['파충류'], ['reptile']], // nature
  [['생물종'], ['species']], // nature
  [['멸종위기종'], ['endangered species']], // nature
  [['멸종'], ['extinction']], // nature
  [['서식지'], ['habitat']], // nature
  [['이동', '이주', '철새 이동'], ['migration']], // nature
  [['철새'], ['migratory bird']], // nature
  [['고양이'], ['cat']], // nature
  [['암소'], ['cow']], // nature
  [['돼지'], ['pig']], // nature
  [['염소'], ['goat']], // nature
  [['닭고기'], ['chicken']], // nature
  [['오리'], ['duck']], // nature
  [['토끼'], ['rabbit']], // nature
  [['사슴'], ['deer']], // nature
  [['호랑이'], ['tiger']], // nature
  [['사자'], ['lion']], // nature
  [['늑대'], ['wolf']], // nature
  [['여우'], ['fox']], // nature
  [['원숭이'], ['monkey']], // nature
  [['코끼리'], ['elephant']], // nature
  [['고래'], ['whale']], // nature
  [['돌고래'], ['dolphin']], // nature
  [['상어'], ['shark']], // nature
  [['개구리'], ['frog']], // nature
  [['거북', '거북이'], ['turtle']], // nature
  [['꿀벌'], ['bee']], // nature
  [['나비'], ['butterfly']], // nature
  [['모기'], ['mosquito']], // nature
  [['개미'], ['ant']], // nature
  [['반려동물', '애완동물'], ['pet']], // nature
  [['반려동물'], ['companion animal']], // nature
  [['가축'], ['livestock']], // nature
  [['유기동물'], ['stray animal']], // nature
  [['날씨', '기상'], ['weather']], // nature
  [['기후'], ['climate']], // nature
  [['기후변화'], ['climate change']], // nature
  [['지구온난화'], ['global warming']], // nature
  [['기온', '온도', '체온'], ['temperature']], // nature
  [['예보', '전망', '예측'], ['forecast']], // nature
  [['일기예보', '기상예보'], ['weather forecast']], // nature
  [['햇빛', '햇볕', '일조'], ['sunshine']], // nature
  [['햇빛', '일광'], ['sunlight']], // nature
  [['태양'], ['sun']], // nature
  [['강우'], ['rain']], // nature
  [['강우', '강우량', '강수량'], ['rainfall']], // nature
  [['강수', '강수량'], ['precipitation']], // nature
  [['강설', '적설량', '강설량'], ['snowfall']], // nature
  [['대설', '폭설'], ['heavy snow']], // nature
  [['호우', '폭우'], ['heavy rain']], // nature
  [['폭우', '호우'], ['downpour']], // nature
  [['소나기', '샤워'], ['shower']], // nature
  [['구름'], ['cloud']], // nature
  [['안개'], ['fog']], // nature
  [['안개', '연무'], ['mist']], // nature
  [['바람'], ['wind']], // nature
  [['폭풍', '폭풍우'], ['storm']], // nature
  [['태풍'], ['typhoon']], // nature
  [['허리케인'], ['hurricane']], // nature
  [['토네이도'], ['tornado']], // nature
  [['천둥'], ['thunder']], // nature
  [['번개', '낙뢰'], ['lightning']], // nature
  [['우박'], ['hail']], // nature
  [['서리'], ['frost']], // nature
  [['얼음'], ['ice']], // nature
  [['습도'], ['humidity']], // nature
  [['가뭄'], ['drought']], // nature
  [['홍수', '침수'], ['flood']], // nature
  [['침수', '홍수'], ['flooding']], // nature
  [['폭염', '열파'], ['heat wave']], // nature
  [['폭염'], ['heatwave']], // nature
  [['한파'], ['cold wave']], // nature
  [['황사'], ['yellow dust']], // nature
  [['미세먼지'], ['fine dust']], // nature
  [['초미세먼지'], ['ultrafine dust']], // nature
  [['대기질', '공기질'], ['air quality']], // nature
  [['공기', '대기'], ['air']], // nature
  [['대기', '분위기'], ['atmosphere']], // nature
  [['자연재해', '자연재난'], ['natural disaster']], // nature
  [['재난', '재해'], ['disaster']], // nature
  [['지진'], ['earthquake']], // nature
  [['쓰나미', '지진해일'], ['tsunami']], // nature
  [['산사태'], ['landslide']], // nature
  [['산불'], ['wildfire']], // nature
  [['산불'], ['forest fire']], // nature
  [['화산 폭발', '화산 분화'], ['volcanic eruption']], // nature
  [['오염', '공해'], ['pollution']], // nature
  [['대기오염'], ['air pollution']], // nature
  [['수질오염'], ['water pollution']], // nature
  [['소음'], ['noise']], // nature
  [['오염'], ['contamination']], // nature
  [['배출', '배출량'], ['emission']], // nature
  [['배출량', '배출'], ['emissions']], // nature
  [['온실가스'], ['greenhouse gas']], // nature
  [['이산화탄소'], ['carbon dioxide']], // nature
  [['탄소'], ['carbon']], // nature
  [['탄소 배출', '탄소 배출량'], ['carbon emissions']], // nature
  [['탄소중립'], ['carbon neutrality']], // nature
  [['탄소중립', '넷제로'], ['net zero']], // nature
  [['폐기물', '쓰레기', '낭비'], ['waste']], // nature
  [['쓰레기'], ['garbage']], // nature
  [['쓰레기'], ['trash']], // nature
  [['쓰레기'], ['litter']], // nature
  [['재활용'], ['recycling']], // nature
  [['음식물 쓰레기'], ['food waste']], // nature
  [['일회용품'], ['disposable products']], // nature
  [['하수', '오수'], ['sewage']], // nature
  [['폐수', '하수'], ['wastewater']], // nature
  [['수질'], ['water quality']], // nature
  [['식수', '먹는 물', '음용수'], ['drinking water']], // nature
  [['지하수'], ['groundwater']], // nature
  [['수자원'], ['water resources']], // nature
  [['토양'], ['soil']], // nature
  [['바위', '암석'], ['rock']], // nature
  [['석재'], ['stone']], // nature
  [['모래'], ['sand']], // nature
  [['진흙'], ['mud']], // nature
  [['먼지', '분진'], ['dust']], // nature
  [['보전', '보존', '절약'], ['conservation']], // nature
  [['보존', '보전'], ['preservation']], // nature
  [['보호구역'], ['protected area']], // nature
  [['국립공원'], ['national park']], // nature
  [['자연보호구역'], ['nature reserve']], // nature
  [['친환경'], ['eco-friendly']], // nature
  [['친환경', '환경친화적'], ['environmentally friendly']], // nature
  [['지속가능성'], ['sustainability']], // nature
  [['지속가능발전', '지속가능한 개발'], ['sustainable development']], // nature
  [['천연자원'], ['natural resources']], // nature
  [['자원', '자료'], ['resource']], // nature
  [['녹지', '녹지 공간'], ['green space']], // nature
  [['조림', '나무 심기'], ['afforestation']], // nature
  [['식목일'], ['Arbor Day']], // nature
  [['환경보호'], ['environmental protection']], // nature
  [['환경영향평가'], ['environmental impact assessment']], // nature
  [['정화', '청소'], ['cleanup']], // nature
  [['정화', '청소'], ['clean-up']], // nature
  [['매립지', '매립'], ['landfill']], // nature
  [['소각'], ['incineration']], // nature
  [['악취', '냄새'], ['odor']], // nature
  [['빛공해'], ['light pollution']], // nature
  [['미세플라스틱'], ['microplastic']], // nature
  [['오존'], ['ozone']], // nature
  [['오존층'], ['ozone layer']], // nature
  [['산성비'], ['acid rain']], // nature
  [['해수면'], ['sea level']], // nature
  [['해수면 상승'], ['sea level rise']], // nature
  [['빙하'], ['glacier']], // nature
  [['빙산'], ['iceberg']], // nature
  [['산호초'], ['coral reef']], // nature
  [['해조류', '미역'], ['seaweed']], // nature
  [['하늘'], ['sky']], // nature
  [['무지개'], ['rainbow']], // nature
  [['조수', '조류', '밀물과 썰물'], ['tide']], // nature
  [['파도', '물결', '파동'], ['wave']], // nature
  [['해류', '조류', '전류', '현재'], ['current']], // nature
  [['이상기후', '이상기상'], ['abnormal weather']], // nature
  [['극한 기상', '이상기후'], ['extreme weather']], // nature
  [['주의보', '권고'], ['advisory']], // nature
  [['농업'], ['agriculture']], // food
  [['농업', '농사', '영농'], ['farming']], // food
  [['농장', '농가'], ['farm']], // food
  [['농지', '경작지'], ['farmland']], // food
  [['과수원'], ['orchard']], // food
  [['온실', '비닐하우스'], ['greenhouse']], // food
  [['헛간', '축사'], ['barn']], // food
  [['작물', '농작물'], ['crop']], // food
  [['농작물', '작물'], ['crops']], // food
  [['수확', '추수'], ['harvest']], // food
  [['심기', '식재', '파종'], ['planting']], // food
  [['파종'], ['sowing']], // food
  [['재배', '경작'], ['cultivation']], // food
  [['관개', '물대기'], ['irrigation']], // food
  [['비료'], ['fertilizer']], // food
  [['농약', '살충제'], ['pesticide']], // food
  [['유기농업'], ['organic farming']], // food
  [['유기농', '유기'], ['organic']], // food
  [['스마트팜'], ['smart farm']], // food
  [['축산', '축산업'], ['livestock farming']], // food
  [['축산'], ['animal husbandry']], // food
  [['낙농', '유제품'], ['dairy']], // food
  [['어업', '수산업'], ['fishery']], // food
  [['수산업', '어업'], ['fisheries']], // food
  [['낚시', '어업'], ['fishing']], // food
  [['양식', '양식업'], ['aquaculture']], // food
  [['임업'], ['forestry']], // food
  [['농산물'], ['farm produce']], // food
  [['농산물'], ['agricultural products']], // food
  [['수산물'], ['marine products']], // food
  [['해산물', '수산물'], ['seafood']], // food
  [['특산물', '전문', '특기'], ['specialty']], // food
  [['지역 특산물', '특산품'], ['local specialty']], // food
  [['수확량', '생산량', '수익률'], ['yield']], // food
  [['음식', '식품', '식량'], ['food']], // food
  [['식량안보'], ['food security']], // food
  [['식품안전'], ['food safety']], // food
  [['식사', '끼니'], ['meal']], // food
  [['아침 식사', '조식'], ['breakfast']], // food
  [['점심', '점심 식사', '중식'], ['lunch']], // food
  [['저녁 식사', '만찬', '석식'], ['dinner']], // food
  [['저녁 식사'], ['supper']], // food
  [['간식'], ['snack']], // food
  [['요리', '음식', '접시'], ['dish']], // food
  [['요리', '음식'], ['cuisine']], // food
  [['조리법', '레시피'], ['recipe']], // food
  [['요리', '조리'], ['cooking']], // food
  [['재료', '성분'], ['ingredient']], // food
  [['곡물', '곡식', '알갱이'], ['grain']], // food
  [['보리'], ['barley']], // food
  [['옥수수'], ['corn']], // food
  [['대두'], ['soybean']], // food
  [['밀가루'], ['flour']], // food
  [['국수'], ['noodle']], // food
  [['국수', '라면'], ['noodles']], // food
  [['라면'], ['ramen']], // food
  [['수프'], ['soup']], // food
  [['찌개', '스튜'], ['stew']], // food
  [['김치'], ['kimchi']], // food
  [['두부'], ['tofu']], // food
  [['계란', '달걀'], ['egg']], // food
  [['고기', '육류'], ['meat']], // food
  [['소고기', '쇠고기'], ['beef']], // food
  [['돼지고기'], ['pork']], // food
  [['양고기'], ['mutton']], // food
  [['양고기', '새끼 양'], ['lamb']], // food
  [['가금류', '가금'], ['poultry']], // food
  [['채소', '야채'], ['vegetable']], // food
  [['채소', '야채'], ['vegetables']], // food
  [['과일', '과실', '열매'], ['fruit']], // food
  [['사과'], ['apple']], // food
  [['포도'], ['grape']], // food
  [['오렌지', '주황색'], ['orange']], // food
  [['딸기'], ['strawberry']], // food
  [['수박'], ['watermelon']], // food
  [['복숭아'], ['peach']], // food
  [['바나나'], ['banana']], // food
  [['감자'], ['potato']], // food
  [['고구마'], ['sweet potato']], // food
  [['양파'], ['onion']], // food
  [['마늘'], ['garlic']], // food
  [['배추', '양배추'], ['cabbage']], // food
  [['배추'], ['napa cabbage']], // food
  [['당근'], ['carrot']], // food
  [['오이'], ['cucumber']], // food
  [['토마토'], ['tomato']], // food
  [['고추', '후추'], ['pepper']], // food
  [['고추'], ['red pepper']], // food
  [['고추'], ['chili pepper']], // food
  [['버섯'], ['mushroom']], // food
  [['인삼'], ['ginseng']], // food
  [['홍삼'], ['red ginseng']], // food
  [['견과류', '견과'], ['nut']], // food
  [['우유'], ['milk']], // food
  [['치즈'], ['cheese']], // food
  [['버터'], ['butter']], // food
  [['요구르트', '요거트'], ['yogurt']], // food
  [['설탕'], ['sugar']], // food
  [['소금'], ['salt']], // food
  [['기름', '석유', '오일'], ['oil']], // food
  [['참기름'], ['sesame oil']], // food
  [['간장'], ['soy sauce']], // food
  [['된장'], ['soybean paste']], // food
  [['고추장'], ['red pepper paste']], // food
  [['소스', '양념'], ['sauce']], // food
  [['양념', '조미료'], ['seasoning']], // food
  [['향신료'], ['spice']], // food
  [['음료'], ['drink']], // food
  [['음료', '음료수'], ['beverage']], // food
  [['커피'], ['coffee']], // food
  [['주스'], ['juice']], // food
  [['와인', '포도주'], ['wine']], // food
  [['맥주'], ['beer']], // food
  [['소주'], ['soju']], // food
  [['막걸리'], ['makgeolli']], // food
  [['주류'], ['liquor']], // food
  [['전통주'], ['traditional liquor']], // food
  [['후식', '디저트'], ['dessert']], // food
  [['케이크'], ['cake']], // food
  [['쿠키', '과자'], ['cookie']], // food
  [['사탕'], ['candy']], // food
  [['초콜릿'], ['chocolate']], // food
  [['아이스크림'], ['ice cream']], // food
  [['패스트푸드'], ['fast food']], // food
  [['로컬푸드', '향토 음식', '지역 음식'], ['local food']], // food
  [['한식'], ['Korean food']], // food
  [['한식'], ['Korean cuisine']], // food
  [['채식주의자', '채식'], ['vegetarian']], // food
  [['비건', '완전 채식주의자'], ['vegan']], // food
  [['메뉴', '차림표'], ['menu']], // food
  [['분량', '1인분', '부분'], ['portion']], // food
  [['1인분', '제공'], ['serving']], // food
  [['칼로리', '열량'], ['calorie']], // food
  [['단백질'], ['protein']], // food
  [['탄수화물'], ['carbohydrate']], // food
  [['지방', '비계'], ['fat']], // food
  [['비타민'], ['vitamin']], // food
  [['무기질', '광물'], ['mineral']], // food
  [['섬유질', '섬유'], ['fiber']], // food
  [['나트륨'], ['sodium']], // food
  [['식품첨가물'], ['food additive']], // food
  [['식품 가공'], ['food processing']], // food
  [['가공식품'], ['processed food']], // food
  [['냉동식품'], ['frozen food']], // food
  [['통조림'], ['canned food']], // food
  [['도시락'], ['lunch box']], // food
  [['급식', '학교급식'], ['school meal']], // food
  [['무상급식', '무료 급식'], ['free meal']], // food
  [['급식', '외식'], ['food service']], // food
  [['케이터링', '출장 요리'], ['catering']], // food
  [['푸드트럭'], ['food truck']], // food
  [['식료품', '식료품점'], ['grocery']], // food
  [['식료품'], ['groceries']], // food
  [['푸드뱅크'], ['food bank']], // food
  [['기아', '배고픔'], ['hunger']], // food
  [['기근'], ['famine']], // food
  [['영양실조'], ['malnutrition']], // food
  [['알레르기 유발 물질'], ['allergen']], // food
  [['원산지'], ['country of origin']], // food
  [['원산지', '산지'], ['place of origin']], // food
  [['시식', '시음'], ['tasting']], // food
  [['주방용품'], ['kitchenware']], // food
  [['식기'], ['tableware']], // food
  [['젓가락'], ['chopsticks']], // food
  [['숟가락'], ['spoon']], // food
  [['포크'], ['fork']], // food
  [['나이프'], ['knife']], // food
  [['그릇', '사발'], ['bowl']], // food
  [['접시'], ['plate']], // food
  [['농산물 직거래 장터', '파머스 마켓'], ["farmer's market"]], // food
  [['직거래', '직판'], ['direct sales']], // food
  [['김매기', '제초'], ['weeding']], // food
  [['쟁기'], ['plow']], // food
  [['트랙터'], ['tractor']], // food
  [['현금'], ['cash']], // money
  [['통화', '화폐'], ['currency']], // money
  [['동전', '주화'], ['coin']], // money
  [['지폐', '청구서', '법안', '계산서'], ['bill']], // money
  [['지폐'], ['banknote']], // money
  [['원화'], ['Korean won']], // money
  [['달러'], ['dollar']], // money
  [['유로'], ['euro']], // money
  [['엔화'], ['yen']], // money
  [['환율'], ['exchange rate']], // money
  [['외환', '환전'], ['foreign exchange']], // money
  [['가격', '물가'], ['price']], // money
  [['물가', '가격'], ['prices']], // money
  [['비용', '원가'], ['cost']], // money
  [['비용'], ['costs']], // money
  [['비용', '지출', '경비'], ['expense']], // money
  [['경비', '비용', '지출'], ['expenses']], // money
  [['지출', '세출'], ['expenditure']], // money
  [['지출', '소비'], ['spending']], // money
  [['수수료', '요금', '비용'], ['fee']], // money
  [['요금', '수수료', '충전', '혐의'], ['charge']], // money
  [['요금', '비율', '요율', '속도'], ['rate']], // money
  [['관세', '요금표'], ['tariff']], // money
  [['입장료'], ['admission fee']], // money
  [['입장료'], ['entrance fee']], // money
  [['참가비'], ['participation fee']], // money
  [['등록비', '등록금'], ['registration fee']], // money
  [['수업료', '등록금'], ['tuition']], // money
  [['수업료', '등록금'], ['tuition fee']], // money
  [['회비'], ['membership fee']], // money
  [['공과금'], ['utility bill']], // money
  [['임대료', '집세', '월세'], ['rent']], // money
  [['보증금', '예금', '입금', '매장량'], ['deposit']], // money
  [['전세'], ['jeonse']], // money
  [['월세'], ['monthly rent']], // money
  [['급여', '월급', '봉급'], ['salary']], // money
  [['임금', '급여'], ['wage']], // money
  [['임금'], ['wages']], // money
  [['최저임금'], ['minimum wage']], // money
  [['급여', '보수', '지불'], ['pay']], // money
  [['지급', '결제', '납부', '지불'], ['payment']], // money
  [['소득', '수입'], ['income']], // money
  [['수입', '매출', '세입'], ['revenue']], // money
  [['소득', '수익', '실적'], ['earnings']], // money
  [['이익', '이윤', '수익'], ['profit']], // money
  [['손실', '손해', '분실'], ['loss']], // money
  [['매출', '판매', '영업'], ['sales']], // money
  [['매출액', '이직률'], ['turnover']], // money
  [['예산'], ['budget']], // money
  [['기금', '자금', '펀드'], ['fund']], // money
  [['자금', '기금'], ['funds']], // money
  [['자금 지원', '재원', '자금'], ['funding']], // money
  [['재정 지원', '금융 지원'], ['financial support']], // money
  [['보조금'], ['subsidy']], // money
  [['보조금', '지원금', '연구비'], ['grant']], // money
  [['수당', '용돈', '허용량'], ['allowance']], // money
  [['혜택', '급여', '이익', '편익'], ['benefit']], // money
  [['상여금', '보너스'], ['bonus']], // money
  [['연금'], ['pension']], // money
  [['국민연금'], ['national pension']], // money
  [['퇴직연금'], ['retirement pension']], // money
  [['퇴직금'], ['severance pay']], // money
  [['장학금'], ['scholarship']], // money
  [['상금'], ['prize money']], // money
  [['보상', '포상', '사례금'], ['reward']], // money
  [['보상', '배상', '보수'], ['compensation']], // money
  [['환불', '환급'], ['refund']], // money
  [['상환', '환급', '변제'], ['reimbursement']], // money
  [['할인'], ['discount']], // money
  [['쿠폰', '할인권'], ['coupon']], // money
  [['바우처', '상품권', '이용권'], ['voucher']], // money
  [['상품권'], ['gift certificate']], // money
  [['지역화폐', '지역사랑상품권'], ['local currency']], // money
  [['무료'], ['free of charge']], // money
  [['무료', '자유로운'], ['free']], // money
  [['유료'], ['paid']], // money
  [['금융', '재정', '재무'], ['finance']], // money
  [['금융', '재정', '재무'], ['financial']], // money
  [['계좌', '계정', '설명'], ['account']], // money
  [['은행 계좌', '계좌'], ['bank account']], // money
  [['저축', '예금', '절약'], ['savings']], // money
  [['저축예금', '적금 계좌'], ['savings account']], // money
  [['적금'], ['installment savings']], // money
  [['대출', '융자', '차관'], ['loan']], // money
  [['주택담보대출', '저당'], ['mortgage']], // money
  [['이자', '관심', '이익'], ['interest']], // money
  [['금리', '이자율'], ['interest rate']], // money
  [['부채', '채무'], ['debt']], // money
  [['신용', '학점', '크레딧'], ['credit']], // money
  [['신용카드'], ['credit card']], // money
  [['체크카드', '직불카드'], ['debit card']], // money
  [['카드'], ['card']], // money
  [['수표', '점검', '확인'], ['check']], // money
  [['수표'], ['cheque']], // money
  [['송금'], ['remittance']], // money
  [['송금', '계좌이체'], ['wire transfer']], // money
  [['할부', '분할 납부'], ['installment']], // money
  [['송장', '청구서', '인보이스'], ['invoice']], // money
  [['영수증', '수령', '수납'], ['receipt']], // money
  [['명세서', '성명', '진술'], ['statement']], // money
  [['잔액', '잔고', '균형'], ['balance']], // money
  [['자산'], ['asset']], // money
  [['자산'], ['assets']], // money
  [['부채', '책임'], ['liability']], // money
  [['자기자본', '지분', '형평성'], ['equity']], // money
  [['주식', '재고'], ['stock']], // money
  [['주식', '지분', '점유율'], ['share']], // money
  [['주식시장', '증시'], ['stock market']], // money
  [['채권', '유대'], ['bond']], // money
  [['투자'], ['investment']], // money
  [['수익', '반환', '귀환', '신고'], ['return']], // money
  [['배당', '배당금'], ['dividend']], // money
  [['인플레이션', '물가 상승'], ['inflation']], // money
  [['디플레이션'], ['deflation']], // money
  [['경기 침체', '불황'], ['recession']], // money
  [['경제'], ['economy']], // money
  [['경제성장'], ['economic growth']], // money
  [['국내총생산', 'GDP'], ['GDP']], // money
  [['국내총생산'], ['gross domestic product']], // money
  [['세금', '조세'], ['tax']], // money
  [['세금', '조세'], ['taxes']], // money
  [['소득세'], ['income tax']], // money
  [['부가가치세'], ['value added tax']], // money
  [['부가가치세', '부가세'], ['VAT']], // money
  [['재산세'], ['property tax']], // money
  [['세금 신고', '납세 신고'], ['tax return']], // money
  [['면세', '비과세'], ['tax exemption']], // money
  [['세액공제', '소득공제'], ['tax deduction']], // money
  [['세금 환급'], ['tax refund']], // money
  [['면세'], ['duty-free']], // money
  [['관세'], ['customs duty']], // money
  [['보험'], ['insurance']], // money
  [['보험료'], ['insurance premium']], // money
  [['보험료', '할증금', '프리미엄'], ['premium']], // money
  [['보험금'], ['insurance money']], // money
  [['보험 계약자'], ['policyholder']], // money
  [['피보험자'], ['insured']], // money
  [['보험사', '보험자'], ['insurer']], // money
  [['생명보험'], ['life insurance']], // money
  [['화재보험'], ['fire insurance']], // money
  [['자동차보험'], ['car insurance']], // money
  [['여행자 보험'], ['travel insurance']], // money
  [['상해보험'], ['accident insurance']], // money
  [['고용보험'], ['employment insurance']], // money
  [['산재보험', '산업재해보상보험'], ['industrial accident insurance']], // money
  [['사회보험'], ['social insurance']], // money
  [['보장', '보장 범위', '적용 범위', '보도'], ['coverage']], // money
  [['자기부담금', '공제액'], ['deductible']], // money
  [['가격 인상', '물가 상승'], ['price increase']], // money
  [['가격표', '요금표'], ['price list']], // money
  [['견적', '추정', '추정치'], ['estimate']], // money
  [['견적서', '인용'], ['quotation']], // money
  [['견적', '인용'], ['quote']], // money
  [['경매'], ['auction']], // money
  [['구매', '구입', '매입'], ['purchase']], // money
  [['판매', '매각', '할인 판매'], ['sale']], // money
  [['무역', '거래', '교역'], ['trade']], // money
  [['거래'], ['transaction']], // money
  [['거래', '협상'], ['deal']], // money
  [['금액', '액수'], ['amount']], // money
  [['합계', '금액', '총액'], ['sum']], // money
  [['단가'], ['unit price']], // money
  [['재산'], ['wealth']], // money
  [['재산', '부동산', '소유물', '속성'], ['property']], // money
  [['부동산'], ['real estate']], // money
  [['빈곤', '가난'], ['poverty']], // money
  [['가구 소득'], ['household income']], // money
  [['생활비', '생계비'], ['cost of living']], // money
  [['생활비'], ['living expenses']], // money
  [['재무제표'], ['financial statement']], // money
  [['회계'], ['accounting']], // money
  [['감사', '회계감사'], ['audit']], // money
  [['파산'], ['bankruptcy']], // money
  [['사기'], ['fraud']], // money
  [['기부', '기부금', '후원'], ['donation']], // money
  [['기여', '기부금', '분담금', '출연금'], ['contribution']], // money
  [['모금', '기금 마련'], ['fundraising']], // money
  [['크라우드펀딩'], ['crowdfunding']], // money
  [['현금자동입출금기', 'ATM'], ['ATM']], // money
  [['핀테크'], ['fintech']], // money
  [['암호화폐', '가상화폐'], ['cryptocurrency']], // money
  [['가상화폐', '가상자산'], ['virtual currency']], // money
  [['벌금', '과태료'], ['fine']], // money
  [['금전', '자금'], ['money']], // money
  [['업무', '작업', '근무'], ['work']], // work
  [['일자리', '직업', '직장'], ['job']], // work
  [['직업', '직종', '점령'], ['occupation']], // work
  [['직업', '전문직'], ['profession']], // work
  [['경력', '진로', '커리어'], ['career']], // work
  [['고용', '취업'], ['employment']], // work
  [['실업'], ['unemployment']], // work
  [['실업률'], ['unemployment rate']], // work
  [['고용률'], ['employment rate']], // work
  [['채용', '고용'], ['hiring']], // work
  [['채용', '모집'], ['recruitment']], // work
  [['채용 공고', '일자리'], ['job opening']], // work
  [['공석', '결원', '빈방'], ['vacancy']], // work
  [['채용 공고'], ['job posting']], // work
  [['입사 지원', '지원서'], ['job application']], // work
  [['이력서'], ['resume']], // work
  [['면접', '인터뷰'], ['interview']], // work
  [['면접'], ['job interview']], // work
  [['인턴십', '인턴 과정'], ['internship']], // work
  [['교육', '훈련', '연수'], ['training']], // work
  [['직업훈련'], ['vocational training']], // work
  [['승진', '홍보', '판촉', '촉진'], ['promotion']], // work
  [['은퇴', '퇴직'], ['retirement']], // work
  [['사직', '사임'], ['resignation']], // work
  [['해고', '면직'], ['dismissal']], // work
  [['해고', '정리해고'], ['layoff']], // work
  [['파업', '타격'], ['strike']], // work
  [['노동', '근로'], ['labor']], // work
  [['노동', '근로'], ['labour']], // work
  [['노동조합', '노조'], ['labor union']], // work
  [['노동조합', '노조'], ['trade union']], // work
  [['근로시간', '근무시간'], ['working hours']], // work
  [['근로조건', '근무 조건'], ['working conditions']], // work
  [['직장', '일터', '작업장'], ['workplace']], // work
  [['교대', '교대 근무', '전환'], ['shift']], // work
  [['야간 근무', '야간 교대'], ['night shift']], // work
  [['아르바이트', '시간제 일자리'], ['part-time job']], // work
  [['시간제 근무'], ['part-time work']], // work
  [['정규직', '전일제'], ['full-time']], // work
  [['임시직', '비정규직'], ['temporary worker']], // work
  [['비정규직'], ['irregular worker']], // work
  [['정규직'], ['regular worker']], // work
  [['재택근무', '원격근무'], ['remote work']], // work
  [['재택근무'], ['telecommuting']], // work
  [['유연근무'], ['flexible working']], // work
  [['산업재해', '산재'], ['industrial accident']], // work
  [['산업안전'], ['occupational safety']], // work
  [['사업', '기업', '업무', '영업'], ['business']], // work
  [['회사', '기업'], ['company']], // work
  [['기업', '법인', '회사'], ['corporation']], // work
  [['기업', '사업'], ['enterprise']], // work
  [['회사', '기업'], ['firm']], // work
  [['중소기업'], ['small and medium enterprise']], // work
  [['중소기업'], ['SME']], // work
  [['대기업'], ['large company']], // work
  [['대기업', '재벌'], ['conglomerate']], // work
  [['스타트업', '창업 기업', '신생 기업'], ['startup']], // work
  [['스타트업', '창업 기업'], ['start-up']], // work
  [['벤처기업'], ['venture company']], // work
  [['사회적기업'], ['social enterprise']], // work
  [['협동조합'], ['cooperative']], // work
  [['협회', '조합', '연합'], ['association']], // work
  [['조직', '기관', '단체'], ['organization']], // work
  [['조직', '기관', '단체'], ['organisation']], // work
  [['기관', '제도'], ['institution']], // work
  [['기관', '대행사'], ['agency']], // work
  [['부서', '학과'], ['department']], // work
  [['부문', '부서', '분할'], ['division']], // work
  [['부분', '구간'], ['section']], // work
  [['단위', '부대', '단지', '세대'], ['unit']], // work
  [['산업', '업계', '공업'], ['industry']], // work
  [['제조업', '제조'], ['manufacturing']], // work
  [['제조업체', '제조사'], ['manufacturer']], // work
  [['생산', '제작'], ['production']], // work
  [['생산성'], ['productivity']], // work
  [['제품', '상품', '산물'], ['product']], // work
  [['상품', '물품', '재화'], ['goods']], // work
  [['상품', '원자재'], ['commodity']], // work
  [['상품'], ['merchandise']], // work
  [['서비스', '업무', '봉사'], ['service']], // work
  [['서비스업'], ['service industry']], // work
  [['상표', '브랜드'], ['brand']], // work
  [['상표'], ['trademark']], // work
  [['특허'], ['patent']], // work
  [['시장 점유율'], ['market share']], // work
  [['시장 조사'], ['market research']], // work
  [['마케팅'], ['marketing']], // work
  [['광고'], ['advertising']], // work
  [['광고'], ['advertisement']], // work
  [['상업', '통상'], ['commerce']], // work
  [['전자상거래'], ['e-commerce']], // work
  [['소매', '유통'], ['retail']], // work
  [['도매'], ['wholesale']], // work
  [['수출'], ['export']], // work
  [['수입'], ['import']], // work
  [['공급', '보급'], ['supply']], // work
  [['수요', '요구'], ['demand']], // work
  [['공급망'], ['supply chain']], // work
  [['유통망'], ['distribution network']], // work
  [['경쟁', '대회', '공모전'], ['competition']], // work
  [['협력', '협조'], ['cooperation']], // work
  [['협업', '협력', '공동 작업'], ['collaboration']], // work
  [['협력', '파트너십', '동업'], ['partnership']], // work
  [['협약', '합의', '계약', '동의'], ['agreement']], // work
  [['계약', '계약서'], ['contract']], // work
  [['협상', '교섭'], ['negotiation']], // work
  [['합병'], ['merger']], // work
  [['인수', '취득', '습득'], ['acquisition']], // work
  [['성장', '증가'], ['growth']], // work
  [['성과', '실적', '공연', '성능'], ['performance']], // work
  [['성과', '업적', '성취'], ['achievement']], // work
  [['결과', '성과'], ['result']], // work
  [['결과', '성과'], ['outcome']], // work
  [['생산량', '산출', '출력'], ['output']], // work
  [['효율', '효율성'], ['efficiency']], // work
  [['품질'], ['quality']], // work
  [['품질관리'], ['quality control']], // work
  [['점검', '검사', '검열'], ['inspection']], // work
  [['인증', '자격증'], ['certification']], // work
  [['기준', '표준', '규격'], ['standard']], // work
  [['사양', '명세', '규격'], ['specification']], // work
  [['관리', '경영', '운영'], ['management']], // work
  [['행정', '관리', '운영'], ['administration']], // work
  [['전략'], ['strategy']], // work
  [['계획', '계획안', '방안'], ['plan']], // work
  [['사업', '프로젝트', '과제'], ['project']], // work
  [['프로그램', '사업', '과정'], ['program']], // work
  [['프로그램', '사업'], ['programme']], // work
  [['과제', '업무', '작업'], ['task']], // work
  [['의무', '직무', '관세'], ['duty']], // work
  [['책임', '책무'], ['responsibility']], // work
  [['임무', '사명', '미션'], ['mission']], // work
  [['목표', '득점'], ['goal']], // work
  [['목표', '목적'], ['objective']], // work
  [['목표', '대상', '표적'], ['target']], // work
  [['목적', '용도'], ['purpose']], // work
  [['회의', '모임', '만남'], ['meeting']], // work
  [['회의', '학회', '콘퍼런스'], ['conference']], // work
  [['세미나'], ['seminar']], // work
  [['포럼', '토론회'], ['forum']], // work
  [['브리핑', '설명회'], ['briefing']], // work
  [['발표', '설명회', '프레젠테이션'], ['presentation']], // work
  [['무역 박람회', '박람회'], ['trade fair']], // work
  [['박람회', '공정한'], ['fair']], // work
  [['엑스포', '박람회'], ['expo']], // work
  [['채용 박람회', '취업 박람회'], ['job fair']], // work
  [['사무직', '회사원', '직장인'], ['office worker']], // work
  [['사무직 근로자', '화이트칼라'], ['white-collar worker']], // work
  [['생산직 근로자', '블루칼라'], ['blue-collar worker']], // work
  [['프리랜서'], ['freelancer']], // work
  [['중공업'], ['heavy industry']], // work
  [['경공업'], ['light industry']], // work
  [['조선', '조선업'], ['shipbuilding']], // work
  [['건설업'], ['construction industry']], // work
  [['1차 산업'], ['primary industry']], // work
  [['광업', '채굴'], ['mining']], // work
  [['사업계획서', '사업 계획'], ['business plan']], // work
  [['사업자등록증', '영업허가'], ['business license']], // work
  [['사업자등록'], ['business registration']], // work
  [['개인사업자'], ['sole proprietorship']], // work
  [['기업가정신', '창업'], ['entrepreneurship']], // work
  [['소상공인', '소기업'], ['small business']], // work
  [['가맹점', '프랜차이즈', '가맹사업'], ['franchise']], // work
  [['일자리 창출'], ['job creation']], // work
  [['고용 안정'], ['job security']], // work
  [['일과 삶의 균형', '워라밸'], ['work-life balance']], // work
  [['육아휴직'], ['parental leave']], // work
  [['출산휴가'], ['maternity leave']], // work
  [['병가'], ['sick leave']], // work
  [['연차 휴가', '연차'], ['annual leave']], // work
  [['유급휴가'], ['paid leave']], // work
  [['교육'], ['education']], // education
  [['학습', '배움'], ['learning']], // education
  [['교육', '수업', '가르침'], ['teaching']], // education
  [['수업', '교훈'], ['lesson']], // education
  [['수업', '학급', '계층'], ['class']], // education
  [['과정', '강좌', '코스', '과목'], ['course']], // education
  [['교육과정', '커리큘럼'], ['curriculum']], // education
  [['과목', '주제', '대상'], ['subject']], // education
  [['강의', '강연'], ['lecture']], // education
  [['개별 지도', '튜토리얼'], ['tutorial']], // education
  [['숙제'], ['homework']], // education
  [['과제', '배정', '할당'], ['assignment']], // education
  [['시험'], ['exam']], // education
  [['시험지'], ['examination paper']], // education
  [['퀴즈', '쪽지 시험'], ['quiz']], // education
  [['입학시험'], ['entrance exam']], // education
  [['대학입시', '수능'], ['college entrance exam']], // education
  [['학년', '성적', '등급'], ['grade']], // education
  [['점수', '득점'], ['score']], // education
  [['점수', '표시'], ['mark']], // education
  [['성적표', '통지표'], ['report card']], // education
  [['학위', '정도'], ['degree']], // education
  [['학사 학위', '학사'], ["bachelor's degree"]], // education
  [['석사 학위', '석사'], ["master's degree"]], // education
  [['박사 학위', '박사'], ['doctorate']], // education
  [['박사', '박사 학위'], ['PhD']], // education
  [['졸업장', '수료증', '학위'], ['diploma']], // education
  [['증명서', '자격증', '수료증', '인증서'], ['certificate']], // education
  [['자격', '자격증'], ['qualification']], // education
  [['면허', '자격증', '허가', '라이선스'], ['license']], // education
  [['면허', '자격증', '허가'], ['licence']], // education
  [['졸업'], ['graduation']], // education
  [['졸업식'], ['graduation ceremony']], // education
  [['입학식'], ['entrance ceremony']], // education
  [['등록', '입학', '수강 신청'], ['enrollment']], // education
  [['등록', '입학'], ['enrolment']], // education
  [['학년', '학년도'], ['school year']], // education
  [['신입생', '1학년'], ['freshman']], // education
  [['전공'], ['major']], // education
  [['부전공'], ['minor']], // education
  [['선택 과목'], ['elective']], // education
  [['필수 과목'], ['required course']], // education
  [['학문', '학술'], ['academic']], // education
  [['학술대회', '학회'], ['academic conference']], // education
  [['학자', '장학생'], ['scholar']], // education
  [['지식'], ['knowledge']], // education
  [['기술', '기능', '역량'], ['skill']], // education
  [['능력'], ['ability']], // education
  [['역량', '능력'], ['competence']], // education
  [['문해력', '읽고 쓰는 능력'], ['literacy']], // education
  [['디지털 문해력', '디지털 리터러시'], ['digital literacy']], // education
  [['수리력'], ['numeracy']], // education
  [['언어'], ['language']], // education
  [['외국어'], ['foreign language']], // education
  [['영어'], ['English']], // education
  [['한국어', '국어'], ['Korean language']], // education
  [['모국어'], ['mother tongue']], // education
  [['문법'], ['grammar']], // education
  [['어휘', '단어'], ['vocabulary']], // education
  [['단어', '낱말'], ['word']], // education
  [['문장'], ['sentence']], // education
  [['교과서', '교재'], ['textbook']], // education
  [['문제집', '연습장'], ['workbook']], // education
  [['사전'], ['dictionary']], // education
  [['백과사전'], ['encyclopedia']], // education
  [['도서', '서적'], ['book']], // education
  [['공책', '노트', '노트북'], ['notebook']], // education
  [['연필'], ['pencil']], // education
  [['볼펜'], ['pen']], // education
  [['지우개'], ['eraser']], // education
  [['칠판'], ['blackboard']], // education
  [['화이트보드'], ['whiteboard']], // education
  [['책상', '데스크'], ['desk']], // education
  [['의자', '의장'], ['chair']], // education
  [['책가방'], ['school bag']], // education
  [['교복'], ['school uniform']], // education
  [['교장', '원금', '주요한'], ['principal']], // education
  [['교장'], ['headmaster']], // education
  [['학장'], ['dean']], // education
  [['교수진', '학부', '능력'], ['faculty']], // education
  [['학원', '아카데미', '학회'], ['academy']], // education
  [['학원'], ['private academy']], // education
  [['사교육', '과외'], ['private tutoring']], // education
  [['방과후 프로그램', '방과후 학교'], ['after-school program']], // education
  [['평생학습', '평생교육'], ['lifelong learning']], // education
  [['성인 교육'], ['adult education']], // education
  [['원격 학습', '원격 교육'], ['distance learning']], // education
  [['온라인 수업'], ['online class']], // education
  [['이러닝', '전자 학습'], ['e-learning']], // education
  [['특수교육'], ['special education']], // education
  [['유아교육'], ['early childhood education']], // education
  [['초등교육'], ['primary education']], // education
  [['중등교육'], ['secondary education']], // education
  [['고등교육'], ['higher education']], // education
  [['직업학교'], ['vocational school']], // education
  [['대학', '단과대학'], ['college']], // education
  [['대학원'], ['graduate school']], // education
  [['학군', '교육구'], ['school district']], // education
  [['교육청'], ['education office']], // education
  [['기숙학교'], ['boarding school']], // education
  [['학생회'], ['student council']], // education
  [['동아리', '클럽', '모임'], ['club']], // education
  [['유학'], ['study abroad']], // education
  [['교환학생'], ['exchange student']], // education
  [['유학생', '외국인 유학생'], ['international student']], // education
  [['연구', '조사'], ['research']], // education
  [['연구', '학습', '공부'], ['study']], // education
  [['조사', '설문조사', '측량'], ['survey']], // education
  [['설문지', '질문지'], ['questionnaire']], // education
  [['여론조사', '투표'], ['poll']], // education
  [['분석'], ['analysis']], // education
  [['실험'], ['experiment']], // education
  [['가설'], ['hypothesis']], // education
  [['이론'], ['theory']], // education
  [['방법', '방식'], ['method']], // education
  [['방법론'], ['methodology']], // education
  [['결과', '발견', '연구 결과'], ['finding']], // education
  [['연구 결과', '조사 결과'], ['findings']], // education
  [['발견'], ['discovery']], // education
  [['발명', '발명품'], ['invention']], // education
  [['혁신'], ['innovation']], // education
  [['관찰', '관측'], ['observation']], // education
  [['증거', '근거'], ['evidence']], // education
  [['데이터', '자료'], ['data']], // education
  [['데이터셋', '데이터 세트'], ['dataset']], // education
  [['표본', '샘플', '견본'], ['sample']], // education
  [['변수'], ['variable']], // education
  [['통계', '통계학'], ['statistics']], // education
  [['논문', '학위논문', '논지'], ['thesis']], // education
  [['학위논문', '논문'], ['dissertation']], // education
  [['논문', '종이', '서류'], ['paper']], // education
  [['학술지', '저널', '일지'], ['journal']], // education
  [['기사', '조항', '논문'], ['article']], // education
  [['출판', '발간', '간행물'], ['publication']], // education
  [['인용', '출처'], ['citation']], // education
  [['참고', '참고문헌', '참조'], ['reference']], // education
  [['참고문헌', '문헌 목록'], ['bibliography']], // education
  [['동료 평가', '동료 심사'], ['peer review']], // education
  [['연구개발'], ['research and development']], // education
  [['연구개발', 'R&D'], ['R&D']], // education
  [['연구비'], ['research grant']], // education
  [['싱크탱크', '연구 기관'], ['think tank']], // education
  [['현장 조사', '현지 조사'], ['field research']], // education
  [['현장 조사', '현지 조사'], ['fieldwork']], // education
  [['사례 연구'], ['case study']], // education
  [['시범 연구', '예비 연구'], ['pilot study']], // education
  [['학업 성취도', '학업 성적'], ['academic achievement']], // education
  [['중퇴', '중도 탈락', '중퇴자'], ['dropout']], // education
  [['출석', '참석', '출석률'], ['attendance']], // education
  [['결석', '부재'], ['absence']], // education
  [['지각'], ['tardiness']], // education
  [['규율', '징계', '학문 분야'], ['discipline']], // education
  [['학문 분야', '전공 분야'], ['field of study']], // education
  [['인문학'], ['humanities']], // education
  [['사회과학'], ['social science']], // education
  [['자연과학'], ['natural science']], // education
  [['수학'], ['mathematics']], // education
  [['수학'], ['math']], // education
  [['물리학', '물리'], ['physics']], // education
  [['화학'], ['chemistry']], // education
  [['생물학', '생물'], ['biology']], // education
  [['철학'], ['philosophy']], // education
  [['심리학', '심리'], ['psychology']], // education
  [['경제학'], ['economics']], // education
  [['사회학'], ['sociology']], // education
  [['언어학'], ['linguistics']], // education
  [['문학', '문헌'], ['literature']], // education
  [['공학', '엔지니어링'], ['engineering']], // education
  [['의학'], ['medical science']], // education
  [['법학전문대학원', '로스쿨'], ['law school']], // education
  [['학교폭력'], ['school violence']], // education
  [['괴롭힘', '따돌림'], ['bullying']], // education
  [['과학'], ['science']], // science
  [['기술', '테크놀로지'], ['technology']], // science
  [['첨단기술'], ['high technology']], // science
  [['과학기술'], ['science and technology']], // science
  [['우주', '공간'], ['space']], // science
  [['우주', '외계'], ['outer space']], // science
  [['우주'], ['universe']], // science
  [['은하', '은하계'], ['galaxy']], // science
  [['행성'], ['planet']], // science
  [['태양계'], ['solar system']], // science
  [['화성'], ['Mars']], // science
  [['금성'], ['Venus']], // science
  [['목성'], ['Jupiter']], // science
  [['위성', '인공위성'], ['satellite']], // science
  [['인공위성'], ['artificial satellite']], // science
  [['로켓'], ['rocket']], // science
  [['발사체'], ['launch vehicle']], // science
  [['우주선'], ['spacecraft']], // science
  [['우주정거장'], ['space station']], // science
  [['우주비행사'], ['astronaut']], // science
  [['궤도'], ['orbit']], // science
  [['망원경'], ['telescope']], // science
  [['천문학'], ['astronomy']], // science
  [['중력'], ['gravity']], // science
  [['에너지', '에너지원'], ['energy']], // science
  [['전력', '권력', '동력'], ['power']], // science
  [['전기', '전력'], ['electricity']], // science
  [['전력'], ['electric power']], // science
  [['재생에너지', '신재생에너지'], ['renewable energy']], // science
  [['신재생에너지'], ['new and renewable energy']], // science
  [['태양에너지', '태양광'], ['solar energy']], // science
  [['태양광 발전', '태양광'], ['solar power']], // science
  [['풍력', '풍력 발전'], ['wind power']], // science
  [['수력', '수력 발전'], ['hydropower']], // science
  [['원자력', '원자력 발전'], ['nuclear power']], // science
  [['원자력발전소', '원전'], ['nuclear power plant']], // science
  [['원자력', '원자력 에너지'], ['nuclear energy']], // science
  [['화력', '화력 발전'], ['thermal power']], // science
  [['지열 에너지', '지열'], ['geothermal energy']], // science
  [['수소'], ['hydrogen']], // science
  [['연료전지'], ['fuel cell']], // science
  [['배터리', '전지', '축전지'], ['battery']], // science
  [['이차전지'], ['secondary battery']], // science
  [['에너지저장장치', 'ESS'], ['energy storage system']], // science
  [['전력망'], ['power grid']], // science
  [['전력망', '격자', '그리드'], ['grid']], // science
  [['전류'], ['electric current']], // science
  [['전압'], ['voltage']], // science
  [['천연가스'], ['natural gas']], // science
  [['석탄'], ['coal']], // science
  [['원유'], ['crude oil']], // science
  [['화석연료'], ['fossil fuel']], // science
  [['에너지 효율'], ['energy efficiency']], // science
  [['에너지 절약'], ['energy saving']], // science
  [['난방'], ['heating']], // science
  [['냉방', '냉각'], ['cooling']], // science
  [['냉방', '에어컨'], ['air conditioning']], // science
  [['에어컨', '냉방기'], ['air conditioner']], // science
  [['히터', '난방기'], ['heater']], // science
  [['보일러'], ['boiler']], // science
  [['컴퓨터'], ['computer']], // science
  [['컴퓨팅', '계산'], ['computing']], // science
  [['노트북', '노트북 컴퓨터'], ['laptop']], // science
  [['태블릿', '정제'], ['tablet']], // science
  [['스마트폰'], ['smartphone']], // science
  [['휴대전화', '휴대폰'], ['mobile phone']], // science
  [['휴대전화', '휴대폰'], ['cell phone']], // science
  [['기기', '장치', '장비'], ['device']], // science
  [['하드웨어'], ['hardware']], // science
  [['소프트웨어'], ['software']], // science
  [['응용프로그램', '신청', '지원서', '적용'], ['application']], // science
  [['애플리케이션'], ['app']], // science
  [['운영체제'], ['operating system']], // science
  [['인터넷'], ['internet']], // science
  [['웹사이트', '홈페이지'], ['website']], // science
  [['홈페이지'], ['homepage']], // science
  [['웹페이지'], ['web page']], // science
  [['온라인'], ['online']], // science
  [['오프라인'], ['offline']], // science
  [['네트워크', '통신망'], ['network']], // science
  [['와이파이', '무선 인터넷'], ['Wi-Fi']], // science
  [['무선'], ['wireless']], // science
  [['초고속 인터넷', '광대역'], ['broadband']], // science
  [['5G', '5세대 이동통신'], ['5G']], // science
  [['서버'], ['server']], // science
  [['클라우드 컴퓨팅'], ['cloud computing']], // science
  [['데이터베이스', 'DB'], ['database']], // science
  [['빅데이터'], ['big data']], // science
  [['인공지능', 'AI'], ['artificial intelligence']], // science
  [['인공지능', 'AI'], ['AI']], // science
  [['기계학습', '머신러닝'], ['machine learning']], // science
  [['딥러닝', '심층학습'], ['deep learning']], // science
  [['알고리즘'], ['algorithm']], // science
  [['로봇'], ['robot']], // science
  [['로봇공학'], ['robotics']], // science
  [['자동화'], ['automation']], // science
  [['디지털'], ['digital']], // science
  [['디지털 전환'], ['digital transformation']], // science
  [['디지털화'], ['digitalization']], // science
  [['정보기술', 'IT'], ['information technology']], // science
  [['정보기술', 'IT'], ['IT']], // science
  [['정보통신기술', 'ICT'], ['ICT']], // science
  [['정보통신기술'], ['information and communications technology']], // science
  [['메타버스'], ['metaverse']], // science
  [['가상현실', 'VR'], ['virtual reality']], // science
  [['증강현실', 'AR'], ['augmented reality']], // science
  [['블록체인'], ['blockchain']], // science
  [['사물인터넷', 'IoT'], ['Internet of Things']], // science
  [['사물인터넷', 'IoT'], ['IoT']], // science
  [['사이버보안', '정보보안'], ['cybersecurity']], // science
  [['사이버보안'], ['cyber security']], // science
  [['해킹'], ['hacking']], // science
  [['비밀번호', '암호'], ['password']], // science
  [['로그인'], ['login']], // science
  [['파일', '서류철'], ['file']], // science
  [['폴더'], ['folder']], // science
  [['다운로드', '내려받기'], ['download']], // science
  [['업로드', '올리기'], ['upload']], // science
  [['화면', '스크린', '선별'], ['screen']], // science
  [['디스플레이', '화면', '표시', '전시'], ['display']], // science
  [['모니터'], ['monitor']], // science
  [['키보드', '자판'], ['keyboard']], // science
  [['마우스', '생쥐'], ['mouse']], // science
  [['프린터', '인쇄기'], ['printer']], // science
  [['스캐너'], ['scanner']], // science
  [['카메라', '사진기'], ['camera']], // science
  [['CCTV', '폐쇄회로 텔레비전'], ['CCTV']], // science
  [['센서', '감지기'], ['sensor']], // science
  [['반도체 칩'], ['chip']], // science
  [['반도체'], ['semiconductor']], // science
  [['전자', '전자공학', '전자제품'], ['electronics']], // science
  [['가전제품', '가전'], ['home appliance']], // science
  [['가전제품', '기기'], ['appliance']], // science
  [['기계'], ['machine']], // science
  [['기계', '기계류'], ['machinery']], // science
  [['엔진', '기관'], ['engine']], // science
  [['모터', '전동기'], ['motor']], // science
  [['자동차 부품'], ['auto parts']], // science
  [['바퀴'], ['wheel']], // science
  [['타이어'], ['tire']], // science
  [['타이어'], ['tyre']], // science
  [['브레이크', '제동장치'], ['brake']], // science
  [['핸들', '운전대'], ['steering wheel']], // science
  [['안전벨트'], ['seatbelt']], // science
  [['전조등', '헤드라이트'], ['headlight']], // science
  [['앞유리', '윈드실드'], ['windshield']], // science
  [['범퍼'], ['bumper']], // science
  [['차체', '섀시'], ['chassis']], // science
  [['변속기', '전송', '전파'], ['transmission']], // science
  [['에어백'], ['airbag']], // science
  [['계기판', '대시보드'], ['dashboard']], // science
  [['배기가스'], ['exhaust gas']], // science
  [['연비'], ['fuel efficiency']], // science
  [['화학물질', '화학'], ['chemical']], // science
  [['물질'], ['substance']], // science
  [['원소', '요소'], ['element']], // science
  [['원자'], ['atom']], // science
  [['분자'], ['molecule']], // science
  [['화합물', '단지'], ['compound']], // science
  [['반응'], ['reaction']], // science
  [['방사선', '복사'], ['radiation']], // science
  [['방사능'], ['radioactivity']], // science
  [['레이저'], ['laser']], // science
  [['조명'], ['light']], // science
  [['소리', '음향'], ['sound']], // science
  [['신호'], ['signal']], // science
  [['전자파'], ['electromagnetic wave']], // science
  [['생명공학', '바이오기술'], ['biotechnology']], // science
  [['바이오'], ['bio']], // science
  [['유전공학'], ['genetic engineering']], // science
  [['나노기술'], ['nanotechnology']], // science
  [['재료과학'], ['material science']], // science
  [['시제품', '원형', '프로토타입'], ['prototype']], // science
  [['테스트베드', '시험대'], ['test bed']], // science
  [['기술이전'], ['technology transfer']], // science
  [['지식재산', '지적재산'], ['intellectual property']], // science
  [['소스 코드'], ['source code']], // science
  [['오픈소스'], ['open source']], // science
  [['프로그래밍'], ['programming']], // science
  [['코딩'], ['coding']], // science
  [['개발자', '개발사'], ['developer']], // science
  [['개발', '발전', '발달'], ['development']], // science
  [['시스템', '체계', '제도'], ['system']], // science
  [['모델', '모형', '모범'], ['model']], // science
  [['시뮬레이션', '모의실험'], ['simulation']], // science
  [['디지털 트윈'], ['digital twin']], // science
  [['웨어러블 기기'], ['wearable device']], // science
  [['충전기'], ['charger']], // science
  [['문화'], ['culture']], // culture
  [['예술', '미술'], ['art']], // culture
  [['예술', '문화예술'], ['arts']], // culture
  [['미술', '순수미술'], ['fine arts']], // culture
  [['문화예술'], ['culture and arts']], // culture
  [['유산', '문화유산'], ['heritage']], // culture
  [['문화유산', '문화재'], ['cultural heritage']], // culture
  [['문화재'], ['cultural property']], // culture
  [['무형문화유산', '무형문화재'], ['intangible cultural heritage']], // culture
  [['전통'], ['tradition']], // culture
  [['관습', '풍습'], ['custom']], // culture
  [['민속'], ['folk']], // culture
  [['민속', '민간전승'], ['folklore']], // culture
  [['축제', '페스티벌'], ['festival']], // culture
  [['행사', '이벤트', '사건'], ['event']], // culture
  [['의식', '행사'], ['ceremony']], // culture
  [['개막식', '개회식'], ['opening ceremony']], // culture
  [['폐막식', '폐회식'], ['closing ceremony']], // culture
  [['시상식'], ['award ceremony']], // culture
  [['기념행사', '축하', '경축'], ['celebration']], // culture
  [['퍼레이드', '행진'], ['parade']], // culture
  [['불꽃놀이'], ['fireworks']], // culture
  [['전시', '전시회', '박람회'], ['exhibition']], // culture
  [['전시품', '전시물'], ['exhibit']], // culture
  [['소장품', '수집', '컬렉션', '징수'], ['collection']], // culture
  [['예술작품', '작품', '미술작품'], ['artwork']], // culture
  [['예술작품', '작품'], ['work of art']], // culture
  [['그림', '회화'], ['painting']], // culture
  [['그림', '소묘', '도면'], ['drawing']], // culture
  [['조각', '조각품'], ['sculpture']], // culture
  [['공예', '공예품'], ['craft']], // culture
  [['공예', '공예품'], ['crafts']], // culture
  [['도자기', '도예'], ['pottery']], // culture
  [['도자기', '도예'], ['ceramics']], // culture
  [['서예'], ['calligraphy']], // culture
  [['사진', '사진술'], ['photography']], // culture
  [['사진'], ['photo']], // culture
  [['사진'], ['photograph']], // culture
  [['그림', '사진'], ['picture']], // culture
  [['이미지', '영상', '그림'], ['image']], // culture
  [['삽화', '일러스트'], ['illustration']], // culture
  [['포스터', '벽보'], ['poster']], // culture
  [['패션', '유행'], ['fashion']], // culture
  [['의류', '의복'], ['clothing']], // culture
  [['의류'], ['clothes']], // culture
  [['전통 의상', '한복'], ['traditional costume']], // culture
  [['한복'], ['hanbok']], // culture
  [['음악'], ['music']], // culture
  [['노래'], ['song']], // culture
  [['콘서트', '음악회', '공연'], ['concert']], // culture
  [['악기'], ['musical instrument']], // culture
  [['악기', '기구', '도구'], ['instrument']], // culture
  [['피아노'], ['piano']], // culture
  [['바이올린'], ['violin']], // culture
  [['드럼'], ['drum']], // culture
  [['오케스트라', '관현악단'], ['orchestra']], // culture
  [['합창단', '성가대'], ['choir']], // culture
  [['밴드', '악단', '대역'], ['band']], // culture
  [['오페라'], ['opera']], // culture
  [['뮤지컬'], ['musical']], // culture
  [['클래식 음악', '고전 음악'], ['classical music']], // culture
  [['전통음악', '국악'], ['traditional music']], // culture
  [['국악'], ['Korean traditional music']], // culture
  [['대중음악'], ['pop music']], // culture
  [['케이팝', 'K-pop'], ['K-pop']], // culture
  [['앨범', '음반'], ['album']], // culture
  [['가사'], ['lyrics']], // culture
  [['선율', '멜로디'], ['melody']], // culture
  [['리듬'], ['rhythm']], // culture
  [['무용', '댄스'], ['dance']], // culture
  [['발레'], ['ballet']], // culture
  [['연극', '놀이', '희곡'], ['play']], // culture
  [['드라마', '연극'], ['drama']], // culture
  [['공연', '프로그램'], ['show']], // culture
  [['리허설', '예행연습'], ['rehearsal']], // culture
  [['오디션'], ['audition']], // culture
  [['대본', '각본', '스크립트'], ['script']], // culture
  [['시나리오', '각본'], ['scenario']], // culture
  [['영화', '필름'], ['film']], // culture
  [['영화'], ['movie']], // culture
  [['다큐멘터리', '기록 영화'], ['documentary']], // culture
  [['애니메이션', '만화 영화'], ['animation']], // culture
  [['만화', '카툰'], ['cartoon']], // culture
  [['만화', '코미디'], ['comic']], // culture
  [['웹툰'], ['webtoon']], // culture
  [['영화제'], ['film festival']], // culture
  [['상영', '선별', '검사'], ['screening']], // culture
  [['개봉', '초연', '시사회'], ['premiere']], // culture
  [['소설'], ['novel']], // culture
  [['이야기', '기사'], ['story']], // culture
  [['동화'], ['fairy tale']], // culture
  [['수필', '에세이', '논술'], ['essay']], // culture
  [['전기', '일대기'], ['biography']], // culture
  [['출판'], ['publishing']], // culture
  [['출판사', '발행인'], ['publisher']], // culture
  [['인쇄', '인쇄물', '출력'], ['print']], // culture
  [['미디어', '매체', '언론'], ['media']], // culture
  [['대중매체', '매스미디어'], ['mass media']], // culture
  [['언론', '보도', '기자단', '출판'], ['press']], // culture
  [['뉴스', '소식'], ['news']], // culture
  [['보도', '뉴스 보도'], ['news report']], // culture
  [['신문'], ['newspaper']], // culture
  [['잡지'], ['magazine']], // culture
  [['방송'], ['broadcast']], // culture
  [['방송'], ['broadcasting']], // culture
  [['방송국', '방송사'], ['broadcasting station']], // culture
  [['텔레비전', 'TV'], ['television']], // culture
  [['TV', '텔레비전'], ['TV']], // culture
  [['라디오', '무선'], ['radio']], // culture
  [['채널', '경로'], ['channel']], // culture
  [['회차', '에피소드', '일화'], ['episode']], // culture
  [['시리즈', '연속', '계열'], ['series']], // culture
  [['콘텐츠', '내용', '함량'], ['content']], // culture
  [['콘텐츠', '목차', '내용'], ['contents']], // culture
  [['동영상', '영상', '비디오'], ['video']], // culture
  [['클립', '영상'], ['clip']], // culture
  [['팟캐스트'], ['podcast']], // culture
  [['소셜미디어', 'SNS'], ['social media']], // culture
  [['SNS', '소셜네트워크서비스'], ['SNS']], // culture
  [['유튜브'], ['YouTube']], // culture
  [['인플루언서'], ['influencer']], // culture
  [['블로그'], ['blog']], // culture
  [['오락', '엔터테인먼트', '연예'], ['entertainment']], // culture
  [['연예계', '엔터테인먼트 산업'], ['entertainment industry']], // culture
  [['취미'], ['hobby']], // culture
  [['여가', '레저'], ['leisure']], // culture
  [['여가 활동'], ['leisure activity']], // culture
  [['레크리에이션', '오락', '휴양'], ['recreation']], // culture
  [['체험 프로그램'], ['experience program']], // culture
  [['체험'], ['hands-on experience']], // culture
  [['종교'], ['religion']], // culture
  [['불교'], ['Buddhism']], // culture
  [['기독교'], ['Christianity']], // culture
  [['천주교', '가톨릭'], ['Catholicism']], // culture
  [['유교'], ['Confucianism']], // culture
  [['신념', '믿음', '신앙'], ['belief']], // culture
  [['가치'], ['value']], // culture
  [['정체성', '신원'], ['identity']], // culture
  [['상징', '기호'], ['symbol']], // culture
  [['상징', '엠블럼', '휘장'], ['emblem']], // culture
  [['마스코트'], ['mascot']], // culture
  [['로고'], ['logo']], // culture
  [['한류'], ['Korean Wave']], // culture
  [['한류'], ['Hallyu']], // culture
  [['창작자', '크리에이터'], ['creator']], // culture
  [['창작', '창조', '생성'], ['creation']], // culture
  [['걸작', '명작'], ['masterpiece']], // culture
  [['저작권'], ['copyright']], // culture
  [['저작권료', '로열티', '왕족'], ['royalty']], // culture
  [['큐레이터', '학예사', '학예연구사'], ['curator']], // culture
  [['도슨트', '전시해설사'], ['docent']], // culture
  [['평론가', '비평가'], ['critic']], // culture
  [['검토', '평가', '리뷰', '비평'], ['review']], // culture
  [['수상', '시상'], ['award']], // culture
  [['상금', '경품'], ['prize']], // culture
  [['트로피', '우승컵'], ['trophy']], // culture
  [['대회', '경연', '공모전'], ['contest']], // culture
  [['장기자랑', '경연대회'], ['talent show']], // culture
  [['거리 공연', '버스킹'], ['street performance']], // culture
  [['버스킹', '거리 공연'], ['busking']], // culture
  [['스포츠', '운동', '체육'], ['sport']], // sports
  [['스포츠', '체육', '운동 경기'], ['sports']], // sports
  [['체육'], ['physical education']], // sports
  [['경기', '게임', '시합'], ['game']], // sports
  [['경기', '시합', '성냥'], ['match']], // sports
  [['대회', '토너먼트', '선수권 대회'], ['tournament']], // sports
  [['선수권 대회', '선수권', '우승'], ['championship']], // sports
  [['리그', '연맹'], ['league']], // sports
  [['올림픽'], ['Olympics']], // sports
  [['올림픽 경기 대회', '올림픽'], ['Olympic Games']], // sports
  [['패럴림픽'], ['Paralympics']], // sports
  [['월드컵'], ['World Cup']], // sports
  [['아시안게임', '아시아경기대회'], ['Asian Games']], // sports
  [['전국체육대회', '전국체전'], ['national sports festival']], // sports
  [['경주', '경기', '인종'], ['race']], // sports
  [['마라톤'], ['marathon']], // sports
  [['계주', '릴레이'], ['relay']], // sports
  [['단거리 경주'], ['sprint']], // sports
  [['달리기', '러닝', '운영'], ['running']], // sports
  [['조깅'], ['jogging']], // sports
  [['수영'], ['swimming']], // sports
  [['다이빙', '잠수'], ['diving']], // sports
  [['축구'], ['soccer']], // sports
  [['축구', '미식축구'], ['football']], // sports
  [['야구'], ['baseball']], // sports
  [['농구'], ['basketball']], // sports
  [['배구'], ['volleyball']], // sports
  [['테니스'], ['tennis']], // sports
  [['탁구'], ['table tennis']], // sports
  [['배드민턴'], ['badminton']], // sports
  [['골프'], ['golf']], // sports
  [['볼링'], ['bowling']], // sports
  [['스키'], ['skiing']], // sports
  [['스케이팅'], ['skating']], // sports
  [['피겨스케이팅'], ['figure skating']], // sports
  [['아이스하키'], ['ice hockey']], // sports
  [['하키'], ['hockey']], // sports
  [['핸드볼'], ['handball']], // sports
  [['럭비'], ['rugby']], // sports
  [['크리켓', '귀뚜라미'], ['cricket']], // sports
  [['권투', '복싱'], ['boxing']], // sports
  [['레슬링'], ['wrestling']], // sports
  [['씨름'], ['ssireum']], // sports
  [['유도'], ['judo']], // sports
  [['태권도'], ['taekwondo']], // sports
  [['무술', '무예'], ['martial arts']], // sports
  [['양궁', '궁술'], ['archery']], // sports
  [['사격', '총격', '촬영'], ['shooting']], // sports
  [['펜싱', '울타리'], ['fencing']], // sports
  [['체조'], ['gymnastics']], // sports
  [['육상', '육상 경기'], ['athletics']], // sports
  [['육상', '육상 경기'], ['track and field']], // sports
  [['역도'], ['weightlifting']], // sports
  [['조정'], ['rowing']], // sports
  [['요트', '항해'], ['sailing']], // sports
  [['서핑'], ['surfing']], // sports
  [['등반', '클라이밍'], ['climbing']], // sports
  [['암벽 등반'], ['rock climbing']], // sports
  [['철인 3종 경기'], ['triathlon']], // sports
  [['e스포츠', '이스포츠'], ['esports']], // sports
  [['e스포츠', '이스포츠'], ['e-sports']], // sports
  [['요가'], ['yoga']], // sports
  [['체력 단련', '피트니스'], ['fitness training']], // sports
  [['스트레칭'], ['stretching']], // sports
  [['운동'], ['workout']], // sports
  [['배트', '방망이', '박쥐'], ['bat']], // sports
  [['라켓'], ['racket']], // sports
  [['그물', '네트'], ['net']], // sports
  [['골대'], ['goalpost']], // sports
  [['유니폼', '제복'], ['uniform']], // sports
  [['유니폼', '운동복'], ['jersey']], // sports
  [['운동복', '스포츠웨어'], ['sportswear']], // sports
  [['운동화'], ['sneakers']], // sports
  [['메달', '훈장'], ['medal']], // sports
  [['금메달'], ['gold medal']], // sports
  [['은메달'], ['silver medal']], // sports
  [['동메달'], ['bronze medal']], // sports
  [['기록', '기록물'], ['record']], // sports
  [['세계 기록', '세계 신기록'], ['world record']], // sports
  [['신기록'], ['new record']], // sports
  [['순위', '랭킹'], ['ranking']], // sports
  [['순위', '계급', '등급'], ['rank']], // sports
  [['1위', '1등', '우승'], ['first place']], // sports
  [['승리', '우승'], ['victory']], // sports
  [['승리', '우승'], ['win']], // sports
  [['패배'], ['defeat']], // sports
  [['무승부', '추첨'], ['draw']], // sports
  [['동점', '무승부', '넥타이'], ['tie']], // sports
  [['결승', '결승전', '기말고사'], ['final']], // sports
  [['결승', '결승전'], ['finals']], // sports
  [['준결승'], ['semifinal']], // sports
  [['준준결승', '8강'], ['quarterfinal']], // sports
  [['예선'], ['preliminary round']], // sports
  [['예선', '예선 통과자'], ['qualifier']], // sports
  [['조별 리그', '조별 예선'], ['group stage']], // sports
  [['홈경기'], ['home game']], // sports
  [['원정 경기'], ['away game']], // sports
  [['하프타임', '중간 휴식'], ['half time']], // sports
  [['연장전'], ['extra time']], // sports
  [['벌칙', '페널티', '처벌', '과징금'], ['penalty']], // sports
  [['반칙', '파울'], ['foul']], // sports
  [['규칙', '규정', '통치'], ['rule']], // sports
  [['심판'], ['umpire']], // sports
  [['주장', '선장', '기장'], ['captain']], // sports
  [['국가대표팀', '대표팀'], ['national team']], // sports
  [['관중'], ['spectators']], // sports
  [['응원'], ['cheering']], // sports
  [['응원단'], ['cheering squad']], // sports
  [['스포츠클럽', '체육 동호회'], ['sports club']], // sports
  [['생활체육'], ['community sports']], // sports
  [['전지훈련', '훈련 캠프'], ['training camp']], // sports
  [['도핑', '금지약물 복용'], ['doping']], // sports
  [['페어플레이', '정정당당'], ['fair play']], // sports
  [['스포츠맨십', '스포츠 정신'], ['sportsmanship']], // sports
  [['보드게임'], ['board game']], // sports
  [['카드 게임'], ['card game']], // sports
  [['체스'], ['chess']], // sports
  [['바둑'], ['baduk']], // sports
  [['바둑'], ['go game']], // sports
  [['퍼즐', '수수께끼'], ['puzzle']], // sports
  [['비디오 게임', '게임'], ['video game']], // sports
  [['장난감', '완구'], ['toy']], // sports
  [['복권', '추첨'], ['lottery']], // sports
  [['추첨', '경품 추첨'], ['raffle']], // sports
  [['도박'], ['gambling']], // sports
  [['보물찾기'], ['treasure hunt']], // sports
  [['줄다리기'], ['tug of war']], // sports
  [['전통 놀이', '민속놀이'], ['traditional game']], // sports
  [['오락', '놀이'], ['amusement']], // sports
  [['경마'], ['horse racing']], // sports
  [['경륜'], ['bicycle racing']], // sports
  [['스키 슬로프', '슬로프'], ['ski slope']], // sports
  [['시즌권', '정기권'], ['season ticket']], // sports
  [['법률', '법학'], ['law']], // law
  [['법률', '법령'], ['laws']], // law
  [['법률', '입법', '법령'], ['legislation']], // law
  [['법률', '행위'], ['act']], // law
  [['법령', '법규', '성문법'], ['statute']], // law
  [['규정', '규제', '규칙'], ['regulation']], // law
  [['조례'], ['ordinance']], // law
  [['시행령', '법령', '명령'], ['decree']], // law
  [['시행령'], ['enforcement decree']], // law
  [['헌법'], ['constitution']], // law
  [['조항', '규정', '제공'], ['provision']], // law
  [['조항'], ['clause']], // law
  [['단락', '문단'], ['paragraph']], // law
  [['법적 근거'], ['legal basis']], // law
  [['법적', '합법적', '법률상'], ['legal']], // law
  [['불법', '불법적인'], ['illegal']], // law
  [['합법적', '적법한'], ['lawful']], // law
  [['정의', '사법'], ['justice']], // law
  [['대법원'], ['Supreme Court']], // law
  [['헌법재판소'], ['Constitutional Court']], // law
  [['재판', '시험', '시행'], ['trial']], // law
  [['소송'], ['lawsuit']], // law
  [['소송'], ['litigation']], // law
  [['판례'], ['case law']], // law
  [['판례', '선례', '전례'], ['precedent']], // law
  [['판결', '판단'], ['judgment']], // law
  [['판결', '결정'], ['ruling']], // law
  [['평결', '판결'], ['verdict']], // law
  [['항소', '상소', '호소', '이의신청'], ['appeal']], // law
  [['피고', '피고인'], ['defendant']], // law
  [['원고'], ['plaintiff']], // law
  [['피고인'], ['accused']], // law
  [['법률 자문', '법률 고문'], ['legal counsel']], // law
  [['법률구조', '법률 지원'], ['legal aid']], // law
  [['공증인'], ['notary']], // law
  [['범죄'], ['crime']], // law
  [['범죄', '위반', '반칙'], ['offense']], // law
  [['범죄', '위반'], ['offence']], // law
  [['위반', '침해'], ['violation']], // law
  [['침해', '위반'], ['infringement']], // law
  [['절도', '도난'], ['theft']], // law
  [['강도'], ['robbery']], // law
  [['절도', '주거침입 절도'], ['burglary']], // law
  [['살인'], ['murder']], // law
  [['살인'], ['homicide']], // law
  [['폭행', '습격'], ['assault']], // law
  [['폭력'], ['violence']], // law
  [['가정폭력'], ['domestic violence']], // law
  [['성폭력'], ['sexual violence']], // law
  [['성희롱'], ['sexual harassment']], // law
  [['괴롭힘', '희롱'], ['harassment']], // law
  [['학대', '남용', '오용'], ['abuse']], // law
  [['아동학대'], ['child abuse']], // law
  [['납치', '유괴'], ['kidnapping']], // law
  [['부패', '비리'], ['corruption']], // law
  [['뇌물', '뇌물 수수'], ['bribery']], // law
  [['뇌물'], ['bribe']], // law
  [['횡령'], ['embezzlement']], // law
  [['사기'], ['scam']], // law
  [['보이스피싱', '전화금융사기'], ['voice phishing']], // law
  [['피싱'], ['phishing']], // law
  [['사이버 범죄'], ['cybercrime']], // law
  [['밀수'], ['smuggling']], // law
  [['위조품', '위조'], ['counterfeit']], // law
  [['위조'], ['forgery']], // law
  [['방화'], ['arson']], // law
  [['테러', '테러리즘'], ['terrorism']], // law
  [['음주운전'], ['drunk driving']], // law
  [['뺑소니'], ['hit-and-run']], // law
  [['불법 주차'], ['illegal parking']], // law
  [['범죄 예방', '방범'], ['crime prevention']], // law
  [['수사', '조사'], ['investigation']], // law
  [['체포'], ['arrest']], // law
  [['구금', '구류', '억류'], ['detention']], // law
  [['교도소', '감옥'], ['prison']], // law
  [['교도소', '구치소', '감옥'], ['jail']], // law
  [['징역', '투옥', '구금'], ['imprisonment']], // law
  [['처벌', '형벌'], ['punishment']], // law
  [['제재', '처벌', '승인'], ['sanction']], // law
  [['사형'], ['death penalty']], // law
  [['보호관찰', '수습'], ['probation']], // law
  [['가석방'], ['parole']], // law
  [['사면'], ['pardon']], // law
  [['사면'], ['amnesty']], // law
  [['고발', '고소', '비난'], ['accusation']], // law
  [['고소', '민원', '불만'], ['complaint']], // law
  [['기소'], ['indictment']], // law
  [['기소', '검찰', '소추'], ['prosecution']], // law
  [['검찰청'], ["prosecutors' office"]], // law
  [['증언'], ['testimony']], // law
  [['알리바이'], ['alibi']], // law
  [['권리', '오른쪽'], ['right']], // law
  [['권리', '권익'], ['rights']], // law
  [['인권'], ['human rights']], // law
  [['시민권', '민권'], ['civil rights']], // law
  [['자유'], ['freedom']], // law
  [['자유'], ['liberty']], // law
  [['표현의 자유', '언론의 자유'], ['freedom of speech']], // law
  [['언론의 자유'], ['freedom of the press']], // law
  [['사생활', '개인정보', '프라이버시'], ['privacy']], // law
  [['개인정보'], ['personal information']], // law
  [['개인정보 보호', '데이터 보호'], ['data protection']], // law
  [['평등'], ['equality']], // law
  [['차별'], ['discrimination']], // law
  [['양성평등', '성평등'], ['gender equality']], // law
  [['공정성', '공정'], ['fairness']], // law
  [['존엄', '존엄성'], ['dignity']], // law
  [['복지'], ['welfare']], // law
  [['사회복지'], ['social welfare']], // law
  [['소비자 보호'], ['consumer protection']], // law
  [['재산권', '소유권'], ['property rights']], // law
  [['소유권', '소유'], ['ownership']], // law
  [['통행권', '통행 우선권'], ['right of way']], // law
  [['의무', '채무'], ['obligation']], // law
  [['손해배상', '손해배상금'], ['damages']], // law
  [['허가', '허가증'], ['permit']], // law
  [['허가', '허락', '승인'], ['permission']], // law
  [['승인', '인가', '허가'], ['approval']], // law
  [['인가', '허가', '승인'], ['authorization']], // law
  [['동의'], ['consent']], // law
  [['금지'], ['prohibition']], // law
  [['금지', '금지령'], ['ban']], // law
  [['제한', '규제'], ['restriction']], // law
  [['면제', '예외'], ['exemption']], // law
  [['예외'], ['exception']], // law
  [['요건', '요구사항', '필요조건'], ['requirement']], // law
  [['조건', '상태', '상황'], ['condition']], // law
  [['자격', '자격 요건'], ['eligibility']], // law
  [['절차', '과정'], ['procedure']], // law
  [['과정', '절차', '공정'], ['process']], // law
  [['관할', '관할권', '사법권'], ['jurisdiction']], // law
  [['분쟁', '논쟁'], ['dispute']], // law
  [['갈등', '충돌', '분쟁'], ['conflict']], // law
  [['조정', '중재'], ['mediation']], // law
  [['중재'], ['arbitration']], // law
  [['합의', '해결', '정착', '결산'], ['settlement']], // law
  [['화해', '조정', '대사'], ['reconciliation']], // law
  [['유죄'], ['guilty']], // law
  [['무죄', '결백'], ['innocence']], // law
  [['무죄 판결', '무죄'], ['acquittal']], // law
  [['법인', '법적 실체'], ['legal entity']], // law
  [['법인'], ['corporate body']], // law
  [['유언', '유언장', '의지'], ['will']], // law
  [['유언', '유언장'], ['testament']], // law
  [['인감', '도장', '봉인', '물개'], ['seal']], // law
  [['서명', '사인'], ['signature']], // law
  [['도장', '우표', '인지'], ['stamp']], // law
  [['신분증'], ['identity card']], // law
  [['신분증'], ['ID card']], // law
  [['주민등록'], ['resident registration']], // law
  [['주민등록증'], ['resident registration card']], // law
  [['주민등록번호'], ['resident registration number']], // law
  [['국적'], ['nationality']], // law
  [['시민권', '국적'], ['citizenship']], // law
  [['귀화'], ['naturalization']], // law
  [['체류 허가', '거주 허가'], ['residence permit']], // law
  [['순찰', '순찰대'], ['patrol']], // law
  [['안전망'], ['safety net']], // law
  [['공공질서', '치안'], ['public order']], // law
  [['법 집행', '법집행'], ['law enforcement']], // law
  [['적법 절차'], ['due process']], // law
  [['법치', '법치주의'], ['rule of law']], // law
  [['정부'], ['government']], // government
  [['중앙정부'], ['central government']], // government
  [['지방자치단체', '지자체', '지방정부'], ['local government']], // government
  [['지방자치'], ['local autonomy']], // government
  [['행정', '공공행정'], ['public administration']], // government
  [['공공부문'], ['public sector']], // government
  [['민간부문', '민간'], ['private sector']], // government
  [['공공기관'], ['public institution']], // government
  [['부처'], ['ministry']], // government
  [['정치'], ['politics']], // government
  [['정당'], ['political party']], // government
  [['정당', '당사자', '파티'], ['party']], // government
  [['여당'], ['ruling party']], // government
  [['야당'], ['opposition party']], // government
  [['야당', '반대'], ['opposition']], // government
  [['선거'], ['election']], // government
  [['투표'], ['vote']], // government
  [['투표'], ['voting']], // government
  [['유권자', '투표자'], ['voter']], // government
  [['투표용지', '투표'], ['ballot']], // government
  [['투표소'], ['polling station']], // government
  [['대통령 선거', '대선'], ['presidential election']], // government
  [['총선', '총선거'], ['general election']], // government
  [['지방선거'], ['local election']], // government
  [['캠페인', '선거운동', '운동'], ['campaign']], // government
  [['민주주의', '민주'], ['democracy']], // government
  [['공화국'], ['republic']], // government
  [['의회', '국회'], ['parliament']], // government
  [['국회'], ['National Assembly']], // government
  [['의회', '집회', '조립'], ['assembly']], // government
  [['의회', '위원회', '협의회'], ['council']], // government
  [['시의회'], ['city council']], // government
  [['위원회'], ['committee']], // government
  [['위원회', '수수료', '위탁'], ['commission']], // government
  [['국회의원', '입법자'], ['lawmaker']], // government
  [['입법자', '의원'], ['legislator']], // government
  [['의회', '회의'], ['congress']], // government
  [['정책', '방침'], ['policy']], // government
  [['공공정책'], ['public policy']], // government
  [['개혁', '개편'], ['reform']], // government
  [['계획', '이니셔티브', '발의', '주도'], ['initiative']], // government
  [['조치', '대책', '척도'], ['measure']], // government
  [['대책', '대응책'], ['countermeasure']], // government
  [['대응', '응답', '반응'], ['response']], // government
  [['지원', '지지', '후원'], ['support']], // government
  [['원조', '지원', '보조'], ['aid']], // government
  [['지원', '도움', '원조'], ['assistance']], // government
  [['공공서비스', '공무'], ['public service']], // government
  [['공무원 제도', '행정 서비스'], ['civil service']], // government
  [['민원'], ['civil complaint']], // government
  [['청원', '진정서'], ['petition']], // government
  [['여론'], ['public opinion']], // government
  [['공청회'], ['public hearing']], // government
  [['국민투표', '주민투표'], ['referendum']], // government
  [['외교'], ['diplomacy']], // government
  [['외교정책'], ['foreign policy']], // government
  [['외교', '외무'], ['foreign affairs']], // government
  [['국제관계'], ['international relations']], // government
  [['국제협력'], ['international cooperation']], // government
  [['조약'], ['treaty']], // government
  [['정상회담'], ['summit meeting']], // government
  [['대사관'], ['embassy']], // government
  [['영사관'], ['consulate']], // government
  [['대사'], ['ambassador']], // government
  [['외교관'], ['diplomat']], // government
  [['주권'], ['sovereignty']], // government
  [['독립'], ['independence']], // government
  [['통일'], ['unification']], // government
  [['통일', '재통일'], ['reunification']], // government
  [['국방'], ['national defense']], // government
  [['국방', '방어', '방위'], ['defense']], // government
  [['군대', '군사'], ['military']], // government
  [['육군', '군대'], ['army']], // government
  [['해군'], ['navy']], // government
  [['공군'], ['air force']], // government
  [['전쟁'], ['war']], // government
  [['평화'], ['peace']], // government
  [['휴전'], ['armistice']], // government
  [['휴전', '정전'], ['ceasefire']], // government
  [['국가안보'], ['national security']], // government
  [['동맹', '연합'], ['alliance']], // government
  [['제재'], ['sanctions']], // government
  [['위기'], ['crisis']], // government
  [['전국적', '전국'], ['nationwide']], // government
  [['공익'], ['public interest']], // government
  [['공공재정', '재정'], ['public finance']], // government
  [['재정정책'], ['fiscal policy']], // government
  [['통화정책'], ['monetary policy']], // government
  [['규제 완화'], ['deregulation']], // government
  [['균형발전'], ['balanced development']], // government
  [['지역 발전', '지역개발'], ['regional development']], // government
  [['도시재생'], ['urban regeneration']], // government
  [['도시계획'], ['urban planning']], // government
  [['사회보장'], ['social security']], // government
  [['기초연금'], ['basic pension']], // government
  [['기초생활보장'], ['basic livelihood security']], // government
  [['공공주택', '공공임대주택'], ['public housing']], // government
  [['임대주택'], ['rental housing']], // government
  [['재난관리'], ['disaster management']], // government
  [['민방위'], ['civil defense']], // government
  [['행정구역'], ['administrative district']], // government
  [['자치', '자율성'], ['autonomy']], // government
  [['분권', '지방분권'], ['decentralization']], // government
  [['투명성'], ['transparency']], // government
  [['책임성', '책무성'], ['accountability']], // government
  [['거버넌스', '통치', '협치'], ['governance']], // government
  [['참여', '참가'], ['participation']], // government
  [['시민 참여', '주민 참여'], ['citizen participation']], // government
  [['민관협력'], ['public-private partnership']], // government
  [['홍보', '공보'], ['public relations']], // government
  [['보도자료'], ['press release']], // government
  [['기자회견'], ['press conference']], // government
  [['대변인'], ['spokesperson']], // government
  [['국기'], ['national flag']], // government
  [['국가', '애국가'], ['national anthem']], // government
  [['독립운동'], ['independence movement']], // government
  [['애국자', '애국지사'], ['patriot']], // government
  [['애국심'], ['patriotism']], // government
  [['광복절'], ['Liberation Day']], // government
  [['제헌절'], ['Constitution Day']], // government
  [['현충일'], ['Memorial Day']], // government
  [['삼일절'], ['Independence Movement Day']], // government
  [['한글날'], ['Hangeul Day']], // government
  [['개천절'], ['National Foundation Day']], // government
  [['시위', '항의'], ['protest']], // government
  [['시위', '시연', '입증'], ['demonstration']], // government
  [['집회', '대회'], ['rally']], // government
  [['운동', '이동', '움직임'], ['movement']], // government
  [['활동가', '운동가'], ['activist']], // government
  [['시민단체'], ['civic group']], // government
  [['비정부기구', 'NGO'], ['non-governmental organization']], // government
  [['NGO', '비정부기구'], ['NGO']], // government
  [['비영리단체', '비영리법인'], ['nonprofit organization']], // government
  [['국제기구'], ['international organization']], // government
  [['국제연합', '유엔'], ['United Nations']], // government
  [['유엔', '국제연합'], ['UN']], // government
  [['유네스코'], ['UNESCO']], // government
  [['세계보건기구', 'WHO'], ['World Health Organization']], // government
  [['경제협력개발기구', 'OECD'], ['OECD']], // government
  [['유럽연합', 'EU'], ['EU']], // government
  [['유럽연합'], ['European Union']], // government
  [['G20', '주요 20개국'], ['G20']], // government
  [['개발도상국'], ['developing country']], // government
  [['선진국'], ['developed country']], // government
  [['공적개발원조', 'ODA'], ['official development assistance']], // government
  [['인도적 지원', '인도주의적 지원'], ['humanitarian aid']], // government
  [['소통', '의사소통', '통신', '커뮤니케이션'], ['communication']], // communication
  [['통신', '전기통신'], ['telecommunications']], // communication
  [['편지', '서한', '글자', '문자'], ['letter']], // communication
  [['우편', '우편물', '메일'], ['mail']], // communication
  [['우편', '게시물', '직위'], ['post']], // communication
  [['엽서'], ['postcard']], // communication
  [['봉투'], ['envelope']], // communication
  [['우편요금'], ['postage']], // communication
  [['우편번호'], ['postal code']], // communication
  [['우편번호'], ['zip code']], // communication
  [['이메일', '전자우편'], ['email']], // communication
  [['이메일', '전자우편'], ['e-mail']], // communication
  [['이메일 주소'], ['email address']], // communication
  [['메시지', '전언', '문자'], ['message']], // communication
  [['문자 메시지', '문자'], ['text message']], // communication
  [['전화', '전화기'], ['phone']], // communication
  [['전화', '전화기'], ['telephone']], // communication
  [['전화번호'], ['phone number']], // communication
  [['전화번호'], ['telephone number']], // communication
  [['전화 통화', '통화'], ['phone call']], // communication
  [['통화', '전화', '요청', '호출'], ['call']], // communication
  [['콜센터', '상담센터'], ['call center']], // communication
  [['핫라인', '상담전화', '직통전화'], ['hotline']], // communication
  [['상담전화', '도움전화'], ['helpline']], // communication
  [['연락', '연락처', '접촉'], ['contact']], // communication
  [['연락처'], ['contact information']], // communication
  [['문의', '조사'], ['inquiry']], // communication
  [['문의'], ['enquiry']], // communication
  [['질문', '문제', '문의'], ['question']], // communication
  [['답변', '대답', '정답'], ['answer']], // communication
  [['답장', '회신', '답변'], ['reply']], // communication
  [['피드백', '의견', '반응'], ['feedback']], // communication
  [['의견', '견해'], ['opinion']], // communication
  [['의견', '논평', '댓글'], ['comment']], // communication
  [['제안', '건의'], ['suggestion']], // communication
  [['제안', '제안서', '기획안'], ['proposal']], // communication
  [['요청', '요구', '신청'], ['request']], // communication
  [['초대', '초청', '초대장'], ['invitation']], // communication
  [['초청장', '초대장'], ['invitation letter']], // communication
  [['발표', '공고', '안내'], ['announcement']], // communication
  [['공고', '공지', '알림', '통지'], ['notice']], // communication
  [['공고', '공시'], ['public notice']], // communication
  [['통지', '알림', '통보'], ['notification']], // communication
  [['경보', '알람'], ['alarm']], // communication
  [['보도자료'], ['news release']], // communication
  [['정보', '안내'], ['information']], // communication
  [['안내', '지도', '지침'], ['guidance']], // communication
  [['지시', '설명', '안내'], ['instruction']], // communication
  [['설명', '해명'], ['explanation']], // communication
  [['설명', '묘사', '기술'], ['description']], // communication
  [['소개', '도입', '서론'], ['introduction']], // communication
  [['인사', '인사말'], ['greeting']], // communication
  [['환영사'], ['welcome speech']], // communication
  [['축사'], ['congratulatory speech']], // communication
  [['연설', '발언'], ['speech']], // communication
  [['강연', '대화', '이야기'], ['talk']], // communication
  [['대화'], ['conversation']], // communication
  [['논의', '토론', '토의'], ['discussion']], // communication
  [['토론', '논쟁'], ['debate']], // communication
  [['대화', '대담'], ['dialogue']], // communication
  [['간담회', '협의회'], ['consultation meeting']], // communication
  [['토크쇼', '대담'], ['talk show']], // communication
  [['설명회'], ['briefing session']], // communication
  [['설명회', '사업설명회'], ['information session']], // communication
  [['안내책자', '브로슈어', '소책자'], ['brochure']], // communication
  [['전단', '리플릿'], ['leaflet']], // communication
  [['전단지', '전단'], ['flyer']], // communication
  [['팜플렛', '소책자'], ['pamphlet']], // communication
  [['현수막', '배너'], ['banner']], // communication
  [['플래카드', '현수막'], ['placard']], // communication
  [['간판', '표지판'], ['signboard']], // communication
  [['게시판'], ['bulletin board']], // communication
  [['광고판', '옥외 광고판'], ['billboard']], // communication
  [['소식지', '뉴스레터'], ['newsletter']], // communication
  [['회보', '게시', '속보'], ['bulletin']], // communication
  [['헤드라인', '표제', '제목'], ['headline']], // communication
  [['번역', '통역'], ['translation']], // communication
  [['통역', '해석'], ['interpretation']], // communication
  [['통역사', '통역원'], ['interpreter']], // communication
  [['번역가', '번역자'], ['translator']], // communication
  [['수어', '수화'], ['sign language']], // communication
  [['자막', '부제'], ['subtitle']], // communication
  [['자막', '설명문', '캡션'], ['caption']], // communication
  [['점자'], ['braille']], // communication
  [['다국어'], ['multilingual']], // communication
  [['목소리', '음성', '의견'], ['voice']], // communication
  [['텍스트', '문자', '본문'], ['text']], // communication
  [['글쓰기', '작문'], ['writing']], // communication
  [['독서', '읽기', '판독'], ['reading']], // communication
  [['표현', '표정'], ['expression']], // communication
  [['몸짓', '제스처'], ['gesture']], // communication
  [['이모티콘'], ['emoticon']], // communication
  [['채팅', '대화'], ['chat']], // communication
  [['영상통화'], ['video call']], // communication
  [['화상회의'], ['video conference']], // communication
  [['온라인 회의', '화상회의'], ['online meeting']], // communication
  [['웨비나', '온라인 세미나'], ['webinar']], // communication
  [['생중계', '생방송'], ['live broadcast']], // communication
  [['실시간 방송', '라이브 스트리밍'], ['livestream']], // communication
  [['팩스', '팩시밀리'], ['fax']], // communication
  [['메신저', '전달자'], ['messenger']], // communication
  [['카카오톡'], ['KakaoTalk']], // communication
  [['QR코드', '큐알코드'], ['QR code']], // communication
  [['링크', '연결', '연계'], ['link']], // communication
  [['URL', '주소'], ['URL']], // communication
  [['해시태그'], ['hashtag']], // communication
  [['소문', '루머'], ['rumor']], // communication
  [['가짜뉴스', '허위 정보'], ['fake news']], // communication
  [['허위 정보', '잘못된 정보'], ['misinformation']], // communication
  [['허위 정보', '역정보'], ['disinformation']], // communication
  [['선전'], ['propaganda']], // communication
  [['홍보', '공개', '평판'], ['publicity']], // communication
  [['공고', '공표', '대국민 발표'], ['public announcement']], // communication
  [['공개', '공시', '폭로'], ['disclosure']], // communication
  [['확인', '확정'], ['confirmation']], // communication
  [['알림', '독촉장', '상기'], ['reminder']], // communication
  [['추천', '권고', '권장'], ['recommendation']], // communication
  [['조언', '충고', '자문'], ['advice']], // communication
  [['상담'], ['counseling']], // communication
  [['상담'], ['counselling']], // communication
  [['응답률'], ['response rate']], // communication
  [['응답자'], ['respondent']], // communication
  [['원스톱 서비스', '일괄 처리'], ['one-stop service']], // communication
  [['구호', '슬로건'], ['slogan']], // communication
  [['좌우명', '표어'], ['motto']], // communication
  [['측정', '계측', '치수'], ['measurement']], // measurement
  [['크기', '규모', '사이즈', '치수'], ['size']], // measurement
  [['치수', '차원', '규모'], ['dimension']], // measurement
  [['치수', '규격', '크기'], ['dimensions']], // measurement
  [['규모', '척도', '축척'], ['scale']], // measurement
  [['길이', '기간'], ['length']], // measurement
  [['너비'], ['width']], // measurement
  [['너비'], ['breadth']], // measurement
  [['높이', '신장'], ['height']], // measurement
  [['깊이', '수심'], ['depth']], // measurement
  [['두께'], ['thickness']], // measurement
  [['지름', '직경'], ['diameter']], // measurement
  [['반지름', '반경'], ['radius']], // measurement
  [['둘레', '원주'], ['circumference']], // measurement
  [['둘레', '주변'], ['perimeter']], // measurement
  [['무게', '중량', '체중'], ['weight']], // measurement
  [['질량', '대량', '덩어리'], ['mass']], // measurement
  [['연면적'], ['gross floor area']], // measurement
  [['부피', '용적', '음량'], ['volume']], // measurement
  [['용량', '수용 인원', '수용력', '역량'], ['capacity']], // measurement
  [['수용 인원', '좌석 수'], ['seating capacity']], // measurement
  [['하중', '적재량', '부하'], ['load']], // measurement
  [['거리'], ['distance']], // measurement
  [['속도', '속력'], ['speed']], // measurement
  [['속도'], ['velocity']], // measurement
  [['가속도', '가속'], ['acceleration']], // measurement
  [['섭씨'], ['degree Celsius']], // measurement
  [['섭씨'], ['Celsius']], // measurement
  [['화씨'], ['Fahrenheit']], // measurement
  [['압력', '기압', '압박'], ['pressure']], // measurement
  [['밀도'], ['density']], // measurement
  [['인구밀도'], ['population density']], // measurement
  [['농도', '집중'], ['concentration']], // measurement
  [['강도', '세기'], ['intensity']], // measurement
  [['강도', '세기'], ['strength']], // measurement
  [['규모', '크기', '진도'], ['magnitude']], // measurement
  [['수준', '정도', '단계'], ['level']], // measurement
  [['비율'], ['ratio']], // measurement
  [['비율', '비중'], ['proportion']], // measurement
  [['비율', '백분율', '퍼센트'], ['percentage']], // measurement
  [['퍼센트', '백분율'], ['percent']], // measurement
  [['퍼센트포인트', '%p'], ['percentage point']], // measurement
  [['분수', '일부'], ['fraction']], // measurement
  [['수량'], ['quantity']], // measurement
  [['숫자', '번호'], ['number']], // measurement
  [['개수', '집계'], ['count']], // measurement
  [['수치', '숫자', '그림', '인물'], ['figure']], // measurement
  [['합계', '총계', '전체'], ['total']], // measurement
  [['전체', '전반적', '종합'], ['overall']], // measurement
  [['총합', '총계'], ['sum total']], // measurement
  [['소계'], ['subtotal']], // measurement
  [['총계', '총합계'], ['grand total']], // measurement
  [['평균'], ['average']], // measurement
  [['평균'], ['mean']], // measurement
  [['중앙값', '중위수'], ['median']], // measurement
  [['방식', '모드', '최빈값'], ['mode']], // measurement
  [['최대', '최댓값', '최고'], ['maximum']], // measurement
  [['최소', '최솟값', '최저'], ['minimum']], // measurement
  [['범위', '거리'], ['range']], // measurement
  [['한도', '제한', '한계'], ['limit']], // measurement
  [['상한', '상한선'], ['upper limit']], // measurement
  [['하한', '하한선'], ['lower limit']], // measurement
  [['기준', '문턱', '임계값'], ['threshold']], // measurement
  [['증가', '인상', '상승'], ['increase']], // measurement
  [['감소', '하락', '인하'], ['decrease']], // measurement
  [['상승', '증가'], ['rise']], // measurement
  [['하락', '감소', '방울'], ['drop']], // measurement
  [['성장률', '증가율'], ['growth rate']], // measurement
  [['감소', '하락', '쇠퇴'], ['decline']], // measurement
  [['변화', '변경', '잔돈'], ['change']], // measurement
  [['차이'], ['difference']], // measurement
  [['격차', '차이'], ['gap']], // measurement
  [['추정', '추산'], ['estimation']], // measurement
  [['근삿값', '근사'], ['approximation']], // measurement
  [['정확도', '정확성'], ['accuracy']], // measurement
  [['정밀도', '정밀성'], ['precision']], // measurement
  [['오류', '오차', '실수'], ['error']], // measurement
  [['오차 범위', '오차 한계'], ['margin of error']], // measurement
  [['미터', '계량기'], ['meter']], // measurement
  [['미터'], ['metre']], // measurement
  [['센티미터'], ['centimeter']], // measurement
  [['밀리미터'], ['millimeter']], // measurement
  [['킬로미터'], ['kilometer']], // measurement
  [['킬로미터'], ['kilometre']], // measurement
  [['인치'], ['inch']], // measurement
  [['마일'], ['mile']], // measurement
  [['제곱미터', '평방미터'], ['square meter']], // measurement
  [['제곱킬로미터'], ['square kilometer']], // measurement
  [['헥타르'], ['hectare']], // measurement
  [['에이커'], ['acre']], // measurement
  [['그램'], ['gram']], // measurement
  [['킬로그램'], ['kilogram']], // measurement
  [['파운드'], ['pound']], // measurement
  [['리터'], ['liter']], // measurement
  [['리터'], ['litre']], // measurement
  [['밀리리터'], ['milliliter']], // measurement
  [['세제곱미터', '입방미터'], ['cubic meter']], // measurement
  [['와트'], ['watt']], // measurement
  [['킬로와트'], ['kilowatt']], // measurement
  [['킬로와트시'], ['kilowatt-hour']], // measurement
  [['메가와트'], ['megawatt']], // measurement
  [['볼트'], ['volt']], // measurement
  [['암페어'], ['ampere']], // measurement
  [['데시벨'], ['decibel']], // measurement
  [['바이트'], ['byte']], // measurement
  [['기가바이트'], ['gigabyte']], // measurement
  [['1인당'], ['per capita']], // measurement
  [['1인당'], ['per person']], // measurement
  [['두 배', '2배'], ['double']], // measurement
  [['절반'], ['half']], // measurement
  [['다스', '12개'], ['dozen']], // measurement
  [['대부분', '최다'], ['most']], // measurement
  [['소수', '몇몇'], ['few']], // measurement
  [['여러', '몇몇'], ['several']], // measurement
  [['배수', '다수'], ['multiple']], // measurement
  [['수십'], ['dozens']], // measurement
  [['수백'], ['hundreds']], // measurement
  [['수천'], ['thousands']], // measurement
  [['수만'], ['tens of thousands']], // measurement
  [['수백만'], ['millions']], // measurement
  [['10억', '십억'], ['billion']], // measurement
  [['100만', '백만'], ['million']], // measurement
  [['지수', '색인', '지표'], ['index']], // measurement
  [['지표', '표시기'], ['indicator']], // measurement
  [['통계', '통계치'], ['statistic']], // measurement
  [['대형'], ['large']], // measurement
  [['소형', '작은'], ['small']], // measurement
  [['중형', '중간', '매체'], ['medium']], // measurement
  [['대규모'], ['large-scale']], // measurement
  [['소규모'], ['small-scale']], // measurement
  [['짧은', '단기'], ['short']], // measurement
  [['장기', '장기적'], ['long-term']], // measurement
  [['단기', '단기적'], ['short-term']], // measurement
  [['중기', '중간고사'], ['mid-term']], // measurement
  [['높은'], ['high']], // measurement
  [['낮은'], ['low']], // measurement
  [['넓은', '광역'], ['wide']], // measurement
  [['좁은'], ['narrow']], // measurement
  [['무거운', '대형'], ['heavy']], // measurement
  [['경량', '가벼운'], ['lightweight']], // measurement
  [['깊은'], ['deep']], // measurement
  [['얕은'], ['shallow']], // measurement
  [['가득 찬', '전체', '만석'], ['full']], // measurement
  [['전체', '전부'], ['whole']], // measurement
  [['일부', '부분적'], ['partial']], // measurement
  [['전체'], ['entire']], // measurement
  [['누적', '누계'], ['cumulative']], // measurement
  [['누적'], ['accumulated']], // measurement
  [['전년 대비', '전년 동기 대비'], ['year-on-year']], // measurement
  [['1만', '일만'], ['ten thousand']], // measurement
  [['1억', '일억'], ['hundred million']], // measurement
  [['1조', '일조'], ['trillion']], // measurement
  [['표면적'], ['surface area']], // measurement
  [['대지면적', '부지 면적'], ['site area']], // measurement
  [['건축면적'], ['building area']], // measurement
  [['체중', '몸무게'], ['body weight']], // measurement
  [['인원수', '인원'], ['headcount']], // measurement
  [['모양', '형태', '형상'], ['shape']], // materials
  [['형태', '양식', '서식', '형식'], ['form']], // materials
  [['원형'], ['circle']], // materials
  [['직사각형', '사각형'], ['rectangle']], // materials
  [['삼각형'], ['triangle']], // materials
  [['타원', '타원형'], ['oval']], // materials
  [['구체', '구형'], ['sphere']], // materials
  [['정육면체', '입방체', '큐브'], ['cube']], // materials
  [['원통', '원기둥', '실린더'], ['cylinder']], // materials
  [['원뿔', '원추'], ['cone']], // materials
  [['피라미드', '각뿔'], ['pyramid']], // materials
  [['다각형'], ['polygon']], // materials
  [['육각형'], ['hexagon']], // materials
  [['곡선', '커브'], ['curve']], // materials
  [['직선'], ['straight line']], // materials
  [['각도'], ['angle']], // materials
  [['대각선'], ['diagonal']], // materials
  [['나선', '나선형'], ['spiral']], // materials
  [['십자', '십자가'], ['cross']], // materials
  [['화살표', '화살'], ['arrow']], // materials
  [['패턴', '무늬', '양식'], ['pattern']], // materials
  [['색상', '색깔'], ['color']], // materials
  [['색상', '색깔'], ['colour']], // materials
  [['빨간색', '빨강', '적색'], ['red']], // materials
  [['파란색', '파랑', '청색'], ['blue']], // materials
  [['초록색', '녹색'], ['green']], // materials
  [['노란색', '노랑', '황색'], ['yellow']], // materials
  [['흰색', '하얀색', '백색'], ['white']], // materials
  [['검은색', '검정', '흑색'], ['black']], // materials
  [['회색'], ['gray']], // materials
  [['회색'], ['grey']], // materials
  [['갈색'], ['brown']], // materials
  [['보라색', '자주색'], ['purple']], // materials
  [['분홍색', '핑크'], ['pink']], // materials
  [['황금', '금색'], ['gold']], // materials
  [['은색'], ['silver']], // materials
  [['청동'], ['bronze']], // materials
  [['재료', '자재', '소재', '자료'], ['material']], // materials
  [['자재', '재료', '자료'], ['materials']], // materials
  [['원료', '원자재'], ['raw material']], // materials
  [['건축자재', '건설자재'], ['building materials']], // materials
  [['금속'], ['metal']], // materials
  [['철강', '강철'], ['steel']], // materials
  [['구리'], ['copper']], // materials
  [['알루미늄'], ['aluminum']], // materials
  [['알루미늄'], ['aluminium']], // materials
  [['주석', '깡통'], ['tin']], // materials
  [['스테인리스강', '스테인리스'], ['stainless steel']], // materials
  [['플라스틱'], ['plastic']], // materials
  [['비닐'], ['vinyl']], // materials
  [['고무'], ['rubber']], // materials
  [['유리', '유리잔'], ['glass']], // materials
  [['판지', '골판지'], ['cardboard']], // materials
  [['목재'], ['timber']], // materials
  [['목재'], ['lumber']], // materials
  [['대나무'], ['bamboo']], // materials
  [['콘크리트'], ['concrete']], // materials
  [['시멘트'], ['cement']], // materials
  [['벽돌'], ['brick']], // materials
  [['타일', '기와'], ['tile']], // materials
  [['아스팔트'], ['asphalt']], // materials
  [['대리석'], ['marble']], // materials
  [['화강암'], ['granite']], // materials
  [['점토', '찰흙'], ['clay']], // materials
  [['직물', '원단'], ['fabric']], // materials
  [['섬유', '직물'], ['textile']], // materials
  [['면화', '목화', '면직물'], ['cotton']], // materials
  [['비단', '실크'], ['silk']], // materials
  [['양모'], ['wool']], // materials
  [['가죽', '피혁'], ['leather']], // materials
  [['밧줄', '로프'], ['rope']], // materials
  [['전선', '철사', '와이어'], ['wire']], // materials
  [['케이블', '전선'], ['cable']], // materials
  [['사슬', '체인'], ['chain']], // materials
  [['나사'], ['screw']], // materials
  [['볼트'], ['bolt']], // materials
  [['도구', '공구', '수단'], ['tool']], // materials
  [['도구', '공구'], ['tools']], // materials
  [['장비', '설비', '장치'], ['equipment']], // materials
  [['장치', '기구'], ['apparatus']], // materials
  [['장비', '기어'], ['gear']], // materials
  [['망치'], ['hammer']], // materials
  [['드릴', '훈련'], ['drill']], // materials
  [['사다리'], ['ladder']], // materials
  [['가위'], ['scissors']], // materials
  [['상자', '박스'], ['box']], // materials
  [['용기', '컨테이너', '그릇'], ['container']], // materials
  [['가방', '봉투', '봉지'], ['bag']], // materials
  [['비닐봉지'], ['plastic bag']], // materials
  [['종이봉투', '종이가방'], ['paper bag']], // materials
  [['바구니'], ['basket']], // materials
  [['양동이'], ['bucket']], // materials
  [['배럴'], ['barrel']], // materials
  [['탱크', '수조', '전차'], ['tank']], // materials
  [['포장', '패키지', '소포'], ['package']], // materials
  [['포장', '포장재'], ['packaging']], // materials
  [['포장'], ['wrapping']], // materials
  [['라벨', '표지', '상표'], ['label']], // materials
  [['태그', '꼬리표'], ['tag']], // materials
  [['가구'], ['furniture']], // materials
  [['침대', '병상'], ['bed']], // materials
  [['소파'], ['sofa']], // materials
  [['선반', '책꽂이'], ['shelf']], // materials
  [['캐비닛', '수납장', '내각'], ['cabinet']], // materials
  [['사물함'], ['locker']], // materials
  [['거울'], ['mirror']], // materials
  [['램프', '전등'], ['lamp']], // materials
  [['전구'], ['light bulb']], // materials
  [['손전등'], ['flashlight']], // materials
  [['양초'], ['candle']], // materials
  [['시계'], ['clock']], // materials
  [['시계', '손목시계'], ['watch']], // materials
  [['우산'], ['umbrella']], // materials
  [['열쇠', '핵심'], ['key']], // materials
  [['자물쇠', '잠금'], ['lock']], // materials
  [['텐트', '천막'], ['tent']], // materials
  [['매트', '돗자리'], ['mat']], // materials
  [['담요', '이불'], ['blanket']], // materials
  [['수건', '타월'], ['towel']], // materials
  [['베개'], ['pillow']], // materials
  [['카펫', '양탄자'], ['carpet']], // materials
  [['커튼'], ['curtain']], // materials
  [['마이크'], ['microphone']], // materials
  [['확성기', '스피커'], ['loudspeaker']], // materials
  [['프로젝터', '영사기'], ['projector']], // materials
  [['앰프', '증폭기'], ['amplifier']], // materials
  [['조명'], ['lighting']], // materials
  [['구명조끼'], ['life jacket']], // materials
  [['구명부표', '구명환'], ['lifebuoy']], // materials
  [['소화전'], ['fire hydrant']], // materials
  [['스프링클러'], ['sprinkler']], // materials
  [['연기 감지기', '화재감지기'], ['smoke detector']], // materials
  [['제세동기', '심장충격기'], ['defibrillator']], // materials
  [['자동심장충격기', '자동제세동기', 'AED'], ['AED']], // materials
  [['들것'], ['stretcher']], // materials
  [['휠체어'], ['wheelchair']], // materials
  [['목발'], ['crutch']], // materials
  [['유모차'], ['stroller']], // materials
  [['자판기', '자동판매기'], ['vending machine']], // materials
  [['크레인', '기중기', '두루미'], ['crane']], // materials
  [['지게차'], ['forklift']], // materials
  [['굴착기', '포클레인'], ['excavator']], // materials
  [['불도저'], ['bulldozer']], // materials
  [['발전기'], ['generator']], // materials
  [['펌프'], ['pump']], // materials
  [['밸브'], ['valve']], // materials
  [['필터', '여과기'], ['filter']], // materials
  [['냉장고'], ['refrigerator']], // materials
  [['냉동고'], ['freezer']], // materials
  [['세탁기'], ['washing machine']], // materials
  [['건조기'], ['dryer']], // materials
  [['전자레인지'], ['microwave']], // materials
  [['오븐'], ['oven']], // materials
  [['난로', '가스레인지'], ['stove']], // materials
  [['진공청소기'], ['vacuum cleaner']], // materials
  [['공기청정기'], ['air purifier']], // materials
  [['가습기'], ['humidifier']], // materials
  [['제습기'], ['dehumidifier']], // materials
  [['정수기'], ['water purifier']], // materials
  [['키트', '도구 세트', '용품'], ['kit']], // materials
  [['용품', '물품', '비품'], ['supplies']], // materials
  [['사무용품'], ['office supplies']], // materials
  [['소모품'], ['consumables']], // materials
  [['부품', '부분', '일부'], ['part']], // materials
  [['구성 요소', '부품', '요소'], ['component']], // materials
  [['액세서리', '부속품'], ['accessory']], // materials
  [['프레임', '액자', '뼈대'], ['frame']], // materials
  [['패널', '토론단'], ['panel']], // materials
  [['게시판', '이사회', '위원회'], ['board']], // materials
  [['시트'], ['sheet']], // materials
  [['기둥', '장대'], ['pole']], // materials
  [['기둥'], ['pillar']], // materials
  [['기둥', '칼럼'], ['column']], // materials
  [['들보', '광선'], ['beam']], // materials
  [['표면'], ['surface']], // materials
  [['질감', '감촉'], ['texture']], // materials
  [['고체'], ['solid']], // materials
  [['액체'], ['liquid']], // materials
  [['기체', '가스'], ['gas']], // materials
  [['가루', '분말'], ['powder']], // materials
  [['거품'], ['foam']], // materials
  [['문서', '서류', '자료'], ['document']], // documents
  [['서류', '문서'], ['documents']], // documents
  [['서류', '서류 작업'], ['paperwork']], // documents
  [['보고서', '보고', '보도', '신고'], ['report']], // documents
  [['연차보고서', '연례 보고서'], ['annual report']], // documents
  [['백서'], ['white paper']], // documents
  [['신청서', '지원서'], ['application form']], // documents
  [['양식', '서식', '템플릿'], ['template']], // documents
  [['지침', '가이드라인'], ['guideline']], // documents
  [['지침', '가이드라인'], ['guidelines']], // documents
  [['안내서', '가이드북', '안내 책자'], ['guidebook']], // documents
  [['매뉴얼', '설명서', '편람', '안내서'], ['manual']], // documents
  [['편람', '안내서', '핸드북'], ['handbook']], // documents
  [['사용설명서', '사용자 매뉴얼'], ['user manual']], // documents
  [['사용 설명서', '사용법'], ['instructions for use']], // documents
  [['공모', '제안 요청', '사업 공고'], ['call for proposals']], // documents
  [['제안요청서', 'RFP'], ['request for proposal']], // documents
  [['기본계획'], ['basic plan']], // documents
  [['종합계획', '마스터플랜', '기본계획'], ['master plan']], // documents
  [['실행계획', '추진계획'], ['action plan']], // documents
  [['시행계획', '추진계획'], ['implementation plan']], // documents
  [['로드맵', '이행안'], ['roadmap']], // documents
  [['회의록'], ['minutes']], // documents
  [['회의록'], ['meeting minutes']], // documents
  [['메모', '비망록'], ['memo']], // documents
  [['양해각서', '메모', '비망록'], ['memorandum']], // documents
  [['양해각서', 'MOU'], ['memorandum of understanding']], // documents
  [['업무협약', '양해각서', 'MOU'], ['MOU']], // documents
  [['공문', '공문서'], ['official document']], // documents
  [['재직증명서'], ['certificate of employment']], // documents
  [['서약', '서약서', '공약'], ['pledge']], // documents
  [['선서', '서약'], ['oath']], // documents
  [['동의서'], ['consent form']], // documents
  [['추천서'], ['letter of recommendation']], // documents
  [['자기소개서', '커버레터'], ['cover letter']], // documents
  [['자기소개', '자기소개서'], ['self-introduction']], // documents
  [['자기소개서'], ['personal statement']], // documents
  [['포트폴리오', '작품집'], ['portfolio']], // documents
  [['이력서'], ['curriculum vitae']], // documents
  [['이력서'], ['CV']], // documents
  [['성적증명서', '녹취록', '기록'], ['transcript']], // documents
  [['증빙서류', '구비서류', '첨부서류'], ['supporting documents']], // documents
  [['제출서류', '구비서류'], ['required documents']], // documents
  [['제출', '제출물'], ['submission']], // documents
  [['첨부', '첨부파일', '첨부 문서'], ['attachment']], // documents
  [['부록', '별첨'], ['appendix']], // documents
  [['부속서', '별첨', '부록'], ['annex']], // documents
  [['부록', '추가 조항'], ['addendum']], // documents
  [['동봉물', '동봉 서류'], ['enclosure']], // documents
  [['보충', '부록', '보충제'], ['supplement']], // documents
  [['도표', '탁자', '테이블'], ['table']], // documents
  [['도표', '차트', '그래프'], ['chart']], // documents
  [['그래프', '도표'], ['graph']], // documents
  [['도표', '도식', '다이어그램'], ['diagram']], // documents
  [['인포그래픽'], ['infographic']], // documents
  [['순서도', '흐름도'], ['flowchart']], // documents
  [['조직도'], ['organization chart']], // documents
  [['조직도'], ['organizational chart']], // documents
  [['항목', '품목', '물품'], ['item']], // documents
  [['목록', '명단', '리스트'], ['list']], // documents
  [['점검표', '체크리스트'], ['checklist']], // documents
  [['재고', '목록', '명세서'], ['inventory']], // documents
  [['목록', '카탈로그'], ['catalog']], // documents
  [['목록', '카탈로그'], ['catalogue']], // documents
  [['목차', '차례'], ['table of contents']], // documents
  [['제목', '명칭', '칭호', '타이틀'], ['title']], // documents
  [['제목', '표제'], ['heading']], // documents
  [['챕터'], ['chapter']], // documents
  [['페이지'], ['page']], // documents
  [['표지', '덮개', '보장'], ['cover']], // documents
  [['서문', '머리말'], ['preface']], // documents
  [['서문', '머리말'], ['foreword']], // documents
  [['본문'], ['main text']], // documents
  [['결론', '결말'], ['conclusion']], // documents
  [['요약', '개요', '요약문'], ['summary']], // documents
  [['초록', '요약', '추상적인'], ['abstract']], // documents
  [['개요', '개관'], ['overview']], // documents
  [['개요', '윤곽', '골자'], ['outline']], // documents
  [['배경'], ['background']], // documents
  [['맥락', '배경', '상황'], ['context']], // documents
  [['각주'], ['footnote']], // documents
  [['미주'], ['endnote']], // documents
  [['참고', '비고', '메모', '주석'], ['note']], // documents
  [['비고', '발언', '소견'], ['remarks']], // documents
  [['주석', '주해'], ['annotation']], // documents
  [['비교', '대조'], ['comparison']], // documents
  [['대조', '대비'], ['contrast']], // documents
  [['예시', '사례'], ['example']], // documents
  [['사례', '경우'], ['instance']], // documents
  [['정의'], ['definition']], // documents
  [['용어', '전문용어'], ['terminology']], // documents
  [['용어집', '용어 해설'], ['glossary']], // documents
  [['약어', '줄임말'], ['abbreviation']], // documents
  [['약어', '두문자어'], ['acronym']], // documents
  [['기준', '평가 기준'], ['criteria']], // documents
  [['기준'], ['criterion']], // documents
  [['평가기준', '심사기준'], ['evaluation criteria']], // documents
  [['평가', '심사'], ['evaluation']], // documents
  [['평가', '사정'], ['assessment']], // documents
  [['선정', '선발', '선택'], ['selection']], // documents
  [['예산서'], ['budget statement']], // documents
  [['내역', '명세', '고장', '분류'], ['breakdown']], // documents
  [['세부사항', '상세 내용', '내역'], ['details']], // documents
  [['세부 사항', '세부'], ['detail']], // documents
  [['버전', '개정판'], ['version']], // documents
  [['에디션'], ['edition']], // documents
  [['개정', '수정', '변경'], ['revision']], // documents
  [['개정', '수정안', '개정안'], ['amendment']], // documents
  [['초안', '초고'], ['draft']], // documents
  [['사본', '복사본'], ['copy']], // documents
  [['원본', '원작'], ['original']], // documents
  [['사본', '중복'], ['duplicate']], // documents
  [['기록보관소', '아카이브', '보관 자료'], ['archive']], // documents
  [['기록', '기록물', '문서'], ['records']], // documents
  [['명부', '대장', '등록부'], ['register']], // documents
  [['명단', '명부'], ['roster']], // documents
  [['명부', '안내 책자', '디렉터리'], ['directory']], // documents
  [['빈칸', '공란', '여백'], ['blank']], // documents
  [['입장', '항목', '기재', '응모'], ['entry']], // documents
  [['일련번호'], ['serial number']], // documents
  [['참조번호', '문서번호'], ['reference number']], // documents
  [['코드', '부호', '규정', '법전'], ['code']], // documents
  [['PDF', '피디에프'], ['PDF']], // documents
  [['스프레드시트', '표 계산'], ['spreadsheet']], // documents
  [['현황', '상태', '지위'], ['status']], // documents
  [['추세', '동향', '경향', '트렌드'], ['trend']], // documents
  [['전망'], ['outlook']], // documents
  [['전망', '가능성'], ['prospect']], // documents
  [['시사점', '함의', '영향'], ['implication']], // documents
  [['권고 사항', '제언'], ['recommendations']], // documents
  [['개선', '향상'], ['improvement']], // documents
  [['문제', '문제점'], ['problem']], // documents
  [['쟁점', '문제', '이슈', '발행'], ['issue']], // documents
  [['해결책', '해결 방안', '솔루션'], ['solution']], // documents
  [['대안'], ['alternative']], // documents
  [['원인', '이유', '대의'], ['cause']], // documents
  [['효과', '영향', '결과'], ['effect']], // documents
  [['영향', '충격', '효과'], ['impact']], // documents
  [['이유', '사유', '원인'], ['reason']], // documents
  [['근거', '기초', '기반'], ['basis']], // documents
  [['원칙', '원리'], ['principle']], // documents
  [['범위', '대상'], ['scope']], // documents
  [['문의처', '문의'], ['inquiries']], // documents
  [['담당자'], ['person in charge']], // documents
];
