// The forward target of tests/bench/forward-bench.sh: answers every POST 200 at once (keep-alive) and, for each
// forwarded event, writes "<event id> <receive time, ms since epoch with fraction>" to the file given.
const http = require('http');
const fs = require('fs');
const port = Number(process.argv[2]);
const out = fs.createWriteStream(process.argv[3]);
const origin = performance.timeOrigin;
http.createServer((req, res) => {
    const id = req.headers['x-vainu-webhooks-event-id'];
    req.on('data', () => {});
    req.on('end', () => {
        out.write(`${id} ${(origin + performance.now()).toFixed(3)}\n`);
        res.writeHead(200, {'Content-Type': 'text/plain', 'Content-Length': 2});
        res.end('ok');
    });
}).listen(port, '127.0.0.1', () => console.log(`Listening on ${port}`));
