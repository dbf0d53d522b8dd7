// await of non-promises, thenables and nested promises; await in expressions.
async function run() {
  print("plain", await 1, await "s", await null, await undefined);
  const thenable = { then(r) { r("from thenable"); } };
  print(await thenable);
  print(await Promise.resolve(Promise.resolve("deep")));
  const o = { x: await 2, [await "key"]: 3 };
  print(o.x, o.key);
  const arr = [await 1, ...(await [2, 3])];
  print(arr.join());
  print((await 4) * (await 5));
  const f = (await Promise.resolve((v) => v + 1))(1);
  print("call", f);
  print(typeof (await run.constructor));
  return "end";
}
run().then((v) => print(v));
