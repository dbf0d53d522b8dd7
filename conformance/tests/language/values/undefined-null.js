// undefined vs null
// spec: [language.value.typeof]
var u;
print(u, null);
print(u === undefined, u == null, u === null);
print(null == undefined, null === undefined);
print(null == 0, undefined == 0, null == false, null == "");
print(null + 1, undefined + 1);
print(String(null) + String(undefined));
print(typeof null, typeof u);
function noReturn() {}
print(noReturn());
var o = {};
print(o.missing, [][5]);
print(void "anything");
print([null, undefined].join("-"), [null, undefined].length);
print(JSON.stringify({ a: undefined, b: null }));
print(Number(null), Number(undefined));
