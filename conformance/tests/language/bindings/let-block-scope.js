// let and const are block scoped
// spec: [language.binding.lexical]
let a = "outer";
{
  let a = "inner";
  print(a);
  {
    const a = "innermost";
    print(a);
  }
  print(a);
}
print(a);
if (true) {
  let onlyHere = 1;
  var everywhere = 2;
}
print(typeof onlyHere, everywhere);
for (let i = 0; i < 1; i++) {
  let i = "shadowed in body";
  print(i);
}
try {
  print(i);
} catch (e) {
  print(e.name);
}
switch (1) {
  case 1:
    let s = "in switch";
    print(s);
}
print(typeof s);
