/**
 * A reader for Microsoft's Compound File Binary format ([MS-CFB]), the container of HWP 5.0 files.
 * Written for hostile input: every sector chain is walked with a visited set and a length bound,
 * declared sizes are checked against the file and the caller's limit before anything is copied,
 * and the directory tree is walked iteratively with a visited set, so a cyclic chain, a cyclic
 * directory or a stream that claims gigabytes fails fast with CompoundFileError.
 */

export class CompoundFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompoundFileError';
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const MINI_SECTOR_SIZE = 64;
const DIRECTORY_ENTRY_SIZE = 128;

const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Stream paths ("BodyText/Section0", "FileHeader"), storages excluded. */
  streams(): string[];
  /** A stream's bytes, or undefined when there is no such stream. */
  read(path: string): Uint8Array | undefined;
}

/** Opens a compound file; maxStreamBytes bounds any one stream it will hand out. */
export function openCompoundFile(bytes: Uint8Array, maxStreamBytes: number): CompoundFile {
  if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw new CompoundFileError('not a compound file (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const sectorShift = u16(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CompoundFileError(`unsupported sector size 2^${sectorShift}`);
  const sectorSize = 1 << sectorShift;
  // Sectors that exist in this file: no chain can be longer, so no walk can run past this count.
  const sectorCount = Math.max(0, Math.floor((bytes.length - sectorSize) / sectorSize));
  const sectorOffset = (sector: number) => {
    if (sector >= sectorCount) throw new CompoundFileError(`sector ${sector} lies beyond the end of the file`);
    return (sector + 1) * sectorSize;
  };
  const perSector = sectorSize / 4;

  // The FAT's own sectors are listed by the DIFAT: 109 in the header, the rest in a DIFAT chain.
  const fatSectors: number[] = [];
  const fatSectorCount = u32(0x2c);
  if (fatSectorCount > sectorCount) throw new CompoundFileError(`declares ${fatSectorCount} FAT sectors in a file of ${sectorCount}`);
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE) {
    if (seenDifat.has(difat)) throw new CompoundFileError('the DIFAT chain loops');
    seenDifat.add(difat);
    const at = sectorOffset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + (perSector - 1) * 4);
  }
  const fat = new Uint32Array(fatSectors.length * perSector);
  for (const [i, sector] of fatSectors.entries()) {
    const at = sectorOffset(sector);
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = u32(at + j * 4);
  }

  /** Follows a chain through a sector table; a loop or a chain longer than `limit` entries is an error. */
  const chain = (table: Uint32Array, start: number, limit: number, what: string): number[] => {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; ) {
      if (sector === FREE || sector >= table.length) throw new CompoundFileError(`${what}: sector chain is broken at ${sector}`);
      if (seen.has(sector)) throw new CompoundFileError(`${what}: sector chain loops`);
      if (sectors.length >= limit) throw new CompoundFileError(`${what}: sector chain is longer than its declared size`);
      seen.add(sector);
      sectors.push(sector);
      sector = table[sector] as number;
    }
    return sectors;
  };

  const readChain = (start: number, size: number, what: string): Uint8Array => {
    const sectors = chain(fat, start, Math.ceil(size / sectorSize) || 1, what);
    if (sectors.length * sectorSize < size) throw new CompoundFileError(`${what}: declares ${size} bytes but its chain holds ${sectors.length * sectorSize}`);
    const out = new Uint8Array(size);
    for (const [i, sector] of sectors.entries()) {
      const at = sectorOffset(sector);
      const take = Math.min(sectorSize, size - i * sectorSize);
      if (take <= 0) break;
      out.set(bytes.subarray(at, at + take), i * sectorSize);
    }
    return out;
  };

  // The directory has no declared size in version 3 files: its chain ends where it ends.
  const directorySectors = chain(fat, u32(0x30), sectorCount, 'directory');
  const entries: Entry[] = [];
  for (const sector of directorySectors) {
    const base = sectorOffset(sector);
    for (let at = base; at < base + sectorSize; at += DIRECTORY_ENTRY_SIZE) {
      const nameLength = Math.min(u16(at + 0x40), 64);
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(at, at + Math.max(0, nameLength - 2)));
      // Version 3 files keep only the low 32 bits; the high word may hold garbage there.
      const high = sectorShift === 12 ? u32(at + 0x7c) : 0;
      entries.push({
        name,
        type: bytes[at + 0x42] as number,
        left: u32(at + 0x44),
        right: u32(at + 0x48),
        child: u32(at + 0x4c),
        start: u32(at + 0x74),
        size: high * 2 ** 32 + u32(at + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root?.type !== TYPE_ROOT) throw new CompoundFileError('the directory has no root entry');

  // Paths by walking each storage's red-black tree of children; a visited set stops cycles.
  const paths = new Map<string, Entry>();
  const visited = new Set<number>([0]);
  const pending: { id: number; prefix: string }[] = [{ id: root.child, prefix: '' }];
  while (pending.length > 0) {
    const { id, prefix } = pending.pop() as { id: number; prefix: string };
    if (id === NO_STREAM) continue;
    const entry = entries[id];
    if (!entry) throw new CompoundFileError(`directory entry ${id} does not exist`);
    if (visited.has(id)) throw new CompoundFileError('the directory tree loops');
    visited.add(id);
    pending.push({ id: entry.left, prefix }, { id: entry.right, prefix });
    if (entry.type === TYPE_STORAGE) pending.push({ id: entry.child, prefix: `${prefix}${entry.name}/` });
    else if (entry.type === TYPE_STREAM) paths.set(`${prefix}${entry.name}`, entry);
  }

  const cutoff = u32(0x38) || 4096;
  let miniStream: Uint8Array | undefined;
  let miniFat: Uint32Array | undefined;
  const mini = () => {
    if (!miniStream || !miniFat) {
      if (root.size > bytes.length) throw new CompoundFileError(`the mini stream declares ${root.size} bytes in a file of ${bytes.length}`);
      miniStream = readChain(root.start, root.size, 'mini stream');
      const miniFatSectors = chain(fat, u32(0x3c), Math.min(u32(0x40), sectorCount) || 1, 'mini FAT');
      miniFat = new Uint32Array(miniFatSectors.length * perSector);
      for (const [i, sector] of miniFatSectors.entries()) {
        const at = sectorOffset(sector);
        for (let j = 0; j < perSector; j++) miniFat[i * perSector + j] = u32(at + j * 4);
      }
    }
    return { stream: miniStream, table: miniFat };
  };

  return {
    streams: () => [...paths.keys()],
    read(path: string): Uint8Array | undefined {
      const entry = paths.get(path);
      if (!entry) return undefined;
      if (entry.size > maxStreamBytes) throw new CompoundFileError(`stream ${path} declares ${entry.size} bytes (limit ${maxStreamBytes})`);
      if (entry.size > bytes.length) throw new CompoundFileError(`stream ${path} declares ${entry.size} bytes in a file of ${bytes.length}`);
      if (entry.size === 0) return new Uint8Array(0);
      if (entry.size >= cutoff) return readChain(entry.start, entry.size, path);
      const { stream, table } = mini();
      const sectors = chain(table, entry.start, Math.ceil(entry.size / MINI_SECTOR_SIZE), path);
      if (sectors.length * MINI_SECTOR_SIZE < entry.size) throw new CompoundFileError(`${path}: declares ${entry.size} bytes but its chain is shorter`);
      const out = new Uint8Array(entry.size);
      for (const [i, sector] of sectors.entries()) {
        const at = sector * MINI_SECTOR_SIZE;
        const take = Math.min(MINI_SECTOR_SIZE, entry.size - i * MINI_SECTOR_SIZE);
        if (at + take > stream.length) throw new CompoundFileError(`${path}: mini sector ${sector} lies beyond the mini stream`);
        out.set(stream.subarray(at, at + take), i * MINI_SECTOR_SIZE);
      }
      return out;
    },
  };
}
