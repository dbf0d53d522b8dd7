// typeof on every primitive kind and on literal forms
// spec: [language.value.typeof]
print(typeof undefined, typeof void 0);
print(typeof null);
print(typeof true, typeof false);
print(typeof 0, typeof -1.5, typeof NaN, typeof Infinity);
print(typeof "", typeof "abc", typeof `t`);
print(typeof Symbol(), typeof Symbol.iterator);
print(typeof typeof 1);
// wrapper objects are objects
print(typeof new Number(1), typeof new String("s"), typeof new Boolean(false));
print(typeof Object(Symbol("w")));
// calling the constructors without new returns primitives
print(typeof Number("5"), typeof String(5), typeof Boolean(0));
