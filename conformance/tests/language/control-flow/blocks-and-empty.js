// blocks, empty statements and statement completion
// spec: [language.statement.basic]
{
  var a = 1;
  {
    var b = 2;
    ;;;
  }
}
print(a + b);
var n = 0;
for (; n < 3; n++);
print(n);
while (n-- > 0);
print(n);
{}
print("empty block ok");
label: {
  print("in labelled block");
  break label;
}
print("after labelled block");
