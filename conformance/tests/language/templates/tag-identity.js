// the strings array of a tagged template is cached per call site
// spec: [language.template]
function id(s) { return s; }
function site() { return id`same${1}site`; }
var a = site(), b = site();
print(a === b);
var c = id`same${1}site`;
print(a === c);
var arr = [];
for (var i = 0; i < 3; i++) arr.push(id`loop`);
print(arr[0] === arr[1], arr[1] === arr[2]);
print(Object.getOwnPropertyDescriptor(a, "raw").enumerable);
print(a.length, a.raw.length, JSON.stringify(a.raw));
