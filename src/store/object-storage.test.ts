import { describe, expect, it } from 'vitest';
import { lanceStorageOptions, ObjectStorageConfigError, objectStorageFor, parseS3Uri, s3SettingsFromEnv } from './object-storage.js';

const KEYS = { AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret' };

describe('object storage settings', () => {
  it('splits s3://bucket/prefix and leaves folders and other schemes alone', () => {
    expect(parseS3Uri('s3://bucket/policy-qa/prod/')).toEqual({ bucket: 'bucket', prefix: 'policy-qa/prod' });
    expect(parseS3Uri('s3://bucket')).toEqual({ bucket: 'bucket', prefix: '' });
    expect(parseS3Uri('/srv/data')).toBeUndefined();
    expect(objectStorageFor('/srv/data', KEYS)).toBeUndefined();
    expect(objectStorageFor('gs://bucket/x', KEYS)).toBeUndefined();
  });

  it('gives LanceDB the standard variables under object_store names', () => {
    const settings = s3SettingsFromEnv({ ...KEYS, AWS_ENDPOINT_URL: 'http://127.0.0.1:9000', AWS_ALLOW_HTTP: 'true', AWS_REGION: 'auto' });
    expect(lanceStorageOptions(settings)).toEqual({
      aws_access_key_id: 'id',
      aws_secret_access_key: 'secret',
      aws_region: 'auto',
      aws_endpoint: 'http://127.0.0.1:9000',
      allow_http: 'true',
    });
    expect(s3SettingsFromEnv(KEYS).region).toBe('us-east-1');
  });

  it.each([
    [{ AWS_ACCESS_KEY_ID: 'id' }, /AWS_SECRET_ACCESS_KEY/],
    [{ ...KEYS, AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' }, /AWS_ALLOW_HTTP=true/],
    [{ ...KEYS, AWS_ENDPOINT_URL: 'not a url' }, /AWS_ENDPOINT_URL/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => s3SettingsFromEnv(env)).toThrow(ObjectStorageConfigError);
    expect(() => s3SettingsFromEnv(env)).toThrow(message);
  });
});
