// built-in globals can be shadowed and replaced
// spec: [language.builtin.global]
function local() {
  var Array = function () { return "local Array"; };
  var Math = { max: () => "local max" };
  return Array() + ", " + Math.max(1, 2);
}
print(local(), Array.isArray([]), Math.max(1, 2));
var savedParseInt = parseInt;
parseInt = function () { return "replaced"; };
print(parseInt("5"), Number.parseInt("5"));
parseInt = savedParseInt;
print(parseInt("5"));
{
  let JSON = { stringify: () => "block JSON" };
  print(JSON.stringify({}));
}
print(JSON.stringify({ real: true }));
var undefinedCheck = (function (undefined) { return typeof undefined; })("not undefined");
print(undefinedCheck);
