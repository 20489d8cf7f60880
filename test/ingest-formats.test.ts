import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AskJson, ask, upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';
import { makeDocx, makeHtml, makeHwpx, makePdf } from './support/document-fixtures.js';

const TOKEN = 'formats-test-token-0123456789';

/**
 * Every supported format goes in through the admin API and comes out as cited answers whose
 * citations point at the right page (PDF) or section (headings in DOCX, HWPX, HTML, Markdown).
 * Fixture text restates verified facts (shared/facts F1, F2, F6, F7, F10, F12, F13).
 */
describe('documents of every format, uploaded and asked about', () => {
  let corpus: CorpusRuntime;
  const uploaded = new Map<string, { id: string; status: string; passages: number; pages?: number }>();

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } });
    const pdf = await makePdf(
      [
        {
          heading: 'Purpose of the plan',
          paragraphs: ['The Basic Plan for Industrial Cluster Activation is a statutory plan based on Article 3 of the Industrial Cluster Act.'],
        },
        {
          heading: 'Goal of the draft',
          paragraphs: ['The goal of the fifth plan draft is to realize future-oriented industrial clusters that lead cutting-edge industries.'],
        },
        {
          heading: 'Concrete measures',
          paragraphs: ['The draft introduces an industrial land bank system.', 'It also designates ten culture-leading complexes within three years.'],
        },
      ],
      'Fifth plan draft in brief',
    );
    const docx = await makeDocx('제5차 산업집적활성화 기본계획(안) 요약', [
      {
        heading: '추진 배경',
        level: 1,
        paragraphs: ['첨단산업 육성 경쟁, 인공지능 기술의 빠른 발전, 국제 탄소 규범 강화가 산업단지 경쟁력 강화를 시급하게 만든다.'],
      },
      { heading: '주요 과제', level: 1, paragraphs: [] },
      { heading: '노후산단 재생', level: 2, paragraphs: ['노후산단의 공장부지 등을 활용해 대규모 블록단위 복합개발을 추진한다.'] },
      {
        heading: '과제별 내용',
        level: 2,
        paragraphs: [],
        table: [
          ['과제', '내용'],
          ['산업용지은행', '산업용지은행제도 도입'],
          ['문화선도산단', '3년 내 문화선도산단 10곳 지정'],
        ],
      },
    ]);
    const hwpx = makeHwpx('제5차 계획안 목표와 과제', [
      [{ heading: '목표', level: 1 }, { text: '5차 계획안은 첨단산업을 선도하는 미래형 산업집적지 실현을 목표로 한다.' }],
      [
        { heading: '추진 과제', level: 1 },
        { heading: '초광역 클러스터', level: 2 },
        { text: '지역적 한계를 극복하는 초광역 클러스터 생태계를 구축한다.' },
        { heading: '청년친화 산단', level: 2 },
        { text: '산업단지를 청년친화 공간 및 인공지능 전환(AX)과 탄소중립 전환(GX)의 중심 공간으로 전환한다.' },
      ],
    ]);
    const html = makeHtml({
      title: 'Expert meeting on the fifth plan',
      heading: 'Expert meeting on the fifth plan',
      sections: [
        {
          heading: 'The meeting',
          paragraphs: ['The ministry held an expert meeting on the fifth Basic Plan draft on 21 January 2025 at the Korea Technology Center.'],
        },
        {
          heading: 'A special act and master plans',
          paragraphs: [
            'A Special Act on Promoting Balanced Regional Investment will be pursued, and local governments will lead mid- to long-term master plans for each industrial complex.',
          ],
        },
      ],
    });
    const markdown =
      '---\ntitle: Culture-leading complexes note\nlang: en\n---\n# Culture-leading complexes note\n\n## Designation\n\nThe draft designates ten culture-leading complexes within three years.\n';
    const text =
      'The plan sets the direction of government policy for promoting industrial agglomeration and strengthening the competitiveness of industrial clusters.';

    const response = await upload(corpus.app, {
      token: TOKEN,
      files: [
        { name: 'plan-brief.pdf', bytes: pdf },
        { name: 'plan-summary.docx', bytes: docx },
        { name: 'plan-goals.hwpx', bytes: hwpx },
        { name: 'meeting-news.html', bytes: html },
        { name: 'culture-note.md', bytes: markdown },
        { name: 'policy-direction.txt', bytes: text },
      ],
    });
    const body = (await response.json()) as { documents: { id: string; file: string; status: string; passages: number; pages?: number }[] };
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
    for (const doc of body.documents) uploaded.set(doc.file, doc);
  });

  afterAll(() => corpus?.close());

  async function cited(question: string, file: string): Promise<AskJson> {
    const doc = uploaded.get(file);
    if (!doc) throw new Error(`${file} was not uploaded`);
    const { status, json } = await ask(corpus.app, { question, docIds: [doc.id], mode: 'extractive' });
    expect(status).toBe(200);
    expect(json.grounded).toBe(true);
    expect(json.citations.length).toBeGreaterThan(0);
    for (const citation of json.citations) expect(citation.docId).toBe(doc.id);
    return json;
  }

  it('reports every file as added, with page counts for the PDF', () => {
    expect([...uploaded.values()].map((d) => d.status)).toEqual(['added', 'added', 'added', 'added', 'added', 'added']);
    expect(uploaded.get('plan-brief.pdf')).toMatchObject({ id: 'plan-brief', pages: 3 });
    for (const doc of uploaded.values()) expect(doc.passages).toBeGreaterThan(0);
  });

  it('PDF: citations carry the page the answer is on', async () => {
    const landBank = await cited('What does the draft introduce for industrial land?', 'plan-brief.pdf');
    expect(landBank.citations[0]).toMatchObject({ page: 3, sectionPath: 'Concrete measures' });
    expect(landBank.citations[0]?.quote).toContain('industrial land bank');
    const goal = await cited('What is the goal of the fifth plan draft?', 'plan-brief.pdf');
    expect(goal.citations[0]).toMatchObject({ page: 2, sectionPath: 'Goal of the draft' });
    const purpose = await cited('Which article of the Industrial Cluster Act is the plan based on?', 'plan-brief.pdf');
    expect(purpose.citations[0]?.page).toBe(1);
  });

  it('DOCX: citations name the Word heading path, and table rows answer as text', async () => {
    const redevelopment = await cited('노후산단 블록단위 복합개발은 어떻게 추진하나요?', 'plan-summary.docx');
    expect(redevelopment.citations[0]?.sectionPath).toBe('주요 과제 > 노후산단 재생');
    expect(redevelopment.citations[0]).not.toHaveProperty('page');
    const table = await cited('문화선도산단은 몇 곳을 지정하나요?', 'plan-summary.docx');
    expect(table.citations[0]?.sectionPath).toBe('주요 과제 > 과제별 내용');
    expect(table.citations[0]?.quote).toContain('10곳');
  });

  it('HWPX: citations name the outline heading path across sections', async () => {
    const cluster = await cited('초광역 클러스터 생태계는 어떻게 구축하나요?', 'plan-goals.hwpx');
    expect(cluster.citations[0]?.sectionPath).toBe('추진 과제 > 초광역 클러스터');
    const goal = await cited('5차 계획안의 목표는 무엇인가요?', 'plan-goals.hwpx');
    expect(goal.citations[0]?.sectionPath).toBe('목표');
  });

  it('HTML: only the article is indexed, and citations name its headings', async () => {
    const answer = await cited('Who will lead the master plans for each industrial complex?', 'meeting-news.html');
    expect(answer.citations[0]?.sectionPath).toContain('A special act and master plans');
    const detail = (await (await corpus.app.request('/api/documents/meeting-news')).json()) as { passages: { id: string }[] };
    const texts = await Promise.all(
      detail.passages.map(
        async (p) => ((await (await corpus.app.request(`/api/passages/${encodeURIComponent(p.id)}`)).json()) as { passage: { text: string } }).passage.text,
      ),
    );
    expect(texts.join('\n')).toContain('Korea Technology Center');
    for (const chrome of ['Newsroom menu', 'Sidebar weather widget', 'Copyright footer', 'Gazette Portal']) expect(texts.join('\n')).not.toContain(chrome);
  });

  it('Markdown and plain text: front matter and headings are kept', async () => {
    const md = await cited('How many culture-leading complexes will be designated?', 'culture-note.md');
    expect(md.citations[0]?.sectionPath).toBe('Designation');
    const txt = await cited('What direction does the plan set for industrial agglomeration?', 'policy-direction.txt');
    expect(txt.citations[0]?.quote).toContain('industrial agglomeration');
  });
});
