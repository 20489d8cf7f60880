import { parentPort, workerData } from 'node:worker_threads';
import * as lancedb from '@lancedb/lancedb';
import { runToEnd } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import { commitDocumentPassages } from './passage-commit.js';
import { passageTableSteps } from './passage-table.js';
import type { WriterMessage, WriterReply, WriterTarget } from './passage-writer.js';

/**
 * The worker side of PassageWriterThread: collects a document's passages and packed vectors as
 * they arrive, then turns them into rows and commits them on its own connection to the index.
 */
const target = workerData as WriterTarget;
const connection = await lancedb.connect(target.dataDir, {
  readConsistencyInterval: 0,
  ...(target.storageOptions ? { storageOptions: target.storageOptions } : {}),
});
const table = await connection.openTable('passages');
const collected = new Map<number, { passages: Passage[]; vectors: Float32Array[] }>();

async function commit(id: number, docId: string, dimension: number): Promise<WriterReply> {
  const { passages, vectors } = collected.get(id) ?? { passages: [], vectors: [] };
  collected.delete(id);
  try {
    await commitDocumentPassages(table, docId, runToEnd(passageTableSteps(passages, vectors, dimension)));
    return { id, ok: true };
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    return { id, error: { message: String(message ?? error), ...(code ? { code } : {}) } };
  }
}

parentPort?.on('message', (message: WriterMessage) => {
  if ('commit' in message) {
    void commit(message.id, message.commit.docId, message.commit.dimension).then((reply) => parentPort?.postMessage(reply));
    return;
  }
  const into = collected.get(message.id) ?? { passages: [], vectors: [] };
  collected.set(message.id, into);
  const { dimension } = message;
  message.passages.forEach((p, i) => {
    into.passages.push(p);
    into.vectors.push(message.vectors.subarray(i * dimension, (i + 1) * dimension));
  });
});
