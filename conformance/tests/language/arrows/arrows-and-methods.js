// arrows in classes and object literals
// spec: [language.class.fields] [language.function.arrow]
class Button {
  label = "ok";
  onClick = () => this.label;
  method() { return this.label; }
}
var btn = new Button();
var detachedArrow = btn.onClick;
var detachedMethod = btn.method;
print(detachedArrow());
try {
  detachedMethod();
} catch (e) {
  print(e.name);
}
var b2 = new Button();
print(b2.onClick === btn.onClick, b2.method === btn.method);
print(Object.keys(btn).join(","));
var calc = {
  base: 10,
  addAll(list) { return list.map((x) => x + this.base); },
};
print(calc.addAll([1, 2]).join(","));
