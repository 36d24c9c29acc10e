// Baseline for receiver-bench.sh: a plain Node.js receiver that only parses the JSON and answers 200.
'use strict';
const http = require('http');
const port = Number(process.argv[2] || 8790);
http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        try {
            const delivery = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            const body = JSON.stringify({ status: 'stored', unique_id: delivery.unique_id });
            res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
            res.end(body);
        } catch (e) {
            res.writeHead(400, { 'Content-Type': 'application/json' });
            res.end('{"detail":"invalid JSON"}');
        }
    });
}).listen(port, '127.0.0.1', () => console.log(`node baseline on ${port}`));
