// relational comparison of strings is by UTF-16 code unit
// spec: [language.operator.relational] [language.value.string]
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc");
print("" < "a", "Z" < "a", "10" < "9", "10" < 9);
print("\uFFFF" < "\u{10000}", "\uD800" < "\uFFFF");
print("a" > "A", "aa" >= "aa", "b" <= "a");
var words = ["pear", "Apple", "apple", "banana", "Banana"];
print(words.sort().join(" "));
print("a".localeCompare("b") < 0, "b".localeCompare("a") > 0, "a".localeCompare("a"));
print(["c", "a", "b"].sort(function (x, y) { return x.localeCompare(y); }).join(""));
print("abc" == new String("abc"), new String("a") == new String("a"));
print("1" == 1, "1.0" == 1, " 1 " == 1, "" == 0);
