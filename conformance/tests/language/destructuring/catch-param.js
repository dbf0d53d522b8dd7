// destructuring in catch parameters
// spec: [language.destructuring.positions]
try {
  throw { code: 42, info: { detail: "d" } };
} catch ({ code, info: { detail }, missing = "none" }) {
  print(code, detail, missing);
}
try {
  throw [1, 2, 3];
} catch ([first, ...rest]) {
  print(first, rest.length);
}
try {
  throw new RangeError("out of range");
} catch ({ name, message }) {
  print(name, message);
}
try {
  try {
    throw null;
  } catch ({ x }) {
    print("not reached");
  }
} catch (e) {
  print("destructuring null in catch:", e.name);
}
