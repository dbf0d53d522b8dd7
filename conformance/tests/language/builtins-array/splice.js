// splice: removing, inserting, replacing
// spec: [language.builtin.array-prototype]
var a = [0, 1, 2, 3, 4, 5];
print(JSON.stringify(a.splice(1, 2)), JSON.stringify(a));
print(JSON.stringify(a.splice(1, 0, "x", "y")), JSON.stringify(a));
print(JSON.stringify(a.splice(-2, 1, "z")), JSON.stringify(a));
print(JSON.stringify(a.splice(3)), JSON.stringify(a));
print(JSON.stringify(a.splice()), JSON.stringify(a));
print(JSON.stringify(a.splice(0, undefined)), a.length);
print(JSON.stringify(a.splice(1, -5)), JSON.stringify(a.splice(100, 1, "end")), JSON.stringify(a));
var b = [1, 2, 3];
print(JSON.stringify(b.splice(undefined)), b.length);
var c = [1, 2, 3, 4];
c.splice(1.7, 1.9);
print(JSON.stringify(c));
var holes = [1, , 3, , 5];
var removed = holes.splice(1, 2);
print(removed.length, 0 in removed, JSON.stringify(holes));
