// recursive generation: permutations, subsets, Hanoi, Ackermann
// spec: [language.function.recursion]
function permutations(arr) {
  if (arr.length <= 1) return [arr];
  var out = [];
  arr.forEach((x, i) => {
    var rest = arr.slice(0, i).concat(arr.slice(i + 1));
    permutations(rest).forEach((p) => out.push([x].concat(p)));
  });
  return out;
}
print(permutations([1, 2, 3]).map((p) => p.join("")).join(" "), permutations([1, 2, 3, 4, 5]).length);
function subsets(arr) {
  if (arr.length === 0) return [[]];
  var rest = subsets(arr.slice(1));
  return rest.concat(rest.map((s) => [arr[0]].concat(s)));
}
print(subsets(["a", "b", "c"]).map((s) => s.join("") || "-").join(" "));
var moves = [];
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
print(moves.join(" "), moves.length);
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
print(ack(2, 3), ack(3, 3));
