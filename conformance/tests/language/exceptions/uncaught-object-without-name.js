// an uncaught object without a name property is reported as String(value)
// spec: [language.host.uncaught]
var thrown = {
  code: 7,
  toString() {
    return "custom failure " + this.code;
  },
};
print("name" in thrown);
throw thrown;
