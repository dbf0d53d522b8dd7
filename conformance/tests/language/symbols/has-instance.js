// Symbol.hasInstance customises instanceof
// spec: [language.builtin.symbol] [language.operator.instanceof-in] [language.value.symbol]
var Even = {
  [Symbol.hasInstance](n) { return n % 2 === 0; },
};
print(2 instanceof Even, 3 instanceof Even);
class Duck {
  static [Symbol.hasInstance](x) { return typeof x === "object" && x !== null && "quack" in x; }
}
print({ quack: 1 } instanceof Duck, {} instanceof Duck, new Duck() instanceof Duck);
var truthy = { [Symbol.hasInstance]() { return "yes"; } };
print(1 instanceof truthy);
try {
  ({}) instanceof {};
} catch (e) {
  print(e.name);
}
function F() {}
print(typeof Function.prototype[Symbol.hasInstance]);
print(Function.prototype[Symbol.hasInstance].call(F, new F()));
print(Object[Symbol.hasInstance]([]));
