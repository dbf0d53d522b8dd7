// objects compare by identity in == and ===, but == with primitives converts them
// spec: [language.equality.loose]
var a = { v: 1 }, b = { v: 1 }, c = a;
print(a == b, a === b, a == c, a === c);
var arr1 = [1, 2], arr2 = [1, 2];
print(arr1 == arr2, arr1 == "1,2", arr1 == arr2.join());
var f = function () {};
print(f == f, f == function () {});
var ws1 = new String("x"), ws2 = new String("x");
print(ws1 == ws2, ws1 == "x", ws1.valueOf() === ws2.valueOf());
var ns = new Number(NaN);
print(ns == ns, ns == NaN);
print(Object(1) == Object(1), Object(1) == 1);
print(null == {}, undefined == [], ({}) != null);
