import net from "node:net";

// A TCP relay in front of PostgreSQL, for tests of a database that goes away: cut() closes
// the port and drops every open connection (as a stopped server does), restore() listens on
// the same port again.

export type TcpRelay = {
  port: number;
  cut: () => Promise<void>;
  restore: () => Promise<void>;
  close: () => Promise<void>;
};

export async function startTcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  let server = createServer();
  await listen(server, 0);
  const { port } = server.address() as net.AddressInfo;

  function createServer(): net.Server {
    return net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
  }

  async function cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  return {
    port,
    cut,
    restore: async () => {
      server = createServer();
      await listen(server, port);
    },
    close: () => (server.listening ? cut() : Promise.resolve()),
  };
}

function listen(server: net.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
}
