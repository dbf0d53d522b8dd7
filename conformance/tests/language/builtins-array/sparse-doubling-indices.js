// Writes at doubling indices up to the largest array index (test262
// built-ins/Array/S15.4_A1.1_T10): the array stays sparse — the engine used to allocate
// gigabytes of dense storage for it and abort.
var x = [];
var k = 1;
for (var i = 0; i < 32; i++) {
  k = k * 2;
  x[k - 2] = k;
}
var ok = true;
k = 1;
for (i = 0; i < 32; i++) {
  k = k * 2;
  if (x[k - 2] !== k) ok = false;
}
print(x.length, ok, Object.keys(x).length, x[4294967294], x[4294967293]);
x.length = 100;
print(x.length, Object.keys(x).length, x[62]);
