// shift and unshift
// spec: [language.builtin.array-prototype]
var a = [1, 2, 3];
print(a.shift(), JSON.stringify(a));
print(a.unshift(0), JSON.stringify(a));
print(a.unshift(-2, -1), JSON.stringify(a));
print([].shift(), [].unshift());
var holes = [, 1, , 2];
holes.shift();
print(holes.length, 0 in holes, 1 in holes, JSON.stringify(holes));
holes.unshift("x");
print(holes.length, 2 in holes, JSON.stringify(holes));
var queue = [];
for (var i = 0; i < 5; i++) queue.push(i);
var order = [];
while (queue.length) order.push(queue.shift());
print(order.join(""));
var al = { length: 2, 0: "a", 1: "b" };
print(Array.prototype.shift.call(al), al.length, al[0], 1 in al);
