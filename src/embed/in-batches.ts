/**
 * Embeds `texts` a batch at a time and concatenates the vectors in order: the remote embedder
 * batches to stay under request limits.
 */
export async function inBatches(texts: string[], size: number, embedBatch: (batch: string[]) => Promise<Float32Array[]>): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += size) vectors.push(...(await embedBatch(texts.slice(i, i + size))));
  return vectors;
}
