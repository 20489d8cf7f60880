import type { Hono } from 'hono';

export interface UploadFile {
  name: string;
  bytes: Uint8Array | string;
}

/** POST /api/admin/documents as multipart/form-data, the way a browser form or curl -F sends it. */
export async function upload(app: Hono, input: { files: UploadFile[]; fields?: Record<string, string>; token?: string }): Promise<Response> {
  const form = new FormData();
  for (const file of input.files) {
    const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
    form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], file.name));
  }
  for (const [key, value] of Object.entries(input.fields ?? {})) form.append(key, value);
  return app.request('/api/admin/documents', { method: 'POST', body: form, headers: input.token ? { authorization: `Bearer ${input.token}` } : {} });
}

export async function ask(app: Hono, body: Record<string, unknown>): Promise<{ status: number; json: AskJson }> {
  const response = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as AskJson };
}

export interface AskJson {
  answer: string;
  grounded: boolean;
  citations: { n: number; docId: string; sectionPath: string; page?: number; quote: string; passageId: string }[];
}
