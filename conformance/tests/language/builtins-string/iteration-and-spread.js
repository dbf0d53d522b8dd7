// iterating strings: code points, spreading, Array.from with map
// spec: [language.builtin.string-prototype]
var s = "a\u{1F600}b\u{1F4A9}";
print(s.length, [...s].length, Array.from(s).length);
print([...s].map((c) => c.codePointAt(0).toString(16)).join(" "));
print(Array.from("abc", (c) => c + c).join(""));
var counts = {};
for (var ch of "mississippi") counts[ch] = (counts[ch] || 0) + 1;
print(JSON.stringify(counts));
var reversed = [..."ab😀"].reverse().join("");
print(reversed.length, reversed.codePointAt(0) === 0x1F600, reversed.slice(2));
var it = "xy"[Symbol.iterator]();
print(typeof it.next, it.next().value, it.next().value, it.next().done);
print(String.prototype[Symbol.iterator].call(123).next().value);
