// reasonably deep (but bounded) recursion must work
// spec: [language.function.recursion] [language.host.stack-overflow]
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(1000), depth(2000));
function sumTo(n, acc) { return n === 0 ? acc : sumTo(n - 1, acc + n); }
print(sumTo(2000, 0));
function build(n) { return n === 0 ? null : { v: n, next: build(n - 1) }; }
function length(list) { return list === null ? 0 : 1 + length(list.next); }
print(length(build(1500)));
var nested = [];
for (var i = 0, cur = nested; i < 500; i++) { var next = []; cur.push(next); cur = next; }
function nestDepth(a) { return a.length === 0 ? 0 : 1 + nestDepth(a[0]); }
print(nestDepth(nested));
