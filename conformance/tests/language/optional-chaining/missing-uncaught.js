// optional chaining only protects the link it is written on
// spec: [language.host.uncaught] [language.operator.optional-chain]
var config = { server: { port: 8080 }, client: undefined };
print(config.server?.port, config.client?.port);
print(config.client?.port.number);
print(config.client?.["port"]?.number, config.missing?.a.b.c);
var port = config.client?.port ?? 80;
print("defaulted port", port);
print("next line throws");
print(config.client.port);
