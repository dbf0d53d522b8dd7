// errors around return(): a throw from the body wins; a bad return() result throws on break
// spec: [language.iteration.protocol] [language.statement.for-of]
function iter(returnImpl) {
  return { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: returnImpl }; } };
}
try {
  for (var x of iter(() => { throw new Error("from return"); })) throw new Error("from body");
} catch (e) {
  print(e.message);
}
try {
  for (var y of iter(() => { throw new Error("from return"); })) break;
} catch (e) {
  print(e.message);
}
try {
  for (var z of iter(() => 5)) break;
} catch (e) {
  print("non-object result:", e.name);
}
try {
  for (var w of iter(() => 5)) throw new Error("body again");
} catch (e) {
  print(e.message);
}
for (var v of iter(undefined)) break;
print("undefined return is fine");
