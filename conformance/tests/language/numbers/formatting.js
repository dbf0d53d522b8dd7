// Number to string conversion (shortest round-trip representation)
// spec: [language.value.number]
print(0.1 + 0.2, 0.1 + 0.7, 1 / 3);
print(123.456, -123.456, 100, 1.5e3);
print(1e21, 1e20, 123456789012345680000);
print(1e-7, 1e-6, 0.000001234, 1.5e-10);
print(2 ** 53, 2 ** 53 + 1, 2 ** 64);
print(1.7976931348623157e308, 5e-324);
print(0.5, .5, 5., 0x10, 0o17, 0b101);
print(1_000_000, 0.000_1);
print(-1e21, -1e-7);
print(12e20, 12e21, 1.25e-6);
print(String(4.35), String(0.000001), String(1e300 * 10));
