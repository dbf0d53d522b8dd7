// Rule: th.realm.constructors, th.error.constructor-without-new
// Calling Thread without new throws a TypeError and starts nothing.
let ran = false;
try {
  Thread(() => {
    ran = true;
  });
  print("no error");
} catch (e) {
  print(e instanceof TypeError);
}
print(new Thread(() => 1).id);
