// each operand is converted exactly once per operator application
// spec: [language.coercion.to-primitive]
var calls = 0;
var o = { valueOf() { calls++; return 3; } };
var results = [o + 1, o - 1, o * 2, o / 3, o % 2, o ** 2, o & 1, o | 4, o ^ 1, o << 1, o >> 1, o >>> 1, -o, +o, ~o];
print(results.join(","), calls);
calls = 0;
print(o < 4, o == 3, o === 3, calls);
calls = 0;
var p = o;
p += 1;
print(p, calls);
calls = 0;
var q = o;
q++;
print(q, calls);
var hint = [];
var h = { [Symbol.toPrimitive](x) { hint.push(x); return 1; } };
h + h; h - h; h == 1; h < 1; `${h}`; h * 1; [h].join(); String(h);
print(hint.join(","));
