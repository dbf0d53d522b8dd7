// objects: property-heavy object code. Class instances with several fields, polymorphic
// method calls over four shapes, object literals built and read in loops, property
// writes on existing objects, prototype-chain lookups and getters. Measures shapes /
// inline caches and method dispatch.
const out = typeof print === "function" ? print : console.log;

class Shape {
  constructor(x, y) {
    this.x = x;
    this.y = y;
    this.hits = 0;
  }
  move(dx, dy) {
    this.x += dx;
    this.y += dy;
    this.hits++;
  }
  get centre() {
    return this.x + this.y;
  }
}
class Circle extends Shape {
  constructor(x, y, r) {
    super(x, y);
    this.r = r;
  }
  area() {
    return 3 * this.r * this.r;
  }
}
class Rect extends Shape {
  constructor(x, y, w, h) {
    super(x, y);
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(x, y, s) {
    super(x, y, s, s);
  }
}
class Tri extends Shape {
  constructor(x, y, b, h) {
    super(x, y);
    this.b = b;
    this.h = h;
  }
  area() {
    return (this.b * this.h) >> 1;
  }
}

function makeShapes(n) {
  const shapes = [];
  for (let i = 0; i < n; i++) {
    switch (i % 4) {
      case 0: shapes.push(new Circle(i, i + 1, (i % 7) + 1)); break;
      case 1: shapes.push(new Rect(i, i * 2, (i % 5) + 1, (i % 3) + 2)); break;
      case 2: shapes.push(new Square(i, 3, (i % 9) + 1)); break;
      default: shapes.push(new Tri(1, i, (i % 4) + 2, (i % 6) + 2));
    }
  }
  return shapes;
}

function simulate(shapes, rounds) {
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      s.move(r & 1, (i + r) & 3);
      total = (total + s.area() + (s.centre & 1023)) % 1000000007;
    }
  }
  return total;
}

function records(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const rec = { id: i, name: "r", score: i % 100, tags: null, parent: null, depth: 0 };
    const child = { id: i + 1, name: "c", score: rec.score + 1, tags: null, parent: rec, depth: rec.depth + 1 };
    child.score += child.parent.score;
    rec.tags = child;
    acc = (acc + rec.tags.score + child.depth + child.parent.id) % 1000000007;
  }
  return acc;
}

const shapes = makeShapes(4000);
const a = simulate(shapes, 600);
const b = records(2500000);
let hits = 0;
for (const s of shapes) hits += s.hits;
out("simulate", a, "records", b, "hits", hits);
out("checksum", (a + b * 7 + hits) % 1000000007);
