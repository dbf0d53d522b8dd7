// class bindings have a TDZ and the inner name is immutable
// spec: [language.binding.tdz] [language.class.scope]
try {
  new Early();
} catch (e) {
  print("before declaration:", e.name);
}
class Early {}
print(typeof Early);
class Inner {
  static rename() {
    try {
      Inner = null;
    } catch (e) {
      return e.name;
    }
    return "no error";
  }
}
print(Inner.rename());
class Outer {}
Outer = "reassigned outer binding";
print(Outer);
try {
  class Self extends Self {}
} catch (e) {
  print("extends itself:", e.name);
}
{
  class Blocky {}
  print(typeof Blocky);
}
print(typeof Blocky);
