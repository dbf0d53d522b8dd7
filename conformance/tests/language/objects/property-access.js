// dot vs bracket access, missing properties, keys that are not identifiers
// spec: [language.object.access]
var o = { "hyphen-key": 1, "with space": 2, "": "empty", 123: "num", class: "reserved ok" };
print(o["hyphen-key"], o["with space"], o[""], o[123], o["123"], o.class);
print(o.missing, o["missing"], o.missing === undefined);
var path = "a.b";
var nested = { a: { b: "deep" }, "a.b": "flat" };
print(nested[path], nested.a.b);
try {
  o.missing.deeper;
} catch (e) {
  print(e.name);
}
var k = { toString() { return "hyphen-key"; } };
print(o[k]);
o[undefined] = "u";
print(o.undefined, o["undefined"]);
var arr = [10, 20];
print(arr["1"], arr[1.0], arr["1.0"], arr[-0]);
print(o.if = "kw", o.if);
