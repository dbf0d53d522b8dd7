// comparing strings and numbers
// spec: [language.equality.loose]
var pairs = [["1", 1], ["1.0", 1], ["+1", 1], ["1e0", 1], ["0x10", 16], ["0b11", 3], ["", 0], [" ", 0],
  ["Infinity", Infinity], ["-0", 0], ["1_0", 10], ["ten", NaN], ["\n", 0]];
print(pairs.map(([s, n]) => (s == n ? "=" : "x")).join(""));
print("10" === 10, "10" == 10, "10" != 10, "10" !== 10);
print("abc" == new String("abc"), "2" > "12", 2 > "12", "2" > 12);
print([10, 9, 1].sort().join(), ["10", "9", "1"].sort((a, b) => a - b).join());
// numeric strings compare as strings only when both sides are strings
print("100" < "20", "100" < 20, 100 < "20");
print("a" < "b", "a" < 1, "a" >= 1, "" == 0, "" < 1);
