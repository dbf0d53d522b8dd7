// try/catch/finally exits around await in async functions: each finally runs once
// spec: [language.statement.try] [language.async.await]
var log = [];
function p(s) { log.push(s); }
async function a1() {
  try { await null; return "a"; } finally { p("f1"); await null; p("f1b"); }
}
async function a2() {
  try { return await "b"; } finally { p("f2"); throw "t2"; }
}
async function a3() {
  for (var i = 0; i < 3; i++) {
    try { await i; if (i === 1) continue; if (i === 2) break; p("body" + i); } finally { p("f3-" + i); }
  }
  return "i=" + i;
}
async function a4() {
  try {
    try { await Promise.reject("r"); } catch (e) { p("c4 " + e); return "c"; } finally { p("f4"); await null; throw "t4"; }
  } catch (e) { p("outer " + e); }
  return "fell";
}
async function a5() {
  try { return "x"; } finally {
    switch (0) { case 1: return "never"; default: p("f5"); }
    await null;
    nope;
  }
}
async function main() {
  var fs = [a1, a2, a3, a4, a5];
  for (var i = 0; i < fs.length; i++) {
    log = [];
    var r;
    try { r = "=" + (await fs[i]()); } catch (e) { r = "!" + (e && e.name ? e.name : e); }
    print("a" + (i + 1), r, log.join(","));
  }
}
main();
