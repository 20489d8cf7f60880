/** One ordinary upload to a running server, timed as its operator sees it. */
export interface UploadTiming {
  passages: number;
  status: number;
  /** From sending POST /api/admin/documents until its answer (parse, embed, commit, manifest, compaction). */
  answeredMs: number;
  /** From sending it until GET /api/documents/:id finds it: the answer plus the server's engine rebuild. */
  visibleMs: number;
}

/** A short English notice of `sections` sections, different for each `n`, like an operator's upload. */
export function uploadMarkdown(n: number, sections = 4): string {
  const topics = ['land supply', 'tax relief', 'training grants', 'logistics links', 'energy costs', 'rental support'];
  const lines = [`# Cluster notice ${n}`, ''];
  for (let s = 1; s <= sections; s++) {
    const topic = topics[(n + s) % topics.length];
    lines.push(
      `## Part ${s}: ${topic}`,
      '',
      `Notice ${n} sets out the ${topic} measures for tenant firms in complex ${n}-${s}. Applications open in month ${1 + ((n + s) % 12)} and are reviewed by the regional cluster office within ${10 + s} working days.`,
      '',
    );
  }
  return lines.join('\n');
}

async function documentVisible(url: string, id: string, deadline: number): Promise<void> {
  for (;;) {
    const response = await fetch(`${url}/api/documents/${encodeURIComponent(id)}`);
    await response.arrayBuffer();
    if (response.status === 200) return;
    if (performance.now() > deadline) throw new Error(`uploaded document ${id} was not listed within the deadline (last status ${response.status})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Uploads `count` small documents one after the other through the admin API of a server that
 * holds the full index (the writer), and times each until it answers and until a read finds it.
 */
export async function timeUploads(options: { url: string; token: string; count: number; timeoutMs?: number }): Promise<UploadTiming[]> {
  const timings: UploadTiming[] = [];
  for (let n = 1; n <= options.count; n++) {
    const id = `bench-upload-${Date.now()}-${n}`;
    const form = new FormData();
    form.append('file', new File([uploadMarkdown(n)], `${id}.md`));
    form.append('id', id);
    const started = performance.now();
    const response = await fetch(`${options.url}/api/admin/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${options.token}` },
    }).catch((error: unknown) => {
      throw new Error(`upload ${n} failed after ${((performance.now() - started) / 1000).toFixed(0)} s: ${error instanceof Error ? error.message : error}`, {
        cause: (error as { cause?: unknown }).cause,
      });
    });
    const body = (await response.json().catch(() => ({}))) as { documents?: { passages?: number }[]; error?: unknown };
    const answeredMs = performance.now() - started;
    if (response.status >= 300) throw new Error(`upload ${n} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    await documentVisible(options.url, id, started + (options.timeoutMs ?? 600_000));
    timings.push({ passages: body.documents?.[0]?.passages ?? 0, status: response.status, answeredMs, visibleMs: performance.now() - started });
    console.error(
      `  upload ${n}/${options.count}: ${timings.at(-1)?.passages} passages, answered in ${(answeredMs / 1000).toFixed(1)} s, listed after ${((timings.at(-1)?.visibleMs ?? 0) / 1000).toFixed(1)} s`,
    );
  }
  return timings;
}
