// per-iteration bindings of let in for loops
// spec: [language.binding.per-iteration]
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
print(fs.map(function (f) { return f(); }).join(","));
var gs = [];
for (var j = 0; j < 3; j++) gs.push(function () { return j; });
print(gs.map(function (g) { return g(); }).join(","));
// the copy happens before the increment, so closures see their own iteration's value
var hs = [];
for (let k = 0; k < 3; k++) {
  hs.push(function () { return k; });
  k++;
}
print(hs.map(function (h) { return h(); }).join(","));
// closures created in the init expression see the first iteration's binding copy
var initGetter;
for (let m = 0, g = function () { return m; }; m < 2; m++) initGetter = g;
print(initGetter());
var ofs = [];
for (let x of ["a", "b"]) ofs.push(() => x);
print(ofs[0]() + ofs[1]());
var ins = [];
for (const key in { p: 1, q: 2 }) ins.push(() => key);
print(ins[0]() + ins[1]());
