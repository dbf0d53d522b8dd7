// ToBoolean of every kind of value
// spec: [language.coercion.other] [language.value.typeof]
var vals = [0, -0, NaN, "", null, undefined, false];
var falsy = 0;
for (var i = 0; i < vals.length; i++) if (!vals[i]) falsy++;
print("falsy count", falsy);
print(!!"0", !!" ", !!"false", !!1, !!-1, !!Infinity);
print(!![], !!{}, !!function () {}, !!Symbol());
print(!!new Boolean(false), !!new Number(0), !!new String(""));
print(Boolean(0.0000001), Boolean(-Infinity));
var s = "";
if ([]) s += "a";
if ({}) s += "b";
if ("") s += "c";
if (0 || null) s += "d";
print(s);
print(!!document_is_undefined_here());
function document_is_undefined_here() { return undefined; }
