// rest parameters are real arrays
// spec: [language.function.params]
function f(first, ...rest) {
  return [first, rest.length, Array.isArray(rest), rest.join("+")].join(";");
}
print(f(), f(1), f(1, 2, 3));
function onlyRest(...all) { return all; }
print(JSON.stringify(onlyRest()), JSON.stringify(onlyRest(undefined, null)));
var r = onlyRest(1, 2);
r.push(3);
print(r.length, typeof r.map);
function restVsArguments(a, ...rest) {
  return arguments.length + "/" + rest.length;
}
print(restVsArguments(1, 2, 3));
function destructRest(...[a, b, ...c]) { return [a, b, c.length].join(","); }
print(destructRest(1, 2, 3, 4, 5));
var sum = (...nums) => nums.reduce((s, n) => s + n, 0);
print(sum(), sum(1, 2, 3, 4));
print(f.length, onlyRest.length, destructRest.length);
