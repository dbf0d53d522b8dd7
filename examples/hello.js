// A small tour of the language subset Weft runs: closures, classes, destructuring,
// Map, JSON and template literals. Run it with
//   cargo run --release -p weft-reference-interp --bin weft-ref -- run examples/hello.js

function counter(start) {
  let n = start;
  return { next: () => ++n, peek: () => n };
}

class Shape {
  constructor(name) { this.name = name; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}

class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}

class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}

const ids = counter(0);
const shapes = [new Circle(1), new Rect(2, 3), new Circle(0.5)];
const byName = new Map();
for (const shape of shapes) {
  const { name } = shape;
  byName.set(name, (byName.get(name) || 0) + 1);
  print(`#${ids.next()} ${shape.describe()}`);
}

const [first, ...rest] = shapes;
print("first:", first.name, "rest:", rest.length);
print("counts:", JSON.stringify([...byName]));

const total = shapes.reduce((sum, s) => sum + s.area(), 0);
const report = { shapes: ids.peek(), total: Math.round(total * 100) / 100 };
print("report:", JSON.stringify(report));
console.log("parsed back:", JSON.parse(JSON.stringify(report)).total === report.total);
