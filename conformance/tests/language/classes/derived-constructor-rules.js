// rules for derived constructors: super before this, return values
// spec: [language.class.extends]
class Base { constructor() { this.b = 1; } }
function attempt(label, K) {
  try {
    var o = new K();
    print(label, "ok", JSON.stringify(o));
  } catch (e) {
    print(label, e.name);
  }
}
attempt("no super", class extends Base { constructor() {} });
attempt("this before super", class extends Base { constructor() { this.x = 1; super(); } });
attempt("super twice", class extends Base { constructor() { super(); super(); } });
attempt("return object", class extends Base { constructor() { return { r: 1 }; } });
attempt("return undefined after super", class extends Base { constructor() { super(); return undefined; } });
attempt("return primitive", class extends Base { constructor() { super(); return 5; } });
attempt("implicit ctor", class extends Base {});
attempt("arrow super", class extends Base { constructor() { var f = () => super(); f(); this.c = 2; } });
attempt("extends null", class extends null {});
