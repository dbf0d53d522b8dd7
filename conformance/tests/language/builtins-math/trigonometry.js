// sin, cos, tan, asin, acos, atan, atan2 — rounded results and exact special cases
// spec: [language.builtin.math]
function r(x) { return Math.round(x * 1e9) / 1e9; }
print(Math.sin(0), Math.cos(0), Math.tan(0), Object.is(Math.sin(-0), -0), Math.sin(Infinity));
print(r(Math.sin(Math.PI / 6)), r(Math.cos(Math.PI / 3)), r(Math.tan(Math.PI / 4)), r(Math.sin(Math.PI)));
print(r(Math.asin(1)) === r(Math.PI / 2), r(Math.acos(0)) === r(Math.PI / 2), r(Math.atan(1) * 4) === r(Math.PI));
print(Math.asin(2), Math.acos(-2), Math.atan(Infinity) === Math.PI / 2);
print(Math.atan2(0, 1), Object.is(Math.atan2(-0, 1), -0), Math.atan2(0, -1) === Math.PI, Math.atan2(-0, -1) === -Math.PI);
print(Math.atan2(1, 0) === Math.PI / 2, Math.atan2(Infinity, Infinity) === Math.PI / 4, r(Math.atan2(1, 1) * 4) === r(Math.PI));
var deg = (rad) => Math.round((rad * 180) / Math.PI);
print(deg(Math.atan2(1, -1)), deg(Math.atan2(-1, -1)), deg(Math.acos(-1)));
