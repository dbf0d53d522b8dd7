// the JSON object itself
// spec: [language.builtin.json-stringify]
print(typeof JSON, Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]);
print(JSON.stringify.length, JSON.parse.length, JSON.stringify.name, JSON.parse.name);
try {
  JSON();
} catch (e) {
  print(e.name);
}
try {
  new JSON();
} catch (e) {
  print(e.name);
}
print(Object.getPrototypeOf(JSON) === Object.prototype);
print(JSON.stringify(JSON), JSON.stringify({ json: JSON }));
