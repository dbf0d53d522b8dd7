// arrow bodies: expression vs block, object literal bodies, comma expressions
// spec: [language.function.arrow]
var noBlock = () => 1 + 1;
var block = () => { 1 + 1; };
var label = () => { a: 1 };
var objBody = () => ({ a: 1 });
print(noBlock(), block(), label(), objBody().a);
var comma = (x) => (x++, x * 10);
print(comma(1));
var ternary = (x) => x ? () => "t" : () => "f";
print(ternary(1)(), ternary(0)());
var immediately = ((n) => n * 3)(7);
print(immediately);
var chain = [3, 1, 2].sort((a, b) => a - b).map((x) => x * 2).filter((x) => x > 2);
print(chain.join(","));
var hasProto = "prototype" in (() => {});
print(hasProto);
