// print and console.log convert each argument with String and join with spaces
// spec: [language.builtin.global] [language.host.print]
print();
print("");
print("a", "b", "c");
print(1, 2.5, -3, 1e21, NaN);
print(true, false, null, undefined);
console.log("console", "works", 42);
console.log();
print(String([1, [2, 3]]), String({}), String(Symbol("s")));
print("multi\nline");
print("  leading and trailing  ");
print("", "");
print(typeof print, typeof console, typeof console.log);
