// delete: own properties only, returns false for non-configurable (sloppy)
// spec: [language.operator.delete]
var o = { a: 1, b: 2 };
print(delete o.a, "a" in o, delete o.missing, delete o["b"], JSON.stringify(o));
var proto = { inherited: 1 };
var child = Object.create(proto);
print(delete child.inherited, child.inherited);
Object.defineProperty(o, "fixed", { value: 1, configurable: false });
print(delete o.fixed, o.fixed);
var arr = [1, 2, 3];
print(delete arr[1], arr.length, 1 in arr, JSON.stringify(arr));
print(delete arr.length, arr.length);
print(delete Math.PI, Math.PI > 3);
var x = 1;
print(delete x, x);
print(delete 5, delete "str".length, delete undefinedVariableForDelete);
implicitGlobal = 1;
print(delete implicitGlobal, typeof implicitGlobal);
