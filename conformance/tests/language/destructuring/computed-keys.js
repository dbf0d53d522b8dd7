// computed keys in patterns, evaluated in order
// spec: [language.destructuring.binding]
var key = "dyn";
var { [key]: value, [key + "2"]: v2 = "d2" } = { dyn: "dynamic" };
print(value, v2);
var log = [];
function k(name) { log.push("key " + name); return name; }
var src = {
  get a() { log.push("get a"); return 1; },
  get b() { log.push("get b"); return 2; },
};
var { [k("a")]: x, [k("b")]: y } = src;
print(x, y, log.join(", "));
var sym = Symbol("s");
var { [sym]: symVal } = { [sym]: "symbol value" };
print(symVal);
var { [1 + 1]: two } = [0, 1, "two"];
print(two);
var store = {};
var i = 0;
[store[i++], store[i++]] = ["p", "q"];
print(JSON.stringify(store), i);
var { [`tem${"plate"}`]: t } = { template: "ok" };
print(t);
