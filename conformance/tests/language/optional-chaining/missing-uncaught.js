// optional chaining only protects the link it is written on
var config = { server: { port: 8080 }, client: undefined };
print(config.server?.port, config.client?.port);
print(config.client?.port.number);
print("next line throws");
print(config.client.port);
