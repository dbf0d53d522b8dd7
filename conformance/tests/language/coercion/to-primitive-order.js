// OrdinaryToPrimitive: valueOf first for number/default hints, toString first for string hint
// spec: [language.coercion.to-primitive]
var log = [];
var o = {
  valueOf() { log.push("valueOf"); return 1; },
  toString() { log.push("toString"); return "s"; },
};
var r1 = o + 1;
var r2 = String(o);
var r3 = o * 1;
var r4 = `${o}`;
var r5 = [o].join();
print(r1, r2, r3, r4, r5);
print(log.join(","));
log = [];
var objValue = {
  valueOf() { log.push("valueOf"); return {}; },
  toString() { log.push("toString"); return "fallback"; },
};
print(objValue + 1, log.join(","));
log = [];
var strFirstObj = {
  valueOf() { log.push("valueOf"); return 7; },
  toString() { log.push("toString"); return {}; },
};
print(String(strFirstObj), log.join(","));
var neither = { valueOf() { return {}; }, toString() { return {}; } };
try {
  neither + 1;
} catch (e) {
  print(e.name);
}
