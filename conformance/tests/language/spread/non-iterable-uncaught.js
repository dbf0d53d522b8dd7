// spreading a non-iterable object into an array throws TypeError
var fine = [...[1, 2], ..."ab"];
print(fine.join(""));
var plain = { a: 1 };
print("spreading a plain object");
var broken = [...plain];
print("unreachable");
