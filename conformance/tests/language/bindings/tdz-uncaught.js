// reading a let binding before its declaration ends the script
// spec: [language.binding.tdz] [language.host.uncaught]
print("before");
{
  print("in block");
  print(value);
  let value = 1;
}
print("never printed");
