// a symbol's description is a string of UTF-16 code units: lone surrogates are kept by
// description, toString and String(symbol)
// spec: [language.symbols]
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out.join(",");
}
var s = Symbol("\ud800x");
print(codes(s.toString()));
print(codes(String(s)));
print(codes(s.description));
print(codes(Symbol("a\udc00").toString()));
print(codes(Symbol("\ud83d\ude00").toString()), Symbol("\ud83d\ude00").toString().length);
print(codes(Symbol.for("\udfff").toString()));
print(Symbol.keyFor(Symbol.for("\udfff")) === "\udfff");
var o = { [Symbol("\ud800")]: function () {} };
var k = Object.getOwnPropertySymbols(o)[0];
print(codes(o[k].name));
