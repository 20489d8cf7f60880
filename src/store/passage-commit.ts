import type * as lancedb from '@lancedb/lancedb';
import type { Table as ArrowTable } from 'apache-arrow';
import { withCommitRetry } from './commit-retry.js';

export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A document's passages replaced in one commit of the "passages" table: one merge-insert adds
 * the new rows and deletes the document's stale ones (no rows: its passages are deleted). It is
 * the commit point of a document write: when it fails, the document is as it was.
 */
export function commitDocumentPassages(passages: lancedb.Table, docId: string, rows: ArrowTable): Promise<unknown> {
  return rows.numRows > 0
    ? withCommitRetry(() =>
        passages
          .mergeInsert('id')
          .whenMatchedUpdateAll()
          .whenNotMatchedInsertAll()
          .whenNotMatchedBySourceDelete({ where: `docId = ${sqlString(docId)}` })
          .execute(rows),
      )
    : withCommitRetry(() => passages.delete(`docId = ${sqlString(docId)}`));
}
