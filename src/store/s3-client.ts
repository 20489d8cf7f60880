import { createHash, createHmac } from 'node:crypto';

/** Where an S3-compatible store is and how to sign for it (see objectStorageFromEnv). */
export interface S3Settings {
  /** Base URL of a non-AWS endpoint (path-style requests); undefined for AWS itself (virtual-hosted). */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** An S3 request that did not succeed; `status` is the HTTP status (412 for a failed condition). */
export class S3RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'S3RequestError';
  }
}

export interface S3Object {
  body: Uint8Array;
  etag: string | undefined;
}

/** A condition on a PUT: create only (If-None-Match: *) or replace only that version (If-Match). */
export type PutCondition = { ifNoneMatch: true } | { ifMatch: string };

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function xmlText(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/**
 * The few S3 calls the service makes besides LanceDB's own (the writer lease, feedback and the
 * answer log): GET, conditional PUT, DELETE and ListObjectsV2, signed with AWS Signature V4 over
 * Node's fetch. No SDK: these four calls are all it needs.
 */
export class S3Client {
  constructor(private readonly settings: S3Settings) {}

  private url(bucket: string, key: string, query: Record<string, string> = {}): URL {
    const path = key
      .split('/')
      .map((segment) => encodeRfc3986(segment))
      .join('/');
    const base = this.settings.endpoint
      ? `${this.settings.endpoint.replace(/\/+$/, '')}/${encodeRfc3986(bucket)}/${path}`
      : `https://${bucket}.s3.${this.settings.region}.amazonaws.com/${path}`;
    const url = new URL(base);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  private async request(method: string, url: URL, options: { body?: Uint8Array; headers?: Record<string, string> } = {}): Promise<Response> {
    const now = new Date();
    const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, '');
    const day = amzDate.slice(0, 8);
    const payloadHash = sha256Hex(options.body ?? '');
    const headers: Record<string, string> = {
      host: url.host,
      'x-amz-date': amzDate,
      'x-amz-content-sha256': payloadHash,
      ...(this.settings.sessionToken ? { 'x-amz-security-token': this.settings.sessionToken } : {}),
      ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    const names = Object.keys(headers).sort();
    const query = [...url.searchParams.entries()]
      .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
      .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const canonical = [method, url.pathname, query, ...names.map((name) => `${name}:${String(headers[name]).trim()}`), '', names.join(';'), payloadHash].join(
      '\n',
    );
    const scope = `${day}/${this.settings.region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${this.settings.secretAccessKey}`, day), this.settings.region), 's3'), 'aws4_request');
    const signature = createHmac('sha256', key).update(toSign).digest('hex');
    const { host: _host, ...sent } = headers;
    return fetch(url, {
      method,
      headers: {
        ...sent,
        authorization: `AWS4-HMAC-SHA256 Credential=${this.settings.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
      },
      ...(options.body ? { body: new Blob([new Uint8Array(options.body)]) } : {}),
      // 30 s, plus a second per MB sent: the bench copies table files of tens of MB.
      signal: AbortSignal.timeout(30_000 + Math.ceil((options.body?.byteLength ?? 0) / 1000)),
    });
  }

  private async fail(response: Response, what: string): Promise<never> {
    const text = await response.text().catch(() => '');
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
    throw new S3RequestError(response.status, `${what}: HTTP ${response.status}${code ? ` ${code}` : ''}`);
  }

  /** The object, or undefined when there is none. */
  async get(bucket: string, key: string): Promise<S3Object | undefined> {
    const response = await this.request('GET', this.url(bucket, key));
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) return this.fail(response, `GET s3://${bucket}/${key}`);
    return { body: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('etag') ?? undefined };
  }

  /** Writes the object whole; false when the condition did not hold (HTTP 412). Returns the new ETag otherwise. */
  async put(bucket: string, key: string, body: Uint8Array, condition?: PutCondition): Promise<string | false> {
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (condition && 'ifNoneMatch' in condition) headers['if-none-match'] = '*';
    if (condition && 'ifMatch' in condition) headers['if-match'] = condition.ifMatch;
    const response = await this.request('PUT', this.url(bucket, key), { body, headers });
    if (response.status === 412 || response.status === 409) {
      await response.body?.cancel();
      return false;
    }
    if (!response.ok) return this.fail(response, `PUT s3://${bucket}/${key}`);
    await response.body?.cancel();
    return response.headers.get('etag') ?? '';
  }

  async delete(bucket: string, key: string): Promise<void> {
    const response = await this.request('DELETE', this.url(bucket, key));
    if (!response.ok && response.status !== 404) return this.fail(response, `DELETE s3://${bucket}/${key}`);
    await response.body?.cancel();
  }

  /** Every key under `prefix` (ListObjectsV2, all pages), in the store's (lexicographic) order. */
  async list(bucket: string, prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const response = await this.request('GET', this.url(bucket, '', { 'list-type': '2', prefix, ...(token ? { 'continuation-token': token } : {}) }));
      if (!response.ok) return this.fail(response, `LIST s3://${bucket}/${prefix}`);
      const xml = await response.text();
      for (const match of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(xmlText(match[1] ?? ''));
      const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
      token = truncated ? xmlText(/<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1] ?? '') : undefined;
      if (truncated && !token) throw new S3RequestError(502, `LIST s3://${bucket}/${prefix}: truncated answer without a continuation token`);
    } while (token);
    return keys;
  }
}
