// arrow functions cannot be used with new
// spec: [language.function.arrow] [language.host.uncaught]
var Make = (x) => { this.x = x; };
print(typeof Make, Make.prototype);
try {
  new Make(1);
} catch (e) {
  print("caught", e.name);
}
var made = new Make(2);
print("unreachable");
