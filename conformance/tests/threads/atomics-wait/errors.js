// Rule: th.atomics.wait, th.error.atomics-not-own-data
// wait needs an own data property: absent and inherited properties are TypeErrors.
const o = Object.create({ inherited: 0 });
for (const key of ["absent", "inherited"]) {
  try {
    Atomics.wait(o, key, 0, 0);
    print("no error");
  } catch (e) {
    print(key, e instanceof TypeError);
  }
}
