// short-circuiting skips the rest of the chain and its side effects
// spec: [language.operator.optional-chain]
var count = 0;
function side() { count++; return "k"; }
var n = null;
print(n?.[side()], n?.a.b.c.d, n?.a[side()](side()), count);
var o = { a: null };
print(o.a?.b.c, o.a?.b(), count);
print((n?.a)?.b, count);
try {
  (n?.a).b;
} catch (e) {
  print("parenthesised breaks the chain:", e.name);
}
var undefFn;
print(undefFn?.(side()), count);
var obj = { inner: undefined };
print(obj.inner?.deep.deeper(side()), count);
print(n?.x ?? "fallback");
