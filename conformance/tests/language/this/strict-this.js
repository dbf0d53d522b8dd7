"use strict";
// in strict code `this` is not coerced
// spec: [language.this.binding]
function getThis() { return this; }
print(getThis());
print(getThis.call(5) === 5, typeof getThis.call(5));
print(getThis.call(null), getThis.call(undefined));
print(typeof getThis.call("s"), getThis.apply(true));
var o = { getThis };
print(o.getThis() === o);
var f = o.getThis;
print(f());
print(this === globalThis);
Number.prototype.selfType = function () { return typeof this; };
print((5).selfType());
delete Number.prototype.selfType;
