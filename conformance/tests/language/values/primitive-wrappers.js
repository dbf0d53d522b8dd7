// property access on primitives uses wrapper objects; writes are lost
// spec: [language.value.typeof]
var s = "hello";
print(s.length, s.toUpperCase());
s.extra = 5;
print(s.extra);
var n = 42;
print(n.toFixed(1), (5).toString(2));
print(true.toString(), typeof true.valueOf());
var ws = new String("ab");
ws.extra = 7;
print(ws.extra, ws.length, ws[1], typeof ws.valueOf());
print(ws == "ab", ws === "ab");
print(new Number(3) + 4, new Boolean(false) ? "truthy" : "falsy");
// methods added to prototypes are visible through primitives
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
print("hey".shout());
Number.prototype.double = function () { return this * 2; };
print((21).double());
delete String.prototype.shout;
delete Number.prototype.double;
print(typeof "x".shout);
