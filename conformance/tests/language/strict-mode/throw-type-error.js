// %ThrowTypeError%: one function, the getter and setter of the callee property of
// every strict arguments object
// spec: [language.function.arguments] [language.strict.errors]
function strictArgs() { "use strict"; return arguments; }
var d = Object.getOwnPropertyDescriptor(strictArgs(1), "callee");
var t = d.get;
print(typeof t, t === d.set, d.enumerable, d.configurable);
var d2 = Object.getOwnPropertyDescriptor(strictArgs(), "callee");
print(d2.get === t, d2.set === t);
print(t.length, JSON.stringify(t.name), Object.isExtensible(t));
try { t(); } catch (e) { print("call", e.name); }
try { strictArgs().callee; } catch (e) { print("callee", e.name); }
