// every Error constructor: name, message, instanceof, called with or without new
// spec: [language.builtin.error]
var ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var C of ctors) {
  var a = new C("msg");
  var b = C("msg");
  print(C.name, a.name, a.message, a instanceof C, a instanceof Error, b instanceof C, String(a));
}
print(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
print(TypeError.prototype.name, TypeError.prototype.message === "", Error.length, RangeError.length);
