// static methods, accessors and fields
// spec: [language.class.definitions] [language.class.fields]
class Registry {
  static count = 0;
  static items = [];
  static add(x) {
    this.items.push(x);
    return ++Registry.count;
  }
  static get size() { return this.items.length; }
  static ["comp" + "uted"]() { return "computed static"; }
}
Registry.add("a");
Registry.add("b");
print(Registry.count, Registry.size, Registry.computed());
print(typeof new Registry().add, "add" in Registry.prototype);
class Sub extends Registry {}
print(Sub.count, Sub.size, Object.getPrototypeOf(Sub) === Registry);
Sub.count = 10;
print(Registry.count, Sub.count, Sub.hasOwnProperty("count"));
class Self {
  static me = this;
  static nameField = this.name;
}
print(Self.me === Self, Self.nameField);
var d = Object.getOwnPropertyDescriptor(Registry, "count");
print(d.writable, d.enumerable, d.configurable);
