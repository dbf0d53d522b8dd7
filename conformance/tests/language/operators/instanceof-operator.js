// instanceof: prototype chain, primitives and errors
// spec: [language.operator.instanceof-in]
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
print(b instanceof B, b instanceof A, b instanceof Object, b instanceof Function);
print(A instanceof Function, Function instanceof Object, Object instanceof Function);
print(1 instanceof Number, "s" instanceof String, null instanceof Object);
print(Object.create(null) instanceof Object);
try {
  b instanceof b;
} catch (e) {
  print("rhs not callable:", e.name);
}
var bound = A.bind(null);
print(new A() instanceof bound);
var noProto = function () {};
noProto.prototype = null;
try {
  ({}) instanceof noProto;
} catch (e) {
  print("prototype not an object:", e.name);
}
print(1 instanceof noProto);
