// A loopback tunnelling proxy, as undici's ProxyAgent expects: CONNECT host:port, then bytes both ways. Records targets.
import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

export interface ConnectProxy {
  url: string;
  /** The host:port of every CONNECT, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Duplex>();
  // A plain request (no CONNECT) means the client did not tunnel: refused, so a test sees it fail.
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on("connect", (req: IncomingMessage, client: Duplex, head: Buffer) => {
    tunnels.push(req.url ?? "");
    sockets.add(client);
    const target = new URL(`http://${req.url ?? ""}`);
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: async () => {
      // A tunnel is no longer an HTTP connection of the server, so closeAllConnections() alone leaves it open.
      for (const socket of sockets) socket.destroy();
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
