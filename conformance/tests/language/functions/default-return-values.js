// implicit undefined results and return statement edge cases
// spec: [language.function.definitions]
function a() {}
function b() { return; }
function c() {
  return (
    "parenthesised"
  );
}
function d() {
  return
  "asi: never returned";
}
print(a(), b(), c(), d());
function e(flag) {
  if (flag) return "early";
  print("  continued");
}
print(e(true));
print(e(false));
function f() {
  for (var i = 0; ; i++) {
    if (i === 3) return i;
  }
}
print(f());
function g() {
  try {
    return "from try";
  } finally {
    print("  finally ran");
  }
}
print(g());
