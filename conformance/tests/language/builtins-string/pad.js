// padStart and padEnd
// spec: [language.builtin.string-prototype]
print("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2), "abc".padEnd(6, "12"));
print(JSON.stringify("x".padStart(4)), JSON.stringify("x".padEnd(4)));
print("abc".padStart(10, "123"), "abc".padEnd(10, "123"));
print("abc".padStart(6, ""), "abc".padStart(-1, "x"), "abc".padStart(5, undefined) === "  abc");
print("1".padStart("3", 0), "7".padStart(3.9, "-"));
print("😀".padStart(4, "ab"), "x".padEnd(3, "😀").length);
var rows = [["id", "name"], ["1", "alice"], ["22", "bob"]];
print(rows.map((r) => r[0].padEnd(4, ".") + r[1].padStart(6)).join("|"));
