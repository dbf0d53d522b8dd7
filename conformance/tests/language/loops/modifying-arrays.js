// loops over arrays that change while iterating
// spec: [language.statement.loops]
var arr = [1, 2, 3];
var seen = [];
for (var i = 0; i < arr.length; i++) {
  if (arr[i] === 2) arr.push(4);
  seen.push(arr[i]);
}
print(seen.join(","));
var a2 = [1, 2, 3, 4];
var ofSeen = [];
for (var v of a2) {
  ofSeen.push(v);
  if (v === 1) a2.shift();
}
print(ofSeen.join(","), a2.join(","));
var a3 = [1, 2, 3];
var feSeen = [];
a3.forEach(function (v, i) {
  feSeen.push(v);
  if (i === 0) a3.push(99);
});
print(feSeen.join(","), a3.length);
var a4 = [5, 6, 7, 8];
for (var j = a4.length - 1; j >= 0; j--) if (a4[j] % 2 === 0) a4.splice(j, 1);
print(a4.join(","));
