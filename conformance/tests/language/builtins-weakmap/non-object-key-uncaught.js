// an uncaught TypeError from a WeakMap key that is not an object
// spec: [language.builtin.weakmap] [language.host.uncaught]
var cache = new WeakMap();
var key = { id: 1 };
cache.set(key, "computed");
print(cache.get(key), cache.has(key));
print(cache.get("string key"), cache.has(42));
print("reads with primitive keys are fine; writes are not");
cache.set("string key", "not allowed");
print("unreachable");
