import { deflateSync } from 'fflate';

/**
 * Writes minimal HWP 5.0 files for tests: a version-3 compound file (512-byte sectors, every stream
 * in regular sectors: the header's mini-stream cutoff is set to 1) holding FileHeader, DocInfo and
 * BodyText/Section0. The real Hancom files in ../shared/fixtures cover the mini stream.
 */
const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

export interface CompoundLayout {
  bytes: Uint8Array;
  /** First sector of each stream, to let a test damage its chain. */
  starts: Map<string, number>;
  /** Byte offset of each stream's directory entry, to let a test lie about its size. */
  entries: Map<string, number>;
  /** Byte offset of the FAT's first sector. */
  fatOffset: number;
}

export function makeCompoundFile(streams: Record<string, Uint8Array>): CompoundLayout {
  const names = Object.keys(streams);
  // Directory: root, one storage per folder, one entry per stream.
  const storages = [...new Set(names.filter((n) => n.includes('/')).map((n) => n.slice(0, n.indexOf('/'))))];
  const dirEntries: { name: string; type: number; parent: string; path?: string }[] = [{ name: 'Root Entry', type: 5, parent: '' }];
  for (const s of storages) dirEntries.push({ name: s, type: 1, parent: '' });
  for (const n of names)
    dirEntries.push({ name: n.includes('/') ? n.slice(n.indexOf('/') + 1) : n, type: 2, parent: n.includes('/') ? n.slice(0, n.indexOf('/')) : '', path: n });
  const dirSectors = Math.ceil((dirEntries.length * 128) / SECTOR);
  const streamSectors = names.map((n) => Math.max(1, Math.ceil((streams[n] as Uint8Array).length / SECTOR)));
  const dataSectors = dirSectors + streamSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dataSectors) fatSectors++;
  const total = fatSectors + dataSectors;
  const fat = new Uint32Array(fatSectors * 128).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  let next = fatSectors;
  const chain = (count: number) => {
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return start;
  };
  const dirStart = chain(dirSectors);
  const starts = new Map<string, number>();
  names.forEach((n, i) => {
    starts.set(n, chain(streamSectors[i] as number));
  });
  const out = new Uint8Array(SECTOR * (total + 1));
  const dv = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, fatSectors, true);
  dv.setUint32(0x30, dirStart, true);
  dv.setUint32(0x38, 1, true);
  dv.setUint32(0x3c, END, true);
  dv.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i < fatSectors ? i : FREE, true);
  const sectorAt = (s: number) => (s + 1) * SECTOR;
  for (let i = 0; i < fat.length; i++) dv.setUint32(sectorAt(Math.floor(i / 128)) + (i % 128) * 4, fat[i] as number, true);
  // Children of one storage are chained through right siblings: a degenerate but valid tree.
  const entries = new Map<string, number>();
  const idOf = (name: string, parent: string) => dirEntries.findIndex((e) => e.name === name && e.parent === parent && e.type !== 5);
  dirEntries.forEach((entry, id) => {
    const at = sectorAt(dirStart) + id * 128;
    const name = new Uint16Array([...entry.name].map((c) => c.charCodeAt(0)));
    out.set(new Uint8Array(name.buffer), at);
    dv.setUint16(at + 0x40, (entry.name.length + 1) * 2, true);
    out[at + 0x42] = entry.type;
    const siblings = dirEntries.map((e, i) => ({ e, i })).filter(({ e }) => e.type !== 5 && e.parent === entry.parent);
    const position = siblings.findIndex((s) => s.i === id);
    dv.setUint32(at + 0x44, FREE, true);
    dv.setUint32(at + 0x48, entry.type !== 5 && position >= 0 && position + 1 < siblings.length ? (siblings[position + 1] as { i: number }).i : FREE, true);
    const childName =
      entry.type === 5
        ? dirEntries.find((e) => e.type !== 5 && e.parent === '')
        : entry.type === 1
          ? dirEntries.find((e) => e.parent === entry.name)
          : undefined;
    dv.setUint32(at + 0x4c, childName ? idOf(childName.name, childName.parent) : FREE, true);
    if (entry.path) {
      const data = streams[entry.path] as Uint8Array;
      const start = starts.get(entry.path) as number;
      dv.setUint32(at + 0x74, start, true);
      dv.setUint32(at + 0x78, data.length, true);
      out.set(data, sectorAt(start));
      entries.set(entry.path, at);
    } else dv.setUint32(at + 0x74, entry.type === 5 ? END : 0, true);
  });
  return { bytes: out, starts, entries, fatOffset: sectorAt(0) };
}

function record(tag: number, level: number, data: Uint8Array): Uint8Array {
  const big = data.length >= 0xfff;
  const out = new Uint8Array(4 + (big ? 4 : 0) + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, tag | (level << 10) | ((big ? 0xfff : data.length) << 20), true);
  if (big) dv.setUint32(4, data.length, true);
  out.set(data, big ? 8 : 4);
  return out;
}

function utf16(text: string): Uint8Array {
  const units = new Uint16Array([...text].flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)])));
  return new Uint8Array(units.buffer);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type HwpBlock = { text: string; pt?: number } | { table: string[][]; pt?: number };

/** Paragraph header data: text length, control mask, paragraph shape 0, style 0. */
function paraHeader(units: number): Uint8Array {
  const data = new Uint8Array(24);
  new DataView(data.buffer).setUint32(0, units, true);
  return data;
}

function paragraph(text: string, level: number, charShape: number): Uint8Array[] {
  const body = utf16(`${text}\r`);
  const shapes = new Uint8Array(8);
  new DataView(shapes.buffer).setUint32(4, charShape, true);
  return [record(0x42, level, paraHeader(body.length / 2)), record(0x43, level + 1, body), record(0x44, level + 1, shapes)];
}

function table(rows: string[][], level: number, charShape: number): Uint8Array[] {
  // The paragraph holds one extended control (code 11, eight code units) whose CTRL_HEADER is the table.
  const control = new Uint16Array([11, 0x6c20, 0x7462, 0, 0, 0, 0, 11, 13]);
  const out = [record(0x42, level, paraHeader(control.length)), record(0x43, level + 1, new Uint8Array(control.buffer))];
  const ctrl = new Uint8Array(4);
  new DataView(ctrl.buffer).setUint32(0, 0x74626c20, true); // "tbl "
  out.push(record(0x47, level + 1, ctrl));
  const tbl = new Uint8Array(8);
  new DataView(tbl.buffer).setUint16(4, rows.length, true);
  new DataView(tbl.buffer).setUint16(6, rows[0]?.length ?? 0, true);
  out.push(record(0x4d, level + 2, tbl));
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const list = new Uint8Array(16);
      const dv = new DataView(list.buffer);
      dv.setUint16(0, 1, true);
      dv.setUint16(8, c, true);
      dv.setUint16(10, r, true);
      out.push(record(0x48, level + 2, list));
      out.push(...paragraph(cell, level + 2, charShape));
    });
  });
  return out;
}

/** A CharShape record whose base size is `pt` points. */
function charShape(pt: number): Uint8Array {
  const data = new Uint8Array(72);
  new DataView(data.buffer).setInt32(42, pt * 100, true);
  return record(0x15, 0, data);
}

export interface HwpOptions {
  compressed?: boolean;
  distribution?: boolean;
  password?: boolean;
  /** Replaces the body section's bytes as stored (after compression). */
  rawSection?: Uint8Array;
}

/** An HWP 5.0 file with the given paragraphs (10 pt unless `pt` says otherwise) and tables. */
export function makeHwp(blocks: HwpBlock[], options: HwpOptions = {}): CompoundLayout {
  const sizes = [...new Set([10, ...blocks.flatMap((b) => (b.pt ? [b.pt] : []))])];
  const docInfo = concat(sizes.map(charShape));
  const section = concat(
    blocks.flatMap((b) => ('table' in b ? table(b.table, 0, sizes.indexOf(b.pt ?? 10)) : paragraph(b.text, 0, sizes.indexOf(b.pt ?? 10)))),
  );
  const header = new Uint8Array(256);
  header.set(new TextEncoder().encode('HWP Document File'));
  const dv = new DataView(header.buffer);
  dv.setUint32(32, 0x05000304, true);
  const compressed = options.compressed ?? true;
  dv.setUint32(36, (compressed ? 1 : 0) | (options.password ? 2 : 0) | (options.distribution ? 4 : 0), true);
  const pack = (data: Uint8Array) => (compressed ? deflateSync(data) : data);
  return makeCompoundFile({
    FileHeader: header,
    DocInfo: pack(docInfo),
    'BodyText/Section0': options.rawSection ?? pack(section),
  });
}
