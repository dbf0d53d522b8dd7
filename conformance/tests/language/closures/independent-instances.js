// each call to a factory creates a fresh environment
// spec: [language.function.closures]
function makeId(prefix) {
  let n = 0;
  return () => prefix + ++n;
}
const a = makeId("a"), b = makeId("b");
print(a(), a(), b(), a(), b());
const makers = [];
for (let i = 0; i < 3; i++) makers.push(makeId("m" + i));
print(makers.map((m) => m() + m()).join(" "));
function Counter() {
  let count = 0;
  this.up = () => ++count;
}
const c1 = new Counter(), c2 = new Counter();
c1.up(); c1.up(); c2.up();
print(c1.up(), c2.up(), c1.up === c2.up);
