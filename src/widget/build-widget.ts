/**
 * Bundles the browser code (Node-side build step, run by `npm run build:widget` and before
 * start/test): widget.ts -> widget.js and page.ts -> page.js, minified IIFEs, plus .gz copies
 * that the server sends to browsers accepting gzip.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WIDGET_ENTRIES = { widget: 'widget.ts', page: 'page.ts' } as const;
export const DEFAULT_WIDGET_OUT_DIR = fileURLToPath(new URL('../../dist/widget/', import.meta.url));
const SOURCE_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface BuiltAsset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildWidget(options: { outDir?: string; minify?: boolean } = {}): Promise<BuiltAsset[]> {
  const outDir = options.outDir ?? DEFAULT_WIDGET_OUT_DIR;
  await mkdir(outDir, { recursive: true });
  const built: BuiltAsset[] = [];
  for (const [name, entry] of Object.entries(WIDGET_ENTRIES)) {
    const result = await build({
      entryPoints: [path.join(SOURCE_DIR, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      // Browsers with constructable stylesheets and adoptedStyleSheets (Safari 16.4+, Firefox 101+).
      target: ['es2020', 'chrome100', 'firefox101', 'safari16'],
      minify: options.minify ?? true,
      legalComments: 'none',
      charset: 'utf8',
      write: false,
      logLevel: 'warning',
    });
    const code = result.outputFiles[0]?.contents;
    if (!code) throw new Error(`esbuild produced no output for ${entry}`);
    const file = path.join(outDir, `${name}.js`);
    const gzipped = gzipSync(code, { level: 9 });
    await writeFile(file, code);
    await writeFile(`${file}.gz`, gzipped);
    built.push({ file, bytes: code.byteLength, gzipBytes: gzipped.byteLength });
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWidget()
    .then((assets) => {
      for (const a of assets)
        console.log(`${path.relative(process.cwd(), a.file)}  ${(a.bytes / 1024).toFixed(1)} KB, ${(a.gzipBytes / 1024).toFixed(1)} KB gzipped`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
