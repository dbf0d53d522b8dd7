// temporal dead zone for let, const and class
// spec: [language.binding.tdz]
function check(label, f) {
  try {
    f();
    print(label, "ok");
  } catch (e) {
    print(label, e.name);
  }
}
check("let read", function () { x; let x = 1; });
check("let write", function () { x = 2; let x; });
check("const read", function () { c; const c = 1; });
check("class", function () { new K(); class K {} });
check("typeof", function () { typeof t; let t; });
check("closure after init", function () {
  function get() { return z; }
  let z = 5;
  return get();
});
check("closure before init", function () {
  function get() { return z; }
  get();
  let z = 5;
});
check("self reference", function () { let w = w + 1; });
check("default param", function () { (function (a = b, b = 1) {})(); });
check("shadowing outer", function () {
  let q = 1;
  { q; let q = 2; }
});
