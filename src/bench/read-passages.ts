import * as lancedb from '@lancedb/lancedb';

export interface BenchPassage {
  id: string;
  docId: string;
  lang: string;
  title: string;
  sectionPath: string;
  text: string;
  /** indexTerms() as stored at ingest (space-separated): every peer indexes the same terms. */
  terms: string;
  vector: Float32Array;
}

/** Every passage of the index with its terms and vector in one scan: what the peers are built from. */
export async function readAllPassages(dataDir: string): Promise<BenchPassage[]> {
  const conn = await lancedb.connect(dataDir);
  try {
    const table = await conn.openTable('passages');
    const rows = await table.query().select(['id', 'docId', 'lang', 'title', 'sectionPath', 'text', 'terms', 'vector']).toArray();
    return rows.map((row) => ({
      id: String(row.id),
      docId: String(row.docId),
      lang: String(row.lang),
      title: String(row.title),
      sectionPath: String(row.sectionPath),
      text: String(row.text),
      terms: String(row.terms),
      vector: Float32Array.from(row.vector as Iterable<number>),
    }));
  } finally {
    conn.close();
  }
}
