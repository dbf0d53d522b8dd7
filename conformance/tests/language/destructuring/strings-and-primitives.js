// destructuring primitives boxes them
// spec: [language.destructuring.binding]
var [a, b, ...rest] = "hello";
print(a, b, rest.join(""));
var { length, 0: first, [4]: last } = "world";
print(length, first, last);
var { toString: ts } = 1;
print(ts === Number.prototype.toString);
var { valueOf: bv } = true;
print(bv === Boolean.prototype.valueOf);
var { description } = Symbol("desc");
print(description);
var [x, y] = "😀b";
print(x.codePointAt(0), y);
var { length: len } = "😀";
print(len);
var { constructor: C } = "";
print(C === String);
