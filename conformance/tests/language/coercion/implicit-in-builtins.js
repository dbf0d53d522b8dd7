// built-ins coerce their arguments
// spec: [language.coercion.other]
print([3, 20, 100].sort().join(","), [3, 20, 100].sort((a, b) => a - b).join(","));
print(Math.max("7", [8], null), Math.min("x", 1), isNaN("abc"), isNaN(" "));
print(Number.isNaN("abc"), Number.isFinite("5"), isFinite("5"));
print("abc".indexOf({ toString() { return "c"; } }), "a-b".split({ toString() { return "-"; } }).length);
print([1, 2, 3].includes("2"), [1, 2, 3].indexOf("2"), ["1"].includes(1));
print(parseInt({ toString() { return "42px"; } }), parseFloat([" 3.5 "]));
print(String.fromCharCode("0x41"), "x".repeat(false), [1, 2].join(undefined), [1, 2].join(null));
print(JSON.stringify({ [1]: 1, [true]: 2 }), Object.keys([5, 6]).join(""));
