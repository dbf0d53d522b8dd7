// redefining a non-configurable accessor (or data) property with the very same
// attributes succeeds; any change fails with a TypeError
// spec: [language.builtin.object]
function get1() { return 1; }
function set1(v) { log.push("set " + v); }
var log = [];
var o = {};
Object.defineProperty(o, "a", { get: get1 });
Object.defineProperty(o, "a", { get: get1 });
Object.defineProperty(o, "a", { set: undefined });
Object.defineProperty(o, "a", { get: get1, set: undefined, enumerable: false, configurable: false });
Object.defineProperty(o, "a", {});
var d = Object.getOwnPropertyDescriptor(o, "a");
print(d.get === get1, d.set, d.enumerable, d.configurable, o.a);
try { Object.defineProperty(o, "a", { get: set1 }); } catch (e) { print("change get", e.name); }
try { Object.defineProperty(o, "a", { set: set1 }); } catch (e) { print("change set", e.name); }
try { Object.defineProperty(o, "a", { enumerable: true }); } catch (e) { print("change enumerable", e.name); }
try { Object.defineProperty(o, "a", { value: 1 }); } catch (e) { print("to data", e.name); }
Object.defineProperties(o, { b: { set: set1, enumerable: true } });
Object.defineProperties(o, { b: { set: set1 } });
o.b = 9;
print(Object.getOwnPropertyDescriptor(o, "b").enumerable, log.join(","));
var arr = [];
Object.defineProperty(arr, "0", { get: get1, set: set1 });
Object.defineProperty(arr, "0", { get: get1 });
arr[0] = 5;
print(arr[0], arr.length, log.join(","));
Object.defineProperty(o, "c", { value: 1 });
Object.defineProperty(o, "c", { value: 1, writable: false });
try { Object.defineProperty(o, "c", { value: 2 }); } catch (e) { print("change value", e.name); }
Object.defineProperty(o, "w", { value: 1, writable: true });
Object.defineProperty(o, "w", { value: 2 });
Object.defineProperty(o, "w", { writable: false });
try { Object.defineProperty(o, "w", { writable: true }); } catch (e) { print("rewritable", e.name); }
print(o.c, o.w);
