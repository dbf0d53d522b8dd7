// typeof as an operator: precedence and unusual operands
// spec: [language.value.typeof]
print(typeof 1 + 2);
print(typeof (1 + 2), typeof typeof undefined);
print(typeof [] === "object", typeof null === "object");
print(typeof undeclaredVariable, typeof (undeclaredVariable));
var f = function () {};
print(typeof f, typeof f(), typeof new f());
print(typeof class {}, typeof Symbol, typeof Symbol());
print(typeof !1, typeof -"1", typeof `${1}`);
print(typeof globalThis.nothing, typeof this);
print(typeof (() => {}), typeof notDefinedEither);
let later = 1;
print(typeof later);
