// join and toString
// spec: [language.builtin.array-prototype]
var a = [1, "two", null, undefined, [3, [4]], true];
print(a.join(), a.join(" | "), a.join(""), a.toString());
print([].join(), [null].join(), [undefined, undefined].join("-"), [, ,].join("x"));
print([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0), [1, 2].join({ toString() { return "~"; } }));
print(String([1.5, -0, 1e21]), [0.1 + 0.2].join());
// (A cyclic array is left out: ECMA-262 recurses until the stack is exhausted, while
// engines special-case the cycle; neither behaviour is a portable expectation.)
var o = { toString() { return "O"; } };
print([o, o].join("+"));
print(Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "/"));
print(Array.prototype.join.call("str", "."));
var big = new Array(5).join("ab");
print(big, big.length);
print(Array.prototype.toString.call({ join() { return "custom join"; } }));
