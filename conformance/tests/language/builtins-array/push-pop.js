// push and pop
// spec: [language.builtin.array-prototype]
var a = [];
print(a.push(1), a.push(2, 3), a.push(), JSON.stringify(a));
print(a.pop(), a.pop(), JSON.stringify(a), a.length);
print(a.pop(), a.pop(), a.length);
var holes = [1, , ];
print(holes.length, holes.pop(), holes.length);
var arrayLike = { length: 2, 0: "a", 1: "b" };
Array.prototype.push.call(arrayLike, "c");
print(arrayLike.length, arrayLike[2]);
print(Array.prototype.pop.call(arrayLike), arrayLike.length, 2 in arrayLike);
var noLength = {};
Array.prototype.push.call(noLength, "x");
print(noLength.length, noLength[0]);
var big = { length: 2 ** 53 - 1 };
try {
  Array.prototype.push.call(big, 1);
} catch (e) {
  print("length overflow:", e.name);
}
