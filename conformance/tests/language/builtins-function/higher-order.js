// combining call/apply/bind for function utilities
// spec: [language.builtin.function]
function partial(f, ...preset) { return (...later) => f(...preset, ...later); }
function flip(f) { return function (a, b, ...rest) { return f.call(this, b, a, ...rest); }; }
function curry(f) {
  return function curried(...args) {
    return args.length >= f.length ? f.apply(this, args) : (...more) => curried.apply(this, args.concat(more));
  };
}
var sub = (a, b) => a - b;
print(partial(sub, 10)(3), flip(sub)(10, 3));
var add3 = curry((a, b, c) => a + b + c);
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
var unboundSlice = Array.prototype.slice;
var slice = Function.prototype.call.bind(unboundSlice);
print(slice([1, 2, 3], 1).join(","));
var log = [];
function trace(f) { return function () { log.push(f.name + "(" + [].join.call(arguments, ",") + ")"); return f.apply(this, arguments); }; }
var tracedMax = trace(Math.max);
print(tracedMax(1, 7, 3), log.join(";"));
