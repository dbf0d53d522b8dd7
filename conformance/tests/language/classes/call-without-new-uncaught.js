// an uncaught TypeError from calling a class as a function
// spec: [language.class.scope] [language.host.uncaught]
class Widget {
  constructor(name) { this.name = name; }
}
var w = new Widget("first");
print(w.name);
var w2 = Widget("second");
print("unreachable", w2);
