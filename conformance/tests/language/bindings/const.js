// const bindings cannot be reassigned but the object can be mutated
// spec: [language.binding.const-assign]
const o = { n: 1 };
o.n = 2;
o.m = 3;
print(JSON.stringify(o));
try {
  o = {};
} catch (e) {
  print(e.name, e instanceof TypeError);
}
const arr = [1];
arr.push(2);
print(arr.length);
function tryOps() {
  const k = 1;
  var results = [];
  try { k++; } catch (e) { results.push(e.name); }
  try { k += 1; } catch (e) { results.push(e.name); }
  try { [k] = [5]; } catch (e) { results.push(e.name); }
  try { ({ k } = { k: 9 }); } catch (e) { results.push(e.name); }
  print(results.join(","), k);
}
tryOps();
for (const x of [1, 2]) print("for-of const", x);
for (const key in { a: 1, b: 2 }) print("for-in const", key);
