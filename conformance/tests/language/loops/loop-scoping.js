// variables declared in loop heads and bodies
// spec: [language.statement.loops]
for (var v = 0; v < 2; v++) {}
print(typeof v, v);
for (let l = 0; l < 2; l++) {}
print(typeof l);
for (var k in { x: 1 }) {}
print(k);
for (var o of ["last"]) {}
print(o);
for (const c of [1]) {}
print(typeof c);
var fns = [];
for (var i = 0; i < 2; i++) {
  let inner = i * 10;
  var outerVar = i * 100;
  fns.push(() => inner + outerVar);
}
print(fns[0](), fns[1]());
for (let z = 0; z < 1; z++) {
  var hoistedFromLoop = "var in let loop";
}
print(hoistedFromLoop);
