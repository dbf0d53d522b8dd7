// errors replaced, suppressed and chained by hand (no `cause`)
// spec: [language.builtin.error]
function withCleanup(work, cleanup) {
  try {
    return work();
  } finally {
    cleanup();
  }
}
try {
  withCleanup(() => { throw new TypeError("work failed"); }, () => { throw new RangeError("cleanup failed"); });
} catch (e) {
  print("the last error wins:", e.name, e.message);
}
function wrap(f, context) {
  try {
    return f();
  } catch (inner) {
    var outer = new Error(context + ": " + inner.message);
    outer.inner = inner;
    throw outer;
  }
}
try {
  wrap(() => wrap(() => { throw new EvalError("root"); }, "level1"), "level2");
} catch (e) {
  print(e.message, e.inner.name, e.inner.inner.name, e.inner.inner instanceof EvalError);
}
