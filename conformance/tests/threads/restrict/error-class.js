// Rule: th.restrict.error-class, th.realm.globals
// ConcurrentAccessError is an Error subclass in the way NativeErrors are.
const e = new ConcurrentAccessError("m");
print(e.message, e.name, e instanceof Error, e instanceof ConcurrentAccessError);
print(Object.getPrototypeOf(ConcurrentAccessError.prototype) === Error.prototype);
print(Object.getPrototypeOf(ConcurrentAccessError) === Error, ConcurrentAccessError.prototype.name);
print(String(e), Object.prototype.hasOwnProperty.call(e, "message"));
