// call/apply/bind cannot change an arrow's this, but arguments pass through
// spec: [language.builtin.function] [language.function.arrow]
var outerThis = this;
var arrow = (a, b) => [this === outerThis, a, b].join(",");
print(arrow.call({ x: 1 }, 1, 2));
print(arrow.apply({ x: 1 }, [3, 4]));
var bound = arrow.bind({ x: 1 }, 5);
print(bound(6), bound.name, bound.length);
function make() {
  return () => this.tag;
}
var a1 = make.call({ tag: "A" });
var a2 = make.call({ tag: "B" });
print(a1(), a2(), a1.call({ tag: "C" }));
