// raytracer: a small Whitted-style ray tracer (spheres and a checkered plane, diffuse
// and specular-free shading, hard shadows, two reflection bounces) rendering a 320x240
// image; the checksum is a hash of the 8-bit pixel values. Only + - * /, Math.sqrt and
// the exact Math.floor/Math.abs, so every engine computes bit-identical pixels.
// Measures floating-point arithmetic on small short-lived vector objects and method calls.
const out = typeof print === "function" ? print : console.log;

class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
  mul(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  norm() { const l = Math.sqrt(this.dot(this)); return new Vec(this.x / l, this.y / l, this.z / l); }
}

class Sphere {
  constructor(c, r, color, refl) { this.c = c; this.r2 = r * r; this.color = color; this.refl = refl; }
  hit(o, d) {
    const oc = o.sub(this.c);
    const b = oc.dot(d);
    const c = oc.dot(oc) - this.r2;
    const disc = b * b - c;
    if (disc < 0) return -1;
    const s = Math.sqrt(disc);
    const t = -b - s;
    if (t > 1e-4) return t;
    const t2 = -b + s;
    return t2 > 1e-4 ? t2 : -1;
  }
  normal(p) { return p.sub(this.c).norm(); }
  colorAt() { return this.color; }
}

class Plane {
  constructor(y) { this.y = y; this.refl = 0.25; }
  hit(o, d) {
    if (Math.abs(d.y) < 1e-9) return -1;
    const t = (this.y - o.y) / d.y;
    return t > 1e-4 ? t : -1;
  }
  normal() { return new Vec(0, 1, 0); }
  colorAt(p) {
    const check = (Math.floor(p.x) + Math.floor(p.z)) & 1;
    return check ? new Vec(0.9, 0.9, 0.9) : new Vec(0.2, 0.2, 0.25);
  }
}

const scene = [
  new Sphere(new Vec(0, 1, 5), 1, new Vec(0.9, 0.2, 0.2), 0.3),
  new Sphere(new Vec(-2.2, 0.8, 6), 0.8, new Vec(0.2, 0.9, 0.3), 0.2),
  new Sphere(new Vec(2.1, 1.2, 6.5), 1.2, new Vec(0.3, 0.3, 0.95), 0.5),
  new Sphere(new Vec(0.6, 0.35, 3.4), 0.35, new Vec(0.95, 0.85, 0.2), 0.1),
  new Plane(0),
];
const light = new Vec(-4, 8, -2);

function nearest(o, d) {
  let best = -1;
  let obj = null;
  for (let i = 0; i < scene.length; i++) {
    const t = scene[i].hit(o, d);
    if (t > 0 && (best < 0 || t < best)) { best = t; obj = scene[i]; }
  }
  return obj === null ? null : { t: best, obj };
}

function trace(o, d, depth) {
  const h = nearest(o, d);
  if (h === null) {
    const k = 0.5 * (d.y + 1);
    return new Vec(0.5 + 0.3 * k, 0.7 + 0.2 * k, 1);
  }
  const p = o.add(d.mul(h.t));
  const n = h.obj.normal(p);
  const toLight = light.sub(p);
  const ldist = Math.sqrt(toLight.dot(toLight));
  const l = toLight.mul(1 / ldist);
  let diffuse = n.dot(l);
  if (diffuse < 0) diffuse = 0;
  const shadow = nearest(p, l);
  if (shadow !== null && shadow.t < ldist) diffuse *= 0.3;
  let color = h.obj.colorAt(p).mul(0.15 + 0.85 * diffuse);
  if (depth > 0 && h.obj.refl > 0) {
    const r = d.sub(n.mul(2 * d.dot(n)));
    color = color.mul(1 - h.obj.refl).add(trace(p, r, depth - 1).mul(h.obj.refl));
  }
  return color;
}

const W = 320;
const H = 240;
const eye = new Vec(0, 1.2, -1);
let hash = 0;
let sum = 0;
const clamp = (v) => (v <= 0 ? 0 : v >= 1 ? 255 : Math.floor(v * 255));
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const dir = new Vec((x - W / 2) / H, (H / 2 - y) / H, 1).norm();
    const c = trace(eye, dir, 2);
    const r = clamp(c.x);
    const g = clamp(c.y);
    const b = clamp(c.z);
    sum += r + g + b;
    hash = (Math.imul(hash, 16777619) ^ ((r << 16) | (g << 8) | b)) >>> 0;
  }
}
out("pixels", W * H, "sum", sum);
out("checksum", hash);
