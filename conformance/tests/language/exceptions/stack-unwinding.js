// exceptions unwind through several frames, running finally blocks on the way
// spec: [language.statement.try]
var log = [];
function a() { try { b(); } finally { log.push("a finally"); } }
function b() { try { c(); } finally { log.push("b finally"); } }
function c() { log.push("c throws"); throw new SyntaxError("from c"); }
try {
  a();
} catch (e) {
  log.push("top caught " + e.name);
}
print(log.join(" > "));
function countDepth(n) {
  if (n === 0) throw { depth: 0 };
  try {
    countDepth(n - 1);
  } catch (e) {
    e.depth++;
    throw e;
  }
}
try {
  countDepth(25);
} catch (e) {
  print("depth", e.depth);
}
