// reading a let binding before its declaration ends the script
print("before");
{
  print("in block");
  print(value);
  let value = 1;
}
print("never printed");
