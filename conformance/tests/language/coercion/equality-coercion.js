// == applies ToPrimitive / ToNumber step by step
// spec: [language.equality.loose]
print("1" == 1, "01" == 1, "1e0" == 1, " \n1\t" == 1, "0x1" == 1);
print(true == 1, true == "1", true == "true", false == "", false == "0");
print([] == 0, [] == "", [0] == false, [1] == true, [1, 2] == "1,2");
print(null == 0, null == false, undefined == false, null == undefined);
print({} == "[object Object]", ({ valueOf() { return 5; } }) == 5);
print(NaN == NaN, "NaN" == NaN, [NaN] == "NaN");
var log = [];
var o = { valueOf() { log.push("v"); return 1; }, toString() { log.push("s"); return "2"; } };
print(o == 1, o == "1", o == "2", log.join(""));
var s = Symbol("q");
print(s == s, Object(s) == s, s == "Symbol(q)");
