// the heritage expression: functions, null, non-constructors
// spec: [language.class.extends]
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class Modern extends OldStyle {
  constructor() { super(7); }
}
print(new Modern().get());
function mixin(B) {
  return class extends B { mixed() { return "mixed"; } };
}
class Final extends mixin(Object) {}
print(new Final().mixed(), new Final() instanceof Object);
try {
  class Bad extends 5 {}
} catch (e) {
  print("extends 5:", e.name);
}
try {
  var notCtor = () => {};
  class Bad2 extends notCtor {}
} catch (e) {
  print("extends arrow:", e.name);
}
try {
  var P = function () {};
  P.prototype = 3;
  class Bad3 extends P {}
} catch (e) {
  print("bad prototype:", e.name);
}
class NullProto extends null {}
print(Object.getPrototypeOf(NullProto.prototype));
