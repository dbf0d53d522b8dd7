// the cause option of Error constructors installs an own, non-enumerable cause
// spec: [language.builtin.error-cause]
var inner = new TypeError("inner");
var e = new Error("outer", { cause: inner });
print(e.cause === inner, e.hasOwnProperty("cause"), Object.keys(e).length);
var d = Object.getOwnPropertyDescriptor(e, "cause");
print(d.enumerable, d.writable, d.configurable);
print(new Error("x").hasOwnProperty("cause"), new Error("x", {}).hasOwnProperty("cause"));
print(new RangeError("r", { cause: undefined }).hasOwnProperty("cause"));
var getterCalls = 0;
var opts = { get cause() { getterCalls++; return 7; } };
print(new SyntaxError("s", opts).cause, getterCalls);
print(new Error("p", "not an object").hasOwnProperty("cause"));
