// ToIntegerOrInfinity, ToLength, ToUint32 seen through built-ins
// spec: [language.coercion.other]
print("abcdef".slice(1.7, 4.2), "abcdef".slice("2"), "abcdef".slice(NaN, 2));
print("abcdef".substring(-5, 2), "abcdef".substring(Infinity), "abc".charAt(-0.5));
print([1, 2, 3].slice(-1.5).join(), [1, 2, 3].indexOf(3, -1.9));
print(Array.from({ length: "3" }).length, Array.from({ length: -5 }).length, Array.from({ length: 2.7 }).length);
print("ab".repeat("2"), "ab".repeat(2.9), "x".padStart("4", "-"));
var arr = [1, 2, 3, 4];
arr.length = "2";
print(arr.length);
try {
  arr.length = 1.5;
} catch (e) {
  print(e.name);
}
try {
  arr.length = -1;
} catch (e) {
  print(e.name);
}
try {
  new Array(4294967296);
} catch (e) {
  print(e.name);
}
print(new Array("3").length, new Array(3).length);
