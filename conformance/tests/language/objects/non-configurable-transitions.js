// what may change on a non-configurable property
// spec: [language.value.object]
var o = {};
Object.defineProperty(o, "w", { value: 1, writable: true, configurable: false });
function attempt(label, desc) {
  try {
    Object.defineProperty(o, "w", desc);
    var d = Object.getOwnPropertyDescriptor(o, "w");
    print(label, "ok", d.value, d.writable, d.enumerable);
  } catch (e) {
    print(label, e.name);
  }
}
attempt("change value while writable", { value: 2 });
attempt("make enumerable", { enumerable: true });
attempt("make configurable", { configurable: true });
attempt("to accessor", { get() { return 1; } });
attempt("writable true to false", { writable: false });
attempt("writable false to true", { writable: true });
attempt("value change when read-only", { value: 3 });
attempt("same value when read-only", { value: 2 });
print(delete o.w, o.w);
