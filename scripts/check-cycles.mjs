#!/usr/bin/env node
// `npm run lint` step: fails when the import graph of src/ has a cycle between folders or files.
// Every static, type-only and dynamic import counts: a cycle of types is still a layering knot.
// Usage: node scripts/check-cycles.mjs [root=src]
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(process.argv[2] ?? 'src');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Resolves a relative specifier (`./x.js`, `../y`) to a .ts file under root, or undefined. */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(m?js|tsx?)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((t) => t && t !== file);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan), each a set of files in a cycle. */
export function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** One concrete loop through a component, for the message: a -> b -> ... -> a. */
function loopThrough(graph, component) {
  const members = new Set(component);
  const start = component.slice().sort()[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [start];
        for (let at = node; at !== start; at = previous.get(at)) loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

/** The same graph between top-level folders of root (src/http/middleware counts as http). */
function folderGraph(files) {
  const folder = (file) => path.relative(root, file).split(path.sep)[0];
  const graph = new Map();
  const witness = new Map();
  for (const [file, targets] of files) {
    const from = folder(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of targets) {
      const to = folder(target);
      if (to === from) continue;
      graph.get(from).add(to);
      if (!witness.has(`${from} ${to}`)) witness.set(`${from} ${to}`, `${path.relative(root, file)} imports ${path.relative(root, target)}`);
    }
  }
  return { graph: new Map([...graph].map(([k, v]) => [k, [...v]])), witness };
}

const files = importGraph(sourceFiles(root));
const folders = folderGraph(files);
const fileCycles = cycles(files);
const folderCycles = cycles(folders.graph);
const where = path.relative(process.cwd(), root) || root;
if (fileCycles.length === 0 && folderCycles.length === 0) {
  console.log(`import cycles: none among ${files.size} files and ${folders.graph.size} folders under ${where}`);
} else {
  console.error(`import cycles under ${where} (every import counts, type-only and dynamic too):`);
  for (const component of folderCycles) {
    const loop = loopThrough(folders.graph, component);
    console.error(`  folders ${loop.join(' -> ')}`);
    for (let i = 0; i + 1 < loop.length; i++) console.error(`    ${folders.witness.get(`${loop[i]} ${loop[i + 1]}`)}`);
  }
  for (const component of fileCycles) {
    const loop = loopThrough(files, component).map((file) => path.relative(root, file));
    console.error(`  files ${loop.join(' -> ')}${component.length > 2 ? `  (${component.length} files involved)` : ''}`);
  }
  process.exitCode = 1;
}
