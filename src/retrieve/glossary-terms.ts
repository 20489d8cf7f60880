/**
 * Korean ↔ English equivalents for the vocabulary of industrial cluster policy. The local model is
 * English-only, so cross-lingual retrieval is dictionary-based: a question's terms are translated
 * with this list and searched in both languages. Each entry is [Korean forms, English forms]; the
 * first form on each side is the one added to queries.
 */
export const GLOSSARY: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // Plans, law and institutions
  [
    ['산업집적활성화 기본계획', '기본계획'],
    ['basic plan for industrial cluster activation', 'basic plan'],
  ],
  [['산업집적활성화'], ['industrial cluster activation']],
  [
    ['산업집적법', '산업집적활성화 및 공장설립에 관한 법률'],
    ['industrial cluster act', 'act on industrial cluster'],
  ],
  [
    ['산업입지법', '산업입지 및 개발에 관한 법률'],
    ['industrial sites act', 'industrial location act'],
  ],
  [['국가첨단전략산업법'], ['national high-tech strategic industries act', 'strategic industries act']],
  [['조세특례제한법'], ['restriction of special taxation act']],
  [['시행령'], ['enforcement decree']],
  // 법령 is the statutes with their decrees (법제처's usage); documents label a legal basis 관련법령 or 근거법령.
  // A statute is a written law passed by a legislature (Oxford, Merriam-Webster): an act.
  [
    ['법률', '법령'],
    ['act', 'law', 'statute'],
  ],
  [['고시'], ['gazette', 'gazetted', 'notice']],
  [['법적 근거', '근거 법률'], ['legal basis']],
  [['개정'], ['amendment', 'amended', 'revision', 'revised']],
  [['제정'], ['enactment', 'enacted']],
  [
    ['산업통상자원부', '산업부'],
    ['ministry of trade, industry and energy', 'motie', 'ministry'],
  ],
  [
    ['국토교통부', '국토부'],
    ['ministry of land, infrastructure and transport', 'molit'],
  ],
  [
    ['한국산업단지공단', '산단공'],
    ['korea industrial complex corporation', 'kicox'],
  ],
  [['테크노파크'], ['technopark']],
  // An organisation's seat: the documents write 본사 and "head office"; "headquarters" is the same (any Korean-English dictionary).
  [['본사'], ['head office', 'headquarters']],
  [['장관'], ['minister']],
  [['간담회'], ['expert meeting', 'meeting']],
  [['전문가'], ['expert', 'experts']],
  [
    ['계획안', '초안'],
    ['draft plan', 'draft'],
  ],
  [['연혁'], ['history']],
  [['제1차', '1차', '첫'], ['first']],
  [['제2차', '2차'], ['second']],
  [['제3차', '3차'], ['third']],
  [['제4차', '4차'], ['fourth']],
  [
    ['제5차', '5차'],
    ['fifth', '5th'],
  ],
  // Complex types and programmes. "Industrial park" and "industrial estate" are the international
  // names of the same thing (UNIDO's International Guidelines for Industrial Parks, 2019, take park,
  // estate, zone and complex as one concept); English readers ask with them.
  [
    ['산업단지', '산단'],
    ['industrial complex', 'industrial complexes', 'complexes', 'complex', 'industrial park', 'industrial parks', 'industrial estate', 'industrial estates'],
  ],
  [
    ['국가산업단지', '국가산단'],
    ['national industrial complex', 'national complexes'],
  ],
  [['일반산업단지'], ['general industrial complex']],
  [['도시첨단산업단지'], ['urban high-tech industrial complex', 'urban high-tech']],
  [['농공단지'], ['agro-industrial complex', 'agro-industrial']],
  [['산업집적지'], ['industrial cluster', 'industrial agglomeration', 'cluster']],
  [['클러스터'], ['cluster']],
  [['기회발전특구'], ['opportunity development zone', 'opportunity development zones', 'odz']],
  [['특화단지'], ['specialized complex', 'specialized complexes']],
  [['국가첨단전략산업 특화단지'], ['national advanced strategic industry specialized complex']],
  [
    ['첨단전략산업', '첨단산업'],
    ['advanced strategic industry', 'high-tech industry', 'advanced industries', 'cutting-edge industries'],
  ],
  [
    ['문화선도산업단지', '문화선도산단'],
    ['culture-leading industrial complex', 'culture-leading complexes', 'culture-leading'],
  ],
  [
    ['청년친화형 선도 산업단지', '청년친화형'],
    ['youth-friendly industrial complex', 'youth-friendly'],
  ],
  [
    ['노후산단', '노후 산업단지', '노후'],
    ['aging industrial complex', 'aging complexes', 'aging', 'old complexes'],
  ],
  [['재생', '재생사업'], ['regeneration']],
  [['구조고도화'], ['restructuring', 'upgrading']],
  [
    ['스마트그린산단', '스마트그린 산업단지', '스마트그린'],
    ['smart green industrial complex', 'smart green'],
  ],
  [
    ['인공지능 전환', 'AX'],
    ['ai transformation', 'ax'],
  ],
  [
    ['녹색 전환', 'GX'],
    ['green transformation', 'gx'],
  ],
  [
    ['인공지능', 'AI'],
    ['artificial intelligence', 'ai'],
  ],
  [['탄소중립'], ['carbon neutrality', 'carbon neutral', 'net zero']],
  [['디지털'], ['digital']],
  [['마스터플랜'], ['master plan', 'master plans']],
  [
    ['복합개발', '복합'],
    ['mixed-use', 'redevelopment'],
  ],
  [['용적률'], ['floor area ratio']],
  [
    ['추진과제', '과제'],
    ['task areas', 'tasks', 'task'],
  ],
  [
    ['추진 방안', '방안'],
    ['measures', 'proposed measures'],
  ],
  [['목표'], ['goal', 'goals', 'objective', 'aim', 'target']],
  [['비전'], ['vision']],
  [
    ['배경', '진단'],
    ['background', 'diagnosis'],
  ],
  [['지정'], ['designation', 'designated', 'designate']],
  [['추가'], ['added', 'additional', 'addition', 'additionally']],
  [['공모'], ['call for applications', 'call', 'open call', 'competition']],
  [['정의'], ['definition', 'define', 'defines', 'defined']],
  [
    ['사업기간', '기간'],
    ['project period', 'period', 'duration'],
  ],
  [['국비'], ['national funding', 'state funds', 'government funding']],
  [['민간투자', '민간 투자'], ['private investment']],
  [['법인세'], ['corporate tax', 'corporate income tax']],
  [['창업'], ['startup', 'start-up', 'new business']],
  [['위원회'], ['committee']],
  [['연구용역'], ['research contract', 'commissioned research']],
  [['시행'], ['took effect', 'in force', 'implementation']],
  [['선정'], ['selected', 'selection', 'chosen']],
  [['발표'], ['announced', 'announcement', 'announce']],
  [['신청'], ['application', 'applied']],
  [
    ['현황', '통계'],
    ['status', 'statistics', 'figures'],
  ],
  [
    ['면적', '부지'],
    ['area', 'site'],
  ],
  [['상한'], ['cap', 'caps', 'ceiling']],
  [['지침'], ['guideline', 'guidelines']],
  [
    ['세제 지원', '세제', '세금', '감면'],
    ['tax support', 'tax', 'tax relief'],
  ],
  [['지원'], ['support']],
  [['예산'], ['budget']],
  [['투자'], ['investment', 'invest']],
  [['조 원', '조원'], ['trillion won']],
  [['억 원', '억원'], ['hundred million won']],
  [
    ['기업', '입주기업', '업체'],
    ['companies', 'firms', 'company', 'tenant companies'],
  ],
  [
    ['고용', '근로자', '일자리', '종사자'],
    ['employment', 'workers', 'jobs', 'employees'],
  ],
  [
    ['생산', '생산액'],
    ['production', 'output'],
  ],
  [
    ['수출', '수출액'],
    ['exports', 'export'],
  ],
  [['생산성'], ['productivity']],
  [['청년'], ['youth', 'young people']],
  [['문화'], ['culture', 'cultural']],
  [['관광'], ['tourism']],
  [
    ['주거', '정주'],
    ['housing', 'settlement', 'living'],
  ],
  [['편의시설'], ['amenities', 'convenience facilities']],
  [
    ['지역', '지방'],
    ['region', 'regions', 'regional', 'local'],
  ],
  [
    ['비수도권', '지방'],
    ['non-capital', 'outside the capital area'],
  ],
  [['수도권'], ['capital area', 'seoul metropolitan area']],
  [
    ['지방정부', '지자체', '지방자치단체'],
    ['local government', 'local governments'],
  ],
  [['균형발전'], ['balanced development', 'balanced regional development']],
  [['공장'], ['factory', 'factories', 'plant']],
  [['착공'], ['groundbreaking', 'construction start', 'broke ground']],
  [
    ['준공', '완공'],
    ['completion', 'completed'],
  ],
  [['보상'], ['compensation']],
  // Industries and companies
  [
    ['반도체', '시스템반도체', '첨단시스템반도체'],
    ['semiconductor', 'semiconductors', 'chip', 'chips', 'system semiconductor'],
  ],
  [
    ['이차전지', '배터리'],
    ['secondary battery', 'batteries', 'battery'],
  ],
  [['디스플레이'], ['display', 'displays']],
  [['바이오'], ['bio', 'biotech', 'biohealth']],
  [
    ['미래차', '자동차'],
    ['future mobility', 'automobile', 'cars'],
  ],
  [
    ['대한민국', '한국', '전국'],
    ['korea', 'nationwide', 'south korea'],
  ],
  // Dates
  [['1월'], ['january']],
  [['2월'], ['february']],
  [['3월'], ['march']],
  [['4월'], ['april']],
  [['5월'], ['may']],
  [['6월'], ['june']],
  [['7월'], ['july']],
  [['8월'], ['august']],
  [['9월'], ['september']],
  [['10월'], ['october']],
  [['11월'], ['november']],
  [['12월'], ['december']],
  [
    ['연말', '말 기준'],
    ['end of', 'year-end'],
  ],
];
