import { type PutCondition, S3Client, type S3Object, type S3Settings } from './s3-client.js';

/** True for a DATA_DIR that is a URI (s3://, gs://, ...) rather than a folder. */
export function isObjectStorageUri(dataDir: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir);
}

/** A DATA_DIR of the form s3://bucket/prefix, split; undefined for anything else. */
export function parseS3Uri(dataDir: string): { bucket: string; prefix: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(dataDir);
  if (!match) return undefined;
  return { bucket: match[1] as string, prefix: (match[2] ?? '').replace(/\/+$/, '') };
}

/** A setting the service needs for s3:// is missing or wrong; names the variable. */
export class ObjectStorageConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectStorageConfigError';
  }
}

type Env = Record<string, string | undefined>;

function setting(env: Env, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The S3 settings for an s3:// DATA_DIR from the standard variables: AWS_ENDPOINT_URL (or
 * AWS_ENDPOINT) for a non-AWS store, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
 * AWS_REGION (or AWS_DEFAULT_REGION), AWS_ALLOW_HTTP=true for a plain-http endpoint. Keys are
 * required: the service signs its own requests (lease, feedback, answer log) and reads no instance role.
 */
export function s3SettingsFromEnv(env: Env): S3Settings & { allowHttp: boolean } {
  const endpoint = setting(env, 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT');
  const allowHttp = ['true', '1'].includes((setting(env, 'AWS_ALLOW_HTTP') ?? 'false').toLowerCase());
  if (endpoint) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new ObjectStorageConfigError(`AWS_ENDPOINT_URL=${JSON.stringify(endpoint)} is not a URL; expected e.g. https://<account>.r2.cloudflarestorage.com`);
    }
    if (url.protocol === 'http:' && !allowHttp)
      throw new ObjectStorageConfigError(`AWS_ENDPOINT_URL=${endpoint} is plain http; set AWS_ALLOW_HTTP=true to allow it (only on a network you trust)`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ObjectStorageConfigError(`AWS_ENDPOINT_URL=${endpoint} must be an http(s) URL`);
  }
  const accessKeyId = setting(env, 'AWS_ACCESS_KEY_ID');
  const secretAccessKey = setting(env, 'AWS_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey)
    throw new ObjectStorageConfigError('DATA_DIR is s3://...: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (instance roles are not read)');
  const sessionToken = setting(env, 'AWS_SESSION_TOKEN');
  return {
    ...(endpoint ? { endpoint } : {}),
    // R2 and most on-premises stores accept any region name; "auto" is R2's own.
    region: setting(env, 'AWS_REGION', 'AWS_DEFAULT_REGION') ?? 'us-east-1',
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
    allowHttp,
  };
}

/** The same settings as LanceDB's storageOptions (object_store's key names). */
export function lanceStorageOptions(settings: S3Settings & { allowHttp: boolean }): Record<string, string> {
  return {
    aws_access_key_id: settings.accessKeyId,
    aws_secret_access_key: settings.secretAccessKey,
    aws_region: settings.region,
    ...(settings.sessionToken ? { aws_session_token: settings.sessionToken } : {}),
    ...(settings.endpoint ? { aws_endpoint: settings.endpoint } : {}),
    ...(settings.allowHttp ? { allow_http: 'true' } : {}),
  };
}

/** The objects under one DATA_DIR prefix, by key relative to it. */
export interface BlobStore {
  /** Where this is, for messages (s3://bucket/prefix). */
  readonly location: string;
  get(key: string): Promise<S3Object | undefined>;
  /** The new ETag, or false when `condition` failed. Stores that ignore conditions always write. */
  put(key: string, body: Uint8Array, condition?: PutCondition): Promise<string | false>;
  delete(key: string): Promise<void>;
  /** Keys (relative) under a relative prefix. */
  list(prefix: string): Promise<string[]>;
}

export class S3BlobStore implements BlobStore {
  readonly location: string;
  private readonly client: S3Client;
  private readonly root: string;

  constructor(
    settings: S3Settings,
    private readonly bucket: string,
    prefix: string,
  ) {
    this.client = new S3Client(settings);
    this.root = prefix ? `${prefix}/` : '';
    this.location = `s3://${bucket}/${prefix}`;
  }

  get(key: string): Promise<S3Object | undefined> {
    return this.client.get(this.bucket, this.root + key);
  }

  put(key: string, body: Uint8Array, condition?: PutCondition): Promise<string | false> {
    return this.client.put(this.bucket, this.root + key, body, condition);
  }

  delete(key: string): Promise<void> {
    return this.client.delete(this.bucket, this.root + key);
  }

  async list(prefix: string): Promise<string[]> {
    return (await this.client.list(this.bucket, this.root + prefix)).map((key) => key.slice(this.root.length));
  }
}

/** The blob store and LanceDB options for DATA_DIR when it is s3://; undefined for a folder (or another scheme). */
export function objectStorageFor(dataDir: string, env: Env = process.env): { blobs: BlobStore; storageOptions: Record<string, string> } | undefined {
  const uri = parseS3Uri(dataDir);
  if (!uri) return undefined;
  const settings = s3SettingsFromEnv(env);
  const { allowHttp: _allowHttp, ...s3 } = settings;
  return { blobs: new S3BlobStore(s3, uri.bucket, uri.prefix), storageOptions: lanceStorageOptions(settings) };
}
