import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { BlobStore } from './object-storage.js';

/** The lease object, beside the tables under the DATA_DIR prefix. */
export const LEASE_KEY = '_policy-qa/writer-lease.json';

interface LeaseRecord {
  holder: string;
  token: string;
  renewedAt: string;
  expiresAt: string;
}

/** This instance may not write: another holds the lease, or this one lost it. */
export class LeaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeaseUnavailableError';
  }
}

export interface LeaseOptions {
  /** How long a lease lasts without renewal (WRITER_LEASE_MS); renewed every third of it. */
  ttlMs: number;
  /** Pause between writing the lease and reading it back, so that of two racing writers only the last one keeps it. */
  settleMs?: number;
  log?: (message: string) => void;
}

function decode(body: Uint8Array | undefined): LeaseRecord | undefined {
  if (!body) return undefined;
  try {
    const value = JSON.parse(new TextDecoder().decode(body)) as LeaseRecord;
    return typeof value.token === 'string' && typeof value.expiresAt === 'string' ? value : undefined;
  } catch {
    return undefined; // a torn or foreign object: treated as no lease
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one-writer lease on shared object storage. A writer takes it at start (waiting out a lease
 * left by a crashed writer, refusing one that is being renewed), renews it every ttl/3, checks it
 * before every write, and deletes it on a clean shutdown. Creation and takeover are conditional
 * PUTs (If-None-Match / If-Match) where the store honours them (AWS S3, R2, MinIO); on a store
 * that ignores conditions, the write is read back after `settleMs` and only the last writer
 * keeps it. See docs/deploy.md ("One writer") for what this does and does not guarantee.
 */
export class WriterLease {
  readonly holder = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  private token = randomUUID();
  private confirmedUntil = 0;
  private lost: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly blobs: BlobStore,
    private readonly options: LeaseOptions,
  ) {}

  private record(): LeaseRecord {
    const now = Date.now();
    return { holder: this.holder, token: this.token, renewedAt: new Date(now).toISOString(), expiresAt: new Date(now + this.options.ttlMs).toISOString() };
  }

  private async read(): Promise<{ lease?: LeaseRecord; etag?: string }> {
    const object = await this.blobs.get(LEASE_KEY);
    const lease = decode(object?.body);
    return { ...(lease ? { lease } : {}), ...(object?.etag ? { etag: object.etag } : {}) };
  }

  /**
   * Takes the lease or throws LeaseUnavailableError. A lease held by another instance is waited
   * out while it is not renewed (its writer crashed); one renewed meanwhile means a live writer.
   */
  async acquire(): Promise<void> {
    const started = Date.now();
    let seen: LeaseRecord | undefined;
    for (;;) {
      const { lease, etag } = await this.read();
      const live = lease && lease.token !== this.token && Date.parse(lease.expiresAt) > Date.now();
      if (live) {
        if (seen && seen.token === lease.token && seen.renewedAt !== lease.renewedAt)
          throw new LeaseUnavailableError(
            `${this.blobs.location} already has a writer (${lease.holder}, renewing its lease); start this instance without INDEX_WRITER=1`,
          );
        if (!seen) this.options.log?.(`another writer's lease (${lease.holder}) runs until ${lease.expiresAt}: waiting to see whether it is renewed`);
        seen = lease;
        if (Date.now() - started > this.options.ttlMs * 3)
          throw new LeaseUnavailableError(
            `${this.blobs.location}: the writer lease of ${lease.holder} did not expire; start this instance without INDEX_WRITER=1`,
          );
        await sleep(Math.min(1000, this.options.ttlMs / 6));
        continue;
      }
      const mine = this.record();
      const written = await this.blobs.put(LEASE_KEY, new TextEncoder().encode(JSON.stringify(mine)), etag ? { ifMatch: etag } : { ifNoneMatch: true });
      if (written === false) continue; // another instance wrote first: look again
      await sleep(this.options.settleMs ?? 2000);
      const check = await this.read();
      if (check.lease?.token !== this.token)
        throw new LeaseUnavailableError(
          `${this.blobs.location}: another instance (${check.lease?.holder ?? 'unknown'}) took the writer lease at the same moment`,
        );
      this.confirmedUntil = Date.parse(mine.expiresAt);
      this.timer = setInterval(() => {
        this.renew().catch((error: unknown) => this.options.log?.(`writer lease renewal failed: ${error instanceof Error ? error.message : error}`));
      }, this.options.ttlMs / 3);
      this.timer.unref();
      return;
    }
  }

  /** Extends the lease when it is still ours; marks it lost (no more writes) when it is not. */
  async renew(): Promise<void> {
    if (this.lost) return;
    const { lease, etag } = await this.read();
    if (lease?.token !== this.token) return this.lose(`another instance (${lease?.holder ?? 'none'}) holds the writer lease now`);
    const mine = this.record();
    const written = await this.blobs.put(LEASE_KEY, new TextEncoder().encode(JSON.stringify(mine)), etag ? { ifMatch: etag } : { ifNoneMatch: true });
    if (written === false) return this.lose('the writer lease changed while being renewed');
    this.confirmedUntil = Date.parse(mine.expiresAt);
  }

  private lose(reason: string): void {
    this.lost = reason;
    clearInterval(this.timer);
    this.options.log?.(`this instance stopped writing: ${reason}`);
  }

  /**
   * Throws unless this instance holds the lease now, read from the store (not remembered), with
   * at least a third of its term left: called before every write, so a writer that was paused past
   * its lease (and replaced) finds out before committing.
   */
  async assertHeld(): Promise<void> {
    if (this.lost) throw new LeaseUnavailableError(this.lost);
    if (this.confirmedUntil - Date.now() < (this.options.ttlMs * 2) / 3) await this.renew();
    else {
      const { lease } = await this.read();
      if (lease?.token !== this.token) this.lose(`another instance (${lease?.holder ?? 'none'}) holds the writer lease now`);
    }
    if (this.lost) throw new LeaseUnavailableError(this.lost);
  }

  /** Clean shutdown: the next writer need not wait for the lease to expire. */
  async release(): Promise<void> {
    clearInterval(this.timer);
    if (this.lost) return;
    this.lost = 'released at shutdown';
    const { lease } = await this.read();
    if (lease?.token === this.token) await this.blobs.delete(LEASE_KEY);
  }
}
