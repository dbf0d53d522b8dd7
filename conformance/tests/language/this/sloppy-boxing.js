// in sloppy functions, primitive this values are boxed and null/undefined become globalThis
// spec: [language.this.binding]
function getThis() { return this; }
print(typeof getThis.call(5), getThis.call(5) instanceof Number);
print(getThis.call(null) === globalThis, getThis.call(undefined) === globalThis);
print(typeof getThis.call("s"), getThis.call("s").length);
print(getThis.call(true).valueOf());
Number.prototype.selfType = function () { return typeof this; };
print((5).selfType());
String.prototype.selfIsObj = function () { return this instanceof String; };
print("x".selfIsObj());
delete Number.prototype.selfType;
delete String.prototype.selfIsObj;
var sym = Symbol("t");
print(typeof getThis.call(sym));
