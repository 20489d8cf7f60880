import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { JsonlFeedbackStore, parseFeedbackLines } from '../src/feedback/jsonl-feedback-store.js';
import { feedbackRoutes } from '../src/http/feedback-routes.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-feedback-'));
const store = new JsonlFeedbackStore(path.join(dataDir, 'feedback'));
const app = new Hono().route('/', feedbackRoutes(store));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Ids in the form /api/ask issues (UUIDs); feedback for anything else is refused.
const ANS_2 = '2b7e1516-28ae-4d2a-a6f7-15880931d2a2';
const ANS_PII = '9c1a0f3e-5b2d-4e8f-9a7c-3d6e1f2a4b5c';

function post(body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

describe('POST /api/feedback', () => {
  it('stores ratings durably, without the client address, and they survive a new store instance', async () => {
    const up = await post({ answerId: '5f0c1c9e-1111-4a4a-9999-0123456789ab', rating: 'up' });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const tricky = '=HYPERLINK("x"), "따옴표" 그리고\n줄바꿈';
    expect((await post({ answerId: ANS_2, rating: 'down', comment: `  ${tricky} ` })).status).toBe(201);
    // Concurrent posts must not interleave inside a line.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post({ answerId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, rating: i % 2 ? 'up' : 'down', comment: 'x'.repeat(1500) }),
      ),
    );

    const raw = readFileSync(store.file, 'utf8');
    expect(raw).not.toContain('203.0.113.7');
    const reopened = await new JsonlFeedbackStore(store.dir).list();
    expect(reopened).toHaveLength(22);
    expect(reopened[0]).toMatchObject({ id, answerId: '5f0c1c9e-1111-4a4a-9999-0123456789ab', rating: 'up' });
    expect(reopened[0]?.comment).toBeUndefined();
    expect(reopened[1]).toMatchObject({ answerId: ANS_2, rating: 'down', comment: tricky });
    expect(Object.keys(reopened[1] ?? {}).sort()).toEqual(['answerId', 'comment', 'createdAt', 'id', 'rating']);
  });

  it('rejects bad input with a message naming the problem', async () => {
    const cases: Array<[unknown, RegExp]> = [
      ['{not json', /JSON/],
      [{ rating: 'up' }, /answerId/],
      [{ answerId: ANS_2, rating: 'meh' }, /rating/],
      [{ answerId: 'ans-2', rating: 'up' }, /answerId/],
      [{ answerId: '<script>', rating: 'up' }, /answerId/],
      [{ answerId: ANS_2, rating: 'up', comment: 'x'.repeat(2001) }, /comment/],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const payload = (await response.json()) as { error: { code: string; message: string } };
      expect(payload.error.message).toMatch(message);
    }
  });

  it('masks phone and resident registration numbers in comments before they are stored', async () => {
    const response = await post({ answerId: ANS_PII, rating: 'down', comment: '틀렸어요. 010-1234-5678 로 연락, 주민번호 900101-1234567' });
    expect(response.status).toBe(201);
    const raw = readFileSync(store.file, 'utf8');
    expect(raw).not.toContain('010-1234-5678');
    expect(raw).not.toContain('900101-1234567');
    const stored = (await store.list()).find((r) => r.answerId === ANS_PII);
    expect(stored?.comment).toBe('틀렸어요. [전화번호 삭제] 로 연락, 주민번호 [주민등록번호 삭제]');
  });

  it('skips a torn last line left by a crash', () => {
    expect(parseFeedbackLines('{"id":"1","answerId":"a","rating":"up","createdAt":"x"}\n{"id":"2","ans')).toHaveLength(1);
  });

  it('exports CSV and JSON with npm run feedback:export', async () => {
    const env = { ...process.env, DATA_DIR: dataDir };
    const csv = await run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--format', 'csv'], { env });
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,createdAt,answerId,rating,comment,answeredAt,question,lang,outcome,mode,answer,citations');
    expect(csv.stdout).toContain(`"'=HYPERLINK(""x""), ""따옴표"" 그리고\n줄바꿈"`);
    expect(csv.stderr).toContain('23 entries (0 with their answer');

    // DATA_DIR is under the system temp folder, outside the working directory: --force is needed.
    const out = path.join(dataDir, 'export.json');
    await expect(run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--out', out], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('is outside the working directory'),
    });
    expect(existsSync(out)).toBe(false);
    await expect(
      run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--out', '../../etc/policy-qa-feedback.csv'], { env }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('pass --force') });
    await run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--out', out, '--force'], { env });
    const exported = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(exported).toHaveLength(23);

    await expect(run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--format', 'xml'], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('--format must be csv or json'),
    });
  });
});
