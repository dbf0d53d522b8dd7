// exp, log, log2, log10, expm1, log1p: exact special cases and rounded values
// spec: [language.builtin.math]
print(Math.exp(0), Math.log(1), Math.log(0), Math.log(-1), Math.exp(-Infinity), Math.exp(Infinity));
print(Math.log2(1024), Math.log2(0.125), Math.round(Math.log10(1e-3) * 1e9) / 1e9, Math.log10(1), Math.log2(-1));
print(Math.round(Math.exp(1) * 1e9), Math.round(Math.log(10) * 1e9), Math.round(Math.log10(2) * 1e9));
print(Math.round(Math.log(Math.E) * 1e9) / 1e9, Math.round(Math.log10(1000) * 1e9) / 1e9, Math.round(Math.log2(3) * 1e9));
print(Math.expm1(0), Math.log1p(0), Object.is(Math.expm1(-0), -0), Object.is(Math.log1p(-0), -0), Math.log1p(-1));
print(Math.round(Math.expm1(1e-10) * 1e15), Math.round(Math.log1p(1e-10) * 1e15));
print(Math.round(Math.sinh(1) * 1e9), Math.round(Math.cosh(1) * 1e9), Math.round(Math.tanh(0.5) * 1e9), Math.tanh(Infinity));
