/**
 * The words an English question measures with, mapped to the Korean nouns a document states: the
 * adjectives and adverbs of measure and degree ("tall" -> 높이, "deep" -> 깊이, "minimum" -> 최소)
 * and the things a Korean counter counts ("floors" -> 층). Where the general list (general-terms.ts)
 * gives "deep" as the adjective 깊은, a question asking "how deep" is answered by a document's 깊이.
 * These are the measure, degree and counter lines of a vocabulary written from general knowledge by
 * a writer who read no document, no code and no question set (thirteenth session; the brief is in
 * docs/vocabulary-prompts.md, "Brief: bilingual-questions"), without Korean forms of one syllable
 * (they match inside unrelated words) and without question words ("how much" names no noun). Its
 * verbs and everyday nouns were left out: added too, they answered more of the questions the
 * uploads cannot answer (docs/answers.md, thirteenth session). Each entry is [Korean forms,
 * English forms], the commonest first, with its field.
 */
export const QUESTION_TERMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['높이', '신장'],
    ['tall', 'taller', 'tallest'],
  ], // measure
  [
    ['높이', '고도'],
    ['high', 'higher', 'highest'],
  ], // measure
  [['높이', '신장', '고도'], ['height']], // measure
  [['고도', '해발'], ['altitude']], // measure
  [['고도', '해발', '표고'], ['elevation']], // measure
  [
    ['너비', '가로', '폭원'],
    ['wide', 'wider', 'widest'],
  ], // measure
  [['너비', '가로'], ['width']], // measure
  [['너비', '광역'], ['broad']], // measure
  [
    ['너비', '협소'],
    ['narrow', 'narrower', 'narrowest'],
  ], // measure
  [
    ['거리', '원거리'],
    ['far', 'farther', 'farthest'],
  ], // measure
  [['거리', '이격거리'], ['distance']], // measure
  [
    ['깊이', '수심'],
    ['deep', 'deeper', 'deepest'],
  ], // measure
  [['깊이', '수심'], ['depth']], // measure
  [['깊이', '수심'], ['shallow']], // measure
  [
    ['온도', '기온', '폭염'],
    ['hot', 'hotter', 'hottest'],
  ], // measure
  [
    ['기온', '온도', '한파'],
    ['cold', 'colder', 'coldest'],
  ], // measure
  [
    ['기온', '온도'],
    ['warm', 'warmer', 'warmest'],
  ], // measure
  [
    ['기온', '온도', '냉방'],
    ['cool', 'cooler', 'coolest'],
  ], // measure
  [['온도', '기온'], ['temperature']], // measure
  [['습도'], ['humid', 'humidity']], // measure
  [
    ['무게', '중량'],
    ['heavy', 'heavier', 'heaviest'],
  ], // measure
  [['무게', '중량', '가중치'], ['weight']], // measure
  [['경량'], ['lightweight']], // measure
  [
    ['길이', '기간', '장기'],
    ['long', 'longer', 'longest'],
  ], // measure
  [['길이', '연장'], ['length']], // measure
  [
    ['길이', '단기'],
    ['short', 'shorter', 'shortest'],
  ], // measure
  [
    ['규모', '크기', '대형'],
    ['big', 'bigger', 'biggest'],
  ], // measure
  [
    ['규모', '크기', '대형'],
    ['large', 'larger', 'largest'],
  ], // measure
  [
    ['규모', '크기', '소형'],
    ['small', 'smaller', 'smallest'],
  ], // measure
  [['크기', '규모', '사이즈'], ['size']], // measure
  [
    ['대규모', '대형'],
    ['huge', 'massive'],
  ], // measure
  [['소규모', '초소형'], ['tiny']], // measure
  [['규모', '척도'], ['scale']], // measure
  [['대규모'], ['large-scale']], // measure
  [['소규모'], ['small-scale']], // measure
  [
    ['소수', '개수'],
    ['few', 'fewer', 'fewest'],
  ], // measure
  [['금액', '규모', '분량', '양적'], ['amount']], // measure
  [
    ['수량', '물량'],
    ['quantity', 'quantities'],
  ], // measure
  [['용량', '부피', '물량', '규모'], ['volume']], // measure
  [['수용인원', '정원', '용량', '규모'], ['capacity']], // measure
  [['면적', '지역', '구역'], ['area']], // measure
  [['연면적', '바닥면적'], ['floor area']], // measure
  [['면적', '규모'], ['spacious']], // measure
  [
    ['연령', '나이', '노후', '연식'],
    ['old', 'older', 'oldest'],
  ], // measure
  [['연령', '나이'], ['age']], // measure
  [['연령', '세 이상'], ['aged']], // measure
  [
    ['연령', '청년', '청소년'],
    ['young', 'younger', 'youngest'],
  ], // measure
  [
    ['신규', '신설', '최신'],
    ['new', 'newer', 'newest'],
  ], // degree
  [
    ['속도', '신속', '고속'],
    ['fast', 'faster', 'fastest'],
  ], // measure
  [
    ['신속', '속도'],
    ['quick', 'quicker', 'quickest'],
  ], // measure
  [['신속', '조속'], ['quickly']], // degree
  [
    ['속도', '지연', '저속'],
    ['slow', 'slower', 'slowest'],
  ], // measure
  [['속도', '속력'], ['speed']], // measure
  [
    ['급속', '신속', '급증'],
    ['rapid', 'rapidly'],
  ], // degree
  [
    ['빈도', '수시', '빈번'],
    ['frequent', 'frequently'],
  ], // degree
  [['빈도', '주기', '주파수'], ['frequency']], // measure
  [['빈도', '횟수'], ['often']], // degree
  [
    ['희귀', '드묾'],
    ['rare', 'rarely'],
  ], // degree
  [
    ['강도', '세기'],
    ['strong', 'stronger', 'strongest'],
  ], // measure
  [['강도', '세기', '강점'], ['strength']], // measure
  [
    ['강도', '약화', '취약'],
    ['weak', 'weaker', 'weakest'],
  ], // measure
  [
    ['소음', '음량'],
    ['loud', 'louder', 'loudest'],
  ], // measure
  [['소음'], ['noisy']], // measure
  [['소음'], ['noise']], // measure
  [['소음', '정숙'], ['quiet']], // measure
  [
    ['밝기', '조도', '휘도'],
    ['bright', 'brighter', 'brightest'],
  ], // measure
  [['밝기', '휘도'], ['brightness']], // measure
  [['두께'], ['thick', 'thicker', 'thickest']], // measure
  [['두께'], ['thin', 'thinner', 'thinnest']], // measure
  [['두께'], ['thickness']], // measure
  [
    ['경사', '경사도'],
    ['steep', 'steeper'],
  ], // measure
  [['경사', '경사도', '비탈면'], ['slope']], // measure
  [['정확도', '정확성'], ['accurate']], // degree
  [['정밀도', '정확도'], ['precise']], // degree
  [['신뢰도', '신뢰성'], ['reliable']], // degree
  [
    ['안전', '안전성'],
    ['safe', 'safer', 'safest'],
  ], // degree
  [['위험', '위험성'], ['dangerous']], // degree
  [['위험', '위험도'], ['risky']], // degree
  [['유해', '위험'], ['hazardous']], // degree
  [['유해', '위해'], ['harmful']], // degree
  [['인기', '선호도'], ['popular']], // degree
  [['인기', '선호도'], ['popularity']], // degree
  [
    ['선호', '선호도'],
    ['preference', 'preferences'],
  ], // degree
  [['만족도', '만족'], ['satisfied']], // degree
  [
    ['불만', '불만족'],
    ['dissatisfied', 'dissatisfaction'],
  ], // degree
  [['효과', '실효성', '효과적'], ['effective']], // degree
  [['효율', '효율성', '효율적'], ['efficient']], // degree
  [['생산성'], ['productive', 'productivity']], // degree
  [['지속가능', '지속가능성'], ['sustainable']], // degree
  [
    ['최대', '최고', '상한'],
    ['maximum', 'max'],
  ], // degree
  [
    ['최소', '최저', '하한'],
    ['minimum', 'min'],
  ], // degree
  [['이상', '최소'], ['at least']], // degree
  [['이하', '최대'], ['at most']], // degree
  [['이상', '초과'], ['more than']], // degree
  [['미만', '이하'], ['less than']], // degree
  [['미만', '이하'], ['fewer than']], // degree
  [['이상', '초과'], ['above']], // degree
  [['이하', '미만'], ['below']], // degree
  [['최대', '이내'], ['up to']], // degree
  [['이내'], ['within']], // degree
  [['초과'], ['exceed', 'exceeds', 'exceeded', 'exceeding']], // degree
  [['초과', '초과분'], ['excess']], // degree
  [
    ['대략', '내외', '정도'],
    ['approximately', 'approx'],
  ], // degree
  [['대략', '정도'], ['roughly']], // degree
  [
    ['거의', '육박'],
    ['nearly', 'almost'],
  ], // degree
  [['평균'], ['average', 'averages', 'averaged']], // measure
  [['평균값', '평균'], ['mean value']], // measure
  [['중앙값', '중위'], ['median']], // measure
  [
    ['합계', '총계', '총액', '전체'],
    ['total', 'totals', 'totaled', 'totalled'],
  ], // measure
  [['합계', '총합'], ['sum']], // measure
  [['전체', '종합', '총괄'], ['overall']], // degree
  [
    ['전체', '전부'],
    ['entire', 'entirely'],
  ], // degree
  [['전체', '전부'], ['whole']], // degree
  [
    ['일부', '부분'],
    ['partial', 'partly', 'partially'],
  ], // degree
  [
    ['퍼센트', '비율'],
    ['percent', 'per cent'],
  ], // measure
  [['비율', '백분율'], ['percentage']], // measure
  [
    ['퍼센트포인트', '포인트'],
    ['percentage point', 'percentage points'],
  ], // measure
  [['비율', '요율', '비중'], ['rate']], // measure
  [['비율', '비중'], ['ratio']], // measure
  [['비중', '비율'], ['proportion']], // measure
  [['점유율', '시장점유율'], ['market share']], // measure
  [
    ['증가', '상승', '확대'],
    ['increase', 'increases', 'increased', 'increasing'],
  ], // degree
  [
    ['상승', '증가'],
    ['rise', 'rises', 'rose', 'risen', 'rising'],
  ], // degree
  [
    ['성장', '증가'],
    ['grow', 'grows', 'grew', 'grown', 'growing'],
  ], // degree
  [['성장', '증가', '성장률'], ['growth']], // degree
  [['성장률', '증가율'], ['growth rate']], // measure
  [
    ['감소', '하락', '축소'],
    ['decrease', 'decreases', 'decreased', 'decreasing'],
  ], // degree
  [
    ['감소', '하락'],
    ['decline', 'declines', 'declined', 'declining'],
  ], // degree
  [
    ['하락', '감소'],
    ['drop', 'drops', 'dropped', 'dropping'],
  ], // degree
  [
    ['감축', '절감', '축소', '감소'],
    ['reduce', 'reduces', 'reduced', 'reducing'],
  ], // degree
  [
    ['감축', '절감', '감소'],
    ['reduction', 'reductions'],
  ], // degree
  [
    ['확대', '확장', '확충'],
    ['expand', 'expands', 'expanded', 'expanding'],
  ], // degree
  [['확대', '확장', '확충'], ['expansion']], // degree
  [
    ['2배', '배증'],
    ['double', 'doubles', 'doubled', 'doubling'],
  ], // degree
  [['2배', '두 번'], ['twice']], // degree
  [['3배'], ['triple', 'triples', 'tripled', 'tripling']], // degree
  [['절반', '2분의 1'], ['half']], // measure
  [['상위', '최고', '1위'], ['top']], // degree
  [['최저', '최하위'], ['lowest']], // degree
  [
    ['인하', '하향'],
    ['lower', 'lowers', 'lowered', 'lowering'],
  ], // degree
  [
    ['인상', '상향'],
    ['raise', 'raises', 'raised', 'raising'],
  ], // degree
  [['변동'], ['fluctuate', 'fluctuates', 'fluctuated', 'fluctuating']], // degree
  [
    ['변동', '등락'],
    ['fluctuation', 'fluctuations'],
  ], // degree
  [
    ['급증', '급등'],
    ['surge', 'surges', 'surged', 'surging'],
  ], // degree
  [
    ['급등', '급증'],
    ['soar', 'soars', 'soared', 'soaring'],
  ], // degree
  [
    ['급감', '급락'],
    ['plunge', 'plunges', 'plunged', 'plunging'],
  ], // degree
  [
    ['축소', '감소'],
    ['shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking'],
  ], // degree
  [
    ['꾸준', '지속'],
    ['steady', 'steadily'],
  ], // degree
  [
    ['점진', '단계적'],
    ['gradual', 'gradually'],
  ], // degree
  [
    ['상당', '유의', '대폭'],
    ['significant', 'significantly'],
  ], // degree
  [
    ['소폭', '다소'],
    ['slight', 'slightly'],
  ], // degree
  [
    ['급격', '대폭'],
    ['sharp', 'sharply'],
  ], // degree
  [
    ['급격', '대폭'],
    ['dramatic', 'dramatically'],
  ], // degree
  [
    ['상당', '대폭'],
    ['substantial', 'substantially'],
  ], // degree
  [['상당'], ['considerable', 'considerably']], // degree
  [
    ['충분', '충족'],
    ['enough', 'sufficient', 'sufficiently'],
  ], // degree
  [
    ['부족', '수급난'],
    ['shortage', 'shortages'],
  ], // degree
  [['부족', '결여'], ['lack']], // degree
  [['공급과잉'], ['oversupply']], // degree
  [
    ['밀도', '밀집'],
    ['dense', 'density'],
  ], // measure
  [
    ['혼잡', '밀집'],
    ['crowded', 'congested'],
  ], // degree
  [['혼잡', '정체'], ['congestion']], // degree
  [['농도', '집중'], ['concentration']], // measure
  [['순도'], ['pure', 'purity']], // measure
  [
    ['수준', '단계', '수위'],
    ['level', 'levels'],
  ], // measure
  [['정도', '학위'], ['degree']], // measure
  [['강도', '세기'], ['intensity']], // measure
  [['규모', '진도'], ['magnitude']], // measure
  [['압력', '기압', '부담'], ['pressure']], // measure
  [['전압'], ['voltage']], // measure
  [['전력소비량', '소비전력'], ['power consumption']], // measure
  [['출력', '산출물', '생산량'], ['output']], // measure
  [['수확량', '수익률', '생산량'], ['yield']], // measure
  [
    ['규격', '치수', '크기'],
    ['dimension', 'dimensions'],
  ], // measure
  [
    ['측정', '측정값', '계측'],
    ['measurement', 'measurements'],
  ], // measure
  [
    ['측정', '계측', '조치'],
    ['measure', 'measures', 'measured', 'measuring'],
  ], // measure
  [['지름', '직경'], ['diameter']], // measure
  [['반경', '반지름'], ['radius']], // measure
  [['둘레', '원주'], ['circumference']], // measure
  [['둘레', '외곽'], ['perimeter']], // measure
  [
    ['수직', '세로'],
    ['vertical', 'vertically'],
  ], // measure
  [
    ['수평', '가로'],
    ['horizontal', 'horizontally'],
  ], // measure
  [['해수면', '해발'], ['sea level']], // measure
  [['소비', '소비량', '사용량'], ['consumption']], // measure
  [['사용량', '이용량', '이용'], ['usage']], // measure
  [['활용', '이용률', '가동률'], ['utilization']], // measure
  [['입주율', '점유율', '객실점유율'], ['occupancy']], // measure
  [['투표율', '참여율', '참석률'], ['turnout']], // measure
  [['참여율', '참가율'], ['participation rate']], // measure
  [['고용률', '취업률'], ['employment rate']], // measure
  [
    ['실업', '실업률'],
    ['unemployment', 'unemployment rate'],
  ], // measure
  [['성공률'], ['success rate']], // measure
  [['합격률', '통과율'], ['pass rate']], // measure
  [['경쟁률'], ['competition rate']], // measure
  [['완료율', '이수율', '공정률'], ['completion rate']], // measure
  [['진척률', '공정률', '진도율'], ['progress rate']], // measure
  [['출생률', '출산율'], ['birth rate']], // measure
  [['지수', '색인', '지표'], ['index']], // measure
  [['인원'], ['people', 'persons', 'person']], // counter
  [
    ['인원', '인원수'],
    ['headcount', 'number of people'],
  ], // counter
  [['좌석'], ['seat', 'seats']], // counter
  [['사례'], ['case', 'cases']], // counter
  [['차례'], ['time', 'times']], // counter
  [
    ['회차', '라운드'],
    ['round', 'rounds'],
  ], // counter
  [['회차'], ['session number', 'edition', 'editions']], // counter
  [['페이지'], ['page', 'pages']], // counter
  [
    ['세대', '가구'],
    ['households', 'household'],
  ], // counter
  [['개소'], ['places', 'locations count', 'sites count']], // counter
  [['개팀'], ['teams count']], // counter
  [['개사', '개 기업'], ['companies count']], // counter
  [['개교'], ['schools count']], // counter
  [
    ['개국', '국가'],
    ['countries', 'country', 'nations'],
  ], // counter
  [['마리'], ['animals', 'heads of cattle']], // counter
  [['그루'], ['trees', 'tree']], // counter
  [['켤레'], ['pairs', 'pair']], // counter
  [['세트'], ['sets', 'set']], // counter
  [['일간'], ['days', 'day']], // counter
  [['시간'], ['hours', 'hour']], // counter
  [['주간'], ['weeks', 'week']], // counter
  [['개월'], ['months', 'month']], // counter
  [['달러'], ['dollars', 'dollar', 'usd']], // counter
  [['유로'], ['euros', 'euro']], // counter
  [['백만'], ['million']], // counter
  [['십억'], ['billion']], // counter
  [['제곱미터'], ['square meters', 'square meter', 'sqm', 'm2', 'square metres']], // counter
  [
    ['헥타르', 'ha'],
    ['hectares', 'hectare', 'ha'],
  ], // counter
  [['제곱킬로미터'], ['square kilometers', 'km2']], // counter
  [
    ['킬로그램', 'kg'],
    ['kilograms', 'kilogram', 'kg', 'kilos'],
  ], // counter
  [['그램'], ['grams', 'gram', 'g']], // counter
  [['리터'], ['liters', 'liter', 'litres', 'litre']], // counter
  [
    ['킬로미터', 'km'],
    ['kilometers', 'kilometer', 'km', 'kilometres'],
  ], // counter
  [['미터'], ['meters', 'meter', 'metres', 'metre']], // counter
  [
    ['센티미터', 'cm'],
    ['centimeters', 'centimeter', 'cm'],
  ], // counter
  [
    ['밀리미터', 'mm'],
    ['millimeters', 'millimeter', 'mm'],
  ], // counter
  [['퍼센트'], ['percent sign']], // counter
  [['등급'], ['grade level', 'class rank']], // counter
  [['번호'], ['number', 'numbers']], // counter
  [['차시'], ['lessons count', 'class sessions']], // counter
  [['학점'], ['credits', 'credit']], // counter
  [['인분'], ['servings', 'portions']], // counter
  [
    ['종류', '가지'],
    ['kinds', 'kind', 'types of'],
  ], // counter
  [
    ['병상', '침대'],
    ['beds', 'bed'],
  ], // counter
  [['객실'], ['rooms count', 'guest rooms']], // counter
  [['노선'], ['lines', 'line']], // counter
  [['글자'], ['characters', 'letters count']], // counter
  [['단어', '어절'], ['words count']], // counter
  [
    ['메가와트', 'MW'],
    ['megawatts', 'mw'],
  ], // counter
  [
    ['킬로와트', 'kW'],
    ['kilowatts', 'kw', 'kilowatt'],
  ], // counter
  [
    ['킬로와트시', 'kWh'],
    ['kilowatt-hours', 'kwh'],
  ], // counter
  [
    ['기가바이트', 'GB'],
    ['gigabytes', 'gb'],
  ], // counter
  [
    ['메가바이트', 'MB'],
    ['megabytes', 'mb'],
  ], // counter
  [
    ['칼로리', 'kcal'],
    ['calories', 'kcal'],
  ], // counter
  [
    ['데시벨', 'dB'],
    ['decibels', 'db level'],
  ], // counter
  [['포인트'], ['points', 'point']], // counter
  [
    ['상자', '박스'],
    ['packs', 'packages', 'boxes', 'box'],
  ], // counter
  [
    ['포대', '봉지', '가방'],
    ['bags', 'bag'],
  ], // counter
  [['두루마리'], ['rolls', 'roll']], // counter
  [['개동'], ['buildings count', 'blocks']], // counter
  [['세대'], ['generations', 'generation']], // counter
  [
    ['정거장', '개 역'],
    ['stops on a route', 'number of stations'],
  ], // counter
  [['바퀴'], ['laps', 'lap']], // counter
  [['득점'], ['goals scored']], // counter
];
