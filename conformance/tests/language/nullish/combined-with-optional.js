// ?? with optional chaining and default values
// spec: [language.operator.logical]
function settings(opts) {
  return {
    port: opts?.port ?? 80,
    host: opts?.host ?? "localhost",
    debug: opts?.debug ?? false,
    retries: opts?.retry?.count ?? 3,
  };
}
print(JSON.stringify(settings()));
print(JSON.stringify(settings({ port: 0, host: "", debug: true })));
print(JSON.stringify(settings({ retry: { count: 0 } })));
var cache = {};
function getOrCreate(key) {
  return (cache[key] ??= { key: key, created: Object.keys(cache).length });
}
print(getOrCreate("a").created, getOrCreate("b").created, getOrCreate("a").created);
var counts = {};
for (var w of "the cat the hat the end".split(" ")) counts[w] = (counts[w] ?? 0) + 1;
print(JSON.stringify(counts));
