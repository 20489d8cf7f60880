import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '../src/bench/s3-server.js';
import { type BlobStore, objectStorageFor } from '../src/store/object-storage.js';
import { LEASE_KEY, LeaseUnavailableError, WriterLease } from '../src/store/writer-lease.js';

/** Against a real S3 server that ignores conditional PUTs: the lease's weakest footing. */
describe('WriterLease on S3', () => {
  let s3: S3Server;
  let prefix = 0;
  const blobsFor = (): BlobStore => {
    const storage = objectStorageFor(`s3://policy-qa-test/lease-${++prefix}`, s3.env('unused'));
    if (!storage) throw new Error('not s3');
    return storage.blobs;
  };

  beforeAll(async () => {
    s3 = await startS3Server();
  });
  afterAll(() => s3?.close());

  it('signs requests the server accepts: put, get, list, delete', async () => {
    const blobs = blobsFor();
    expect(await blobs.put('a/x y+ü.json', new TextEncoder().encode('{"n":1}'))).not.toBe(false);
    expect(new TextDecoder().decode((await blobs.get('a/x y+ü.json'))?.body)).toBe('{"n":1}');
    expect(await blobs.list('a/')).toEqual(['a/x y+ü.json']);
    await blobs.delete('a/x y+ü.json');
    expect(await blobs.get('a/x y+ü.json')).toBeUndefined();
  });

  it('lets one writer hold it and refuses a second while the first renews', async () => {
    const blobs = blobsFor();
    const first = new WriterLease(blobs, { ttlMs: 3000, settleMs: 200 });
    await first.acquire();
    await first.assertHeld();
    const second = new WriterLease(blobs, { ttlMs: 3000, settleMs: 200 });
    await expect(second.acquire()).rejects.toThrow(/already has a writer/);
    await first.assertHeld();
    await first.release();
    expect(await blobs.get(LEASE_KEY)).toBeUndefined();
    // Released: the next writer takes it at once.
    const third = new WriterLease(blobs, { ttlMs: 3000, settleMs: 200 });
    await third.acquire();
    await third.release();
  });

  it('takes over the lease a crashed writer left once it expires, and the old holder can no longer write', async () => {
    const blobs = blobsFor();
    const crashed = new WriterLease(blobs, { ttlMs: 3000, settleMs: 200 });
    await crashed.acquire();
    // Stands for a process that froze: no renewals from here on.
    (crashed as unknown as { timer: ReturnType<typeof setInterval> }).timer.close();
    const started = Date.now();
    const successor = new WriterLease(blobs, { ttlMs: 3000, settleMs: 200 });
    await successor.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    await expect(crashed.assertHeld()).rejects.toBeInstanceOf(LeaseUnavailableError);
    await successor.assertHeld();
    await successor.release();
  });

  it('of two writers racing for a free lease, at most one keeps it', async () => {
    const blobs = blobsFor();
    const a = new WriterLease(blobs, { ttlMs: 3000, settleMs: 500 });
    const b = new WriterLease(blobs, { ttlMs: 3000, settleMs: 500 });
    const results = await Promise.allSettled([a.acquire(), b.acquire()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await a.release();
    await b.release();
  });
});
