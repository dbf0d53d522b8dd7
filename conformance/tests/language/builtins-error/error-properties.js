// own and inherited properties of error objects
// spec: [language.builtin.error]
var e = new RangeError("r");
print(e.hasOwnProperty("name"), RangeError.prototype.hasOwnProperty("name"), Error.prototype.hasOwnProperty("toString"));
print(Object.getPrototypeOf(e) === RangeError.prototype, RangeError.prototype.constructor === RangeError);
print(Object.prototype.toString.call(e), Object.prototype.toString.call(RangeError.prototype));
print(Object.prototype.toString.call(Error.prototype));
var nd = Object.getOwnPropertyDescriptor(Error.prototype, "name");
print(nd.value, nd.writable, nd.enumerable, nd.configurable);
var md = Object.getOwnPropertyDescriptor(Error.prototype, "message");
print(JSON.stringify(md.value), md.enumerable);
var custom = Object.create(Error.prototype);
print(custom instanceof Error, String(custom));
e.message = "changed";
e.extra = 1;
print(String(e), Object.keys(e).join());
