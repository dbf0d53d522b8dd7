// reverse mutates in place and keeps holes
// spec: [language.builtin.array-prototype]
var a = [1, 2, 3, 4];
var r = a.reverse();
print(r === a, a.join(""));
print([1, 2, 3].reverse().join(""), [].reverse().length, [1].reverse()[0]);
var holes = [1, , 3, , ];
holes.reverse();
print(holes.length, JSON.stringify(holes), 0 in holes, 1 in holes);
var al = { length: 3, 0: "a", 2: "c" };
Array.prototype.reverse.call(al);
print(al[0], 1 in al, al[2]);
var s = "hello".split("").reverse().join("");
print(s);
