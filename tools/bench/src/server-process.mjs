// Benchmark API server, run as its own process so its CPU time never counts as the client's.
// argv[2] is a JSON file { get, list } with the two canned bodies; prints the port once listening.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const bodies = JSON.parse(readFileSync(process.argv[2], "utf8"));
const get = Buffer.from(JSON.stringify(bodies.get));
const list = Buffer.from(JSON.stringify(bodies.list));
const headers = (body) => ({ "content-type": "application/json", "content-length": String(body.length) });

const server = createServer((req, res) => {
  const path = (req.url ?? "").split("?")[0];
  if (req.method === "GET" && path === "/v1beta/documents") res.writeHead(200, headers(list)).end(list);
  else if (req.method === "GET" && path.startsWith("/v1beta/documents/")) res.writeHead(200, headers(get)).end(get);
  else res.writeHead(404, { "content-type": "application/json" }).end('{"code":"not_found","message":"no such route"}');
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
process.on("disconnect", () => process.exit(0));
