// defaults combined with destructuring, and evaluation order between them
// spec: [language.function.params]
var log = [];
function d(name, v) { log.push(name); return v; }
function f({ a = d("a", 1), b = d("b", 2) } = d("obj", {}), [c = d("c", 3)] = d("arr", [])) {
  return a + b + c;
}
print(f(), log.join(","));
log = [];
print(f({ a: 10 }, [20]), log.join(","));
log = [];
print(f({ b: undefined }, [undefined]), log.join(","));
function g({ length } = "default") { return length; }
print(g(), g("ab"), g([1, 2, 3]));
function h([x, y] = [1, 2], { z } = { z: x + y }) { return z; }
print(h(), h([5, 5]), h(undefined, { z: 0 }));
