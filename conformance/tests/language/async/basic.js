// An async function runs synchronously until its first await and returns a promise.
async function f(x) {
  print("f start", x);
  const y = await x;
  print("f resumed", y);
  return y + 1;
}
print("before");
const p = f(1);
print("after call", p instanceof Promise);
p.then((v) => print("result", v));
async function g() {}
g().then((v) => print("empty body gives", v));
print(typeof f, f.length, f.name, "prototype" in f);
print(Object.getPrototypeOf(f) === Function.prototype);
print(Object.prototype.toString.call(f));
