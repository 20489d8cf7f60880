import type { IngestProgress } from '../ingest/ingest.js';

/** A progress bar on a terminal; a line per tenth of the work when output is piped. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: IngestProgress) => void {
  let lastTenth = -1;
  return ({ done, total, file, detail }) => {
    if (total === 0) return;
    // Lines from inside a file (OCR pages) are kept: they say why this file takes long.
    if (detail) {
      stream.write(`${stream.isTTY ? '\n' : ''}${detail}\n`);
      return;
    }
    if (stream.isTTY) {
      const width = 28;
      const filled = Math.round((done / total) * width);
      const name = file ? file.split('/').slice(-1)[0] : 'done';
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(90).slice(0, 100));
      if (done === total) stream.write('\n');
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`ingest: ${done}/${total} files\n`);
    }
  };
}
