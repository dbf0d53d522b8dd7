// Throws in async functions reject the promise; await of a rejection throws.
async function fails() {
  throw new TypeError("sync part");
}
fails().catch((e) => print("caught", e.name, e.message));
async function awaitsRejection() {
  try {
    await Promise.reject(new Error("awaited"));
    print("not reached");
  } catch (e) {
    print("try/catch got", e.message);
  } finally {
    print("finally runs");
  }
  return "done";
}
awaitsRejection().then((v) => print("then", v));
async function rethrows() {
  await null;
  throw "late";
}
rethrows().then(
  () => print("no"),
  (r) => print("rejected with", r),
);
async function paramError(a = missing) {
  return a;
}
paramError().catch((e) => print("parameter error rejects:", e.name));
print("sync done");
