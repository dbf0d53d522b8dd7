// split with string separators and limits
// spec: [language.builtin.string-prototype]
print(JSON.stringify("a,b,c".split(",")), JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("a,b,c".split(",", 0)));
print(JSON.stringify("abc".split("")), JSON.stringify("a😀".split("")).length, JSON.stringify("".split("")), JSON.stringify("".split(",")));
print(JSON.stringify("a,,b,".split(",")), JSON.stringify(",a".split(",")));
print(JSON.stringify("abc".split()), JSON.stringify("abc".split(undefined)), JSON.stringify("abc".split(undefined, 0)));
print(JSON.stringify("one  two".split(" ")), JSON.stringify("a--b--c".split("--")));
print(JSON.stringify("abc".split("abc")), JSON.stringify("abc".split("abcd")), JSON.stringify("aaa".split("a")));
print(JSON.stringify("a,b".split(",", -1)), JSON.stringify("a,b".split(",", 2 ** 32 + 1)));
print(JSON.stringify("1null2".split(null)), JSON.stringify("1,2".split({ toString() { return ","; } })));
print("k1=v1&k2=v2".split("&").map((p) => p.split("=")).map(([k, v]) => v + k).join(";"));
