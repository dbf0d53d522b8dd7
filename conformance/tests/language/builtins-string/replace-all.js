// replaceAll with string patterns
// spec: [language.builtin.string-prototype]
print("a.b.c".replaceAll(".", "/"), "aaaa".replaceAll("aa", "b"), "aaa".replaceAll("aa", "b"));
print("abc".replaceAll("", "-"), "".replaceAll("", "x"), "abc".replaceAll("z", "y"));
print("x-y-z".replaceAll("-", "[$&]"), "x-y".replaceAll("-", "$$"), "a-b-c".replaceAll("-", "($`|$')"));
print("😀😀".replaceAll("\uDE00", "!").length, "😀a😀".replaceAll("😀", "*"));
print("1 2 3".replaceAll(" ", ""), "null null".replaceAll(null, 0));
var template = "Hello {name}, welcome to {place}. Bye {name}!";
var data = { name: "Ann", place: "Oslo" };
var out = template;
for (var k of Object.keys(data)) out = out.replaceAll("{" + k + "}", data[k]);
print(out);
