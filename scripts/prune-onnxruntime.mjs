#!/usr/bin/env node
// Removes the onnxruntime-node binaries this machine can never load (postinstall, before the model).
//
// Why a prune and not an npm setting: onnxruntime-node (pinned by @huggingface/transformers) ships
// one npm tarball with native builds for six OS/CPU pairs, 208 MB installed, and npm has no way to
// select files of a package (no per-platform optional packages exist for it, unlike lancedb,
// workerd, biome or esbuild). Every release since does the same; newer ones are larger.
//
// Why it is safe: its loader (dist/binding.js) requires only
// bin/napi-v3/${process.platform}/${process.arch}/onnxruntime_binding.node, so the other pairs are
// dead weight on this machine, and a node_modules tree is tied to its platform anyway (the other
// native dependencies install only the host's build). `npm ci` re-extracts the whole package, and
// when the host's own folder is missing we touch nothing. On Linux the tarball also carries
// libonnxruntime.so.1 twice (the soname the binding links against, and libonnxruntime.so.<version>,
// byte for byte the same, because a tarball on npm cannot hold a symlink); the versioned name
// becomes a symlink to the soname again, as in ONNX Runtime's own release archives.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function findPackage() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  try {
    // Looked up from transformers (its only dependent), then from the root, wherever npm placed it.
    const from = [path.join(ROOT, 'node_modules', '@huggingface', 'transformers'), ROOT];
    return path.dirname(require.resolve('onnxruntime-node/package.json', { paths: from }));
  } catch {
    return undefined;
  }
}

function sizeOf(target) {
  const stat = fs.lstatSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function sameBytes(a, b) {
  return fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

export function pruneOnnxRuntime(pkgDir, platform = process.platform, arch = process.arch) {
  const binDir = path.join(pkgDir, 'bin');
  const napiDirs = fs.existsSync(binDir) ? fs.readdirSync(binDir).filter((name) => name.startsWith('napi-v')) : [];
  const hostDirs = napiDirs.map((napi) => path.join(binDir, napi, platform, arch)).filter((dir) => fs.existsSync(dir));
  if (hostDirs.length === 0) return { removed: [], bytes: 0, reason: `no build for ${platform}/${arch}; left as installed` };
  const removed = [];
  let bytes = 0;
  for (const napi of napiDirs) {
    for (const os of fs.readdirSync(path.join(binDir, napi))) {
      for (const cpu of fs.readdirSync(path.join(binDir, napi, os))) {
        if (os === platform && cpu === arch) continue;
        const dir = path.join(binDir, napi, os, cpu);
        bytes += sizeOf(dir);
        fs.rmSync(dir, { recursive: true, force: true });
        removed.push(`${os}/${cpu}`);
      }
      if (fs.readdirSync(path.join(binDir, napi, os)).length === 0) fs.rmdirSync(path.join(binDir, napi, os));
    }
  }
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  for (const dir of hostDirs) {
    const soname = path.join(dir, 'libonnxruntime.so.1');
    const versioned = path.join(dir, `libonnxruntime.so.${version}`);
    if (!fs.existsSync(soname) || !fs.existsSync(versioned) || fs.lstatSync(versioned).isSymbolicLink()) continue;
    if (!sameBytes(soname, versioned)) continue;
    bytes += fs.statSync(versioned).size;
    fs.rmSync(versioned);
    fs.symlinkSync('libonnxruntime.so.1', versioned);
    removed.push(`duplicate libonnxruntime.so.${version}`);
  }
  return { removed, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkgDir = findPackage();
  if (pkgDir) {
    const { removed, bytes, reason } = pruneOnnxRuntime(pkgDir);
    if (reason) console.log(`onnxruntime-node: ${reason}`);
    else if (removed.length > 0)
      console.log(`onnxruntime-node: kept ${process.platform}/${process.arch}, removed ${removed.join(', ')} (${Math.round(bytes / 1e6)} MB)`);
  }
}
