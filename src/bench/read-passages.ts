import * as lancedb from '@lancedb/lancedb';
import type { BaselinePassage } from './langchain-baseline.js';

/**
 * Every passage of the index in one scan. The store's read API is per document (515 filtered
 * scans of a 10,000-row table), which would make preparing the baselines the slowest step.
 */
export async function readAllPassages(dataDir: string): Promise<BaselinePassage[]> {
  const conn = await lancedb.connect(dataDir);
  try {
    const table = await conn.openTable('passages');
    const rows = await table.query().select(['id', 'docId', 'title', 'sectionPath', 'text']).toArray();
    return rows.map((row) => ({
      id: String(row.id),
      docId: String(row.docId),
      title: String(row.title),
      sectionPath: String(row.sectionPath),
      text: String(row.text),
    }));
  } finally {
    conn.close();
  }
}
