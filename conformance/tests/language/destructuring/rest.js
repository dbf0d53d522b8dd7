// rest elements and rest properties
// spec: [language.destructuring.binding]
var [a, ...others] = "xyz";
print(a, others.join(""), Array.isArray(others));
var [...all] = new Set([1, 2, 2, 3]);
print(all.join(","));
var [, ...tail] = [1];
print(tail.length);
var { p, ...restProps } = { p: 1, q: 2, r: 3 };
print(p, JSON.stringify(restProps));
var proto = { inherited: true };
var src = Object.create(proto);
src.own = 1;
Object.defineProperty(src, "hidden", { value: 2, enumerable: false });
var s = Symbol("s");
src[s] = "sym";
var { ...got } = src;
print(JSON.stringify(got), got[s], "inherited" in got);
var [[...inner], ...outer] = [[1, 2], 3, 4];
print(inner.length, outer.length);
var { a: { ...nestedRest } } = { a: { x: 1, y: 2 } };
print(Object.keys(nestedRest).join(""));
var [x, ...[y, z]] = [1, 2, 3];
print(x, y, z);
