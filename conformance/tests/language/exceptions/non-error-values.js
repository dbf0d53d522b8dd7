// any value can be thrown
// spec: [language.statement.try]
var values = [42, "a string", null, undefined, true, { custom: 1 }, [1, 2], Symbol("thrown")];
for (var v of values) {
  try {
    throw v;
  } catch (e) {
    var desc = typeof e === "symbol" ? e.description : typeof e === "object" && e !== null ? JSON.stringify(e) : String(e);
    print(typeof e, desc, e === v);
  }
}
function Custom(msg) { this.msg = msg; }
try {
  throw new Custom("not an Error");
} catch (e) {
  print(e instanceof Custom, e instanceof Error, e.msg, "stack" in e);
}
