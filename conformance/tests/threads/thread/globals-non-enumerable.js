// Rule: th.realm.globals
// The API's globals are writable, configurable, non-enumerable properties of globalThis.
for (const name of ["Thread", "Lock", "Condition", "ThreadLocal", "ConcurrentAccessError"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  print(name, typeof d.value, d.writable, d.enumerable, d.configurable);
}
print(Object.keys(globalThis).indexOf("Thread"));
