// map-set: the keyed collections. A word-frequency count in a Map keyed by strings, a
// graph stored as a Map of adjacency arrays searched breadth-first with a Set of visited
// nodes, Map iteration (entries/keys/values) and deletes. Measures hashing of strings and
// numbers and collection iteration.
const out = typeof print === "function" ? print : console.log;

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
}
const rand = lcg(7);

// word frequencies
const syll = ["an", "be", "co", "di", "eu", "fa", "go", "hi"];
const freq = new Map();
for (let i = 0; i < 400000; i++) {
  const r = rand();
  const w = syll[r & 7] + syll[(r >> 3) & 7] + syll[(r >> 6) & 3];
  freq.set(w, (freq.get(w) || 0) + 1);
}
let top = "";
let topCount = 0;
for (const [w, c] of freq) {
  if (c > topCount || (c === topCount && w < top)) { top = w; topCount = c; }
}

// a random graph and BFS from several roots
const N = 50000;
const graph = new Map();
for (let v = 0; v < N; v++) graph.set(v, []);
for (let e = 0; e < N * 3; e++) {
  const a = rand() % N;
  const b = rand() % N;
  graph.get(a).push(b);
  graph.get(b).push(a);
}
let reachSum = 0;
for (let root = 0; root < 8; root++) {
  const seen = new Set([root]);
  let frontier = [root];
  let depth = 0;
  while (frontier.length > 0) {
    const next = [];
    for (const v of frontier) {
      for (const w of graph.get(v)) {
        if (!seen.has(w)) { seen.add(w); next.push(w); }
      }
    }
    frontier = next;
    depth++;
  }
  reachSum += seen.size * 100 + depth;
}

// deletes and re-inserts, then iterate keys and values
const m = new Map();
for (let i = 0; i < 250000; i++) m.set("k" + (i % 50000), i);
for (let i = 0; i < 50000; i += 3) m.delete("k" + i);
let keyLen = 0;
for (const k of m.keys()) keyLen += k.length;
let valSum = 0;
for (const v of m.values()) valSum = (valSum + v) % 1000000007;

out("words", freq.size, "top", top, topCount, "reach", reachSum, "map", m.size, keyLen, valSum);
out("checksum", (freq.size * 7 + topCount + reachSum + m.size + keyLen + valSum) % 1000000007);
