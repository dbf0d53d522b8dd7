// null and undefined are only loosely equal to each other
// spec: [language.equality.loose]
var others = [0, "", false, NaN, [], {}, "null", "undefined"];
var r = [];
for (var v of others) r.push((null == v) + "/" + (undefined == v));
print(r.join(" "));
print(null == null, undefined == undefined, null == undefined, null === undefined);
print(null != undefined, null !== undefined, void 0 == null);
function isNil(x) { return x == null; }
print([null, undefined, 0, "", false].map(isNil).join(","));
var doc = { title: null };
print(doc.title == undefined, doc.missing == null, doc.title === undefined);
print(typeof null == typeof undefined);
