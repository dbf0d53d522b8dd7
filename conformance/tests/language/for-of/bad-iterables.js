// protocol violations raise TypeError
// spec: [language.iteration.protocol] [language.statement.for-of]
function attempt(label, obj) {
  try {
    for (var x of obj) break;
    print(label, "ok");
  } catch (e) {
    print(label, e.name);
  }
}
attempt("number", 5);
attempt("plain object", {});
attempt("null", null);
attempt("iterator not a function", { [Symbol.iterator]: 1 });
attempt("returns primitive", { [Symbol.iterator]() { return 1; } });
attempt("next missing", { [Symbol.iterator]() { return {}; } });
attempt("next returns primitive", { [Symbol.iterator]() { return { next() { return 3; } }; } });
attempt("valid", { [Symbol.iterator]() { return { next() { return { done: true }; } }; } });
