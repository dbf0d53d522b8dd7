// fill and copyWithin
// spec: [language.builtin.array-prototype]
print(JSON.stringify(new Array(3).fill(0)), JSON.stringify([1, 2, 3, 4].fill("x", 1, 3)));
print(JSON.stringify([1, 2, 3].fill(9, -1)), JSON.stringify([1, 2, 3].fill(9, 5)), JSON.stringify([1, 2, 3].fill(9, 1, -1)));
var shared = new Array(2).fill({});
shared[0].mark = true;
print(shared[1].mark);
print(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3)));
print(JSON.stringify([1, 2, 3, 4, 5].copyWithin(1, 0, 2)));
print(JSON.stringify([1, 2, 3, 4, 5].copyWithin(-2, 0)));
print(JSON.stringify([1, 2, 3, 4, 5].copyWithin(2, 0)));
var holes = [1, , 3, 4];
holes.copyWithin(2, 0, 2);
print(2 in holes, 3 in holes, holes[2]);
var al = { length: 3, 0: "a" };
Array.prototype.fill.call(al, "z", 1);
print(al[0], al[1], al[2]);
var r = [1, 2];
print(r.fill(0) === r, r.copyWithin(0, 1) === r);
