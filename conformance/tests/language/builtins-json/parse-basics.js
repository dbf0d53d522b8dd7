// JSON.parse of all value kinds
// spec: [language.builtin.json-parse]
print(JSON.parse("1"), JSON.parse("-1.5e2"), JSON.parse('"s"'), JSON.parse("true"), JSON.parse("null"));
var o = JSON.parse('{"a": [1, 2, {"b": null}], "c": {"d": "e"}, "f": false}');
print(o.a.length, o.a[2].b, o.c.d, o.f, Object.keys(o).join(","));
print(JSON.stringify(JSON.parse(" [ 1 , [ ] , { } ] ")));
print(JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'), JSON.parse('"\\ud83d\\ude00"').length);
print(JSON.parse("-0") === 0, Object.is(JSON.parse("-0"), -0), JSON.parse("1E2"), JSON.parse("0.5"));
var dup = JSON.parse('{"k": 1, "k": 2}');
print(dup.k, Object.keys(dup).length);
var keys = JSON.parse('{"b": 1, "2": 2, "a": 3, "1": 4}');
print(Object.keys(keys).join(","));
var protoKey = JSON.parse('{"__proto__": 1}');
print(Object.keys(protoKey).join(), Object.getPrototypeOf(protoKey) === Object.prototype);
print(JSON.parse("123456789012345678901234567890"), JSON.parse('"\u00e9"'));
