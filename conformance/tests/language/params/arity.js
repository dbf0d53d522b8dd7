// missing and extra arguments
// spec: [language.function.params]
function three(a, b, c) {
  return [typeof a, typeof b, typeof c, arguments.length].join(",");
}
print(three());
print(three(1));
print(three(1, 2, 3, 4, 5));
function usesMissing(a, b) { return a + b; }
print(usesMissing(1), usesMissing("x"));
print(three.length, three.apply(null, [1, 2]));
print(three.call(null, ...["a", "b", "c", "d"]));
function count() { return arguments.length; }
print(count(undefined), count(...[]), count(...[, ,]));
