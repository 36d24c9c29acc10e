#!/usr/bin/env python3
"""Crash soak of the headless receiver (README.md, "Soak"; run through scripts/soak.sh).

The real `vainu-webhooks --headless` runs on its own data folder under mixed load from several client
processes and is killed with SIGKILL at random moments (some before it listens, while it opens and
recovers its database) and started again, for the time asked. The clients record every request that was
answered, with the event id of each 2xx. At the end the checker proves, from `events export` and from the
database itself, that every delivery answered 2xx is stored exactly once, in the event its answer named
(as the event itself or as an attempt of it), that no body answered 400 was lost from the rejected log,
that no bad request was answered 2xx, and that `PRAGMA integrity_check` is ok. Exits 1 on any loss.

Python 3 standard library only. Not a ctest test: it runs for minutes.
"""

import argparse
import collections
import hashlib
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

SECRET = "soak-secret"
PATH = "/vainu/webhook"
MARKER = re.compile(rb'"soak_attempt":"([^"]+)"')


# ---------------------------------------------------------------------------------------------- clients


def now_ms():
    return int(time.time() * 1000)


def business_id(number):
    """A Finnish business id (seven digits and a check digit) with a valid check digit."""
    while True:
        digits = f"{number % 10_000_000:07d}"
        remainder = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2))) % 11
        if remainder != 1:
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"
        number += 1


class Connection:
    """One keep-alive HTTP/1.1 connection, written by hand so that bad requests can be sent too."""

    def __init__(self, port, timeout=15.0):
        self.port = port
        self.timeout = timeout
        self.sock = None
        self.buffer = b""

    def close(self):
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
        self.sock = None
        self.buffer = b""

    def connect(self):
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.buffer = b""

    def send(self, data, pieces=None):
        """Sends all of data, or in pieces: a list of (bytes, pause in seconds)."""
        if pieces is None:
            self.sock.sendall(data)
            return
        for piece, pause in pieces:
            self.sock.sendall(piece)
            time.sleep(pause)

    def read_answer(self):
        """(status, headers dict, body) or None when the connection closed without a whole answer."""
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                return None
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        try:
            status = int(lines[0].split(b" ")[1])
        except (IndexError, ValueError):
            return None
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get(b"content-length", b"0") or 0)
        self.buffer = rest
        while len(self.buffer) < length:
            if not self._fill():
                return None
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, headers, body

    def _fill(self):
        try:
            chunk = self.sock.recv(65536)
        except OSError:
            chunk = b""
        if not chunk:
            self.close()
            return False
        self.buffer += chunk
        return True


def request(target, body, method="POST", content_type="application/json", extra=b"", length=True):
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()
    if content_type:
        head += b"Content-Type: " + content_type.encode() + b"\r\n"
    if length:
        head += b"Content-Length: " + str(len(body)).encode() + b"\r\n"
    return head + extra + b"\r\n" + body


GOOD_TARGET = f"{PATH}?secret={SECRET}"


class Recorder:
    """Writes one JSON line per answered request that the checker needs, and counts the rest."""

    def __init__(self, path):
        self.out = open(path, "w", encoding="utf-8")
        self.counts = collections.Counter()
        self.lock = threading.Lock()

    def record(self, kind, status, **fields):
        with self.lock:
            self.counts[f"{kind} {status}"] += 1
            if fields:
                fields.update(k=kind, s=status)
                self.out.write(json.dumps(fields, separators=(",", ":")) + "\n")
                self.out.flush()

    def close(self, summary_path):
        self.out.close()
        with open(summary_path, "w", encoding="utf-8") as summary:
            json.dump(dict(self.counts), summary)


class DeliveryClient:
    """Valid deliveries for its own tracked records, lenient variants, retries (answered or not),
    stale retries, unrecognised JSON, test deliveries and non-JSON bodies, over keep-alive."""

    def __init__(self, name, port, recorder, rng, companies):
        self.name = name
        self.port = port
        self.recorder = recorder
        self.rng = rng
        self.sequence = 0
        self.connection = Connection(port)
        # A tracked customer data record: its unique_id (24 hex digits like Vainu's, some numeric) and the
        # company it tracks (two records may track one company).
        self.records = []
        for index in range(40):
            numeric = index % 10 == 0
            unique_id = str(rng.randrange(10**11, 10**12)) if numeric else "%024x" % rng.getrandbits(96)
            self.records.append({"unique_id": unique_id, "company": rng.choice(companies), "changes": []})
        self.pending_retries = []  # Vainu retries what was not answered 2xx, with number_of_tries raised

    def marker(self):
        self.sequence += 1
        return f"{self.name}-{self.sequence}"

    def new_change(self, record):
        company = record["company"]
        company["version"] += 1
        data = {
            "status": "active",
            "domain": company["domain"],
            "turn_over": self.rng.randrange(10_000, 90_000_000),
            "visiting_address": "Etel\u00e4esplanadi %d" % self.rng.randrange(1, 60),
            "business_id": company["business_id"],
            "company_name": company["name"],
            "visiting_city": "HELSINKI",
            "visiting_postal": "00130",
            "staff_number": self.rng.randrange(1, 5000),
            "region": "FI-18",
        }
        change = {"data": data, "tries": 0, "answered": False}
        record["changes"].append(change)
        del record["changes"][:-20]
        return change

    def body(self, record, change, tries, lenient):
        marker = self.marker()
        unique_id = record["unique_id"]
        if lenient:
            data = dict(change["data"])
            data["turn_over"] = str(data["turn_over"])
            data["staff_number"] = str(data["staff_number"])
            document = {
                "data": data,
                "number_of_tries": str(tries),
                "type": "Company_Change_Webhook",
                "unique_id": int(unique_id) if unique_id.isdigit() else unique_id,
                "soak_attempt": marker,
            }
        else:
            document = {
                "data": change["data"],
                "number_of_tries": tries,
                "type": "company_change_webhook",
                "unique_id": unique_id,
                "soak_attempt": marker,
            }
        return marker, json.dumps(document, separators=(",", ":"), ensure_ascii=self.rng.random() < 0.5).encode()

    def post(self, kind, marker, body, unique_id, content_type="application/json", extra=b"", retry=None):
        sent = now_ms()
        try:
            self.connection.connect()
            self.connection.send(request(GOOD_TARGET, body, content_type=content_type, extra=extra))
            answer = self.connection.read_answer()
        except OSError:
            self.connection.close()
            answer = None
        if answer is None:
            self.recorder.record(kind, "none")
            if retry:
                self.pending_retries.append(retry)
            time.sleep(0.05)  # the receiver is down: do not spin while it restarts
            return None
        status, _headers, answer_body = answer
        if 200 <= status < 300:
            try:
                answer_json = json.loads(answer_body)
            except ValueError:
                answer_json = {}
            self.recorder.record(
                kind, status, m=marker, u=unique_id, h=hashlib.sha1(body).hexdigest(),
                e=answer_json.get("event_id"), d=answer_json.get("duplicate"), st=answer_json.get("status"), t=sent)
        elif status == 400 and kind == "notjson":
            self.recorder.record(kind, status, m=marker, t=sent)
        else:
            self.recorder.record(kind, status)
            if retry:
                self.pending_retries.append(retry)
        return status

    def send_change(self, kind, record, change, lenient=False):
        change["tries"] = min(change["tries"] + 1, 5)
        marker, body = self.body(record, change, change["tries"], lenient)
        retry = (record, change) if change["tries"] < 5 else None
        status = self.post(kind, marker, body, record["unique_id"],
                           content_type="text/plain" if lenient else "application/json", retry=retry)
        if status is not None and 200 <= status < 300:
            change["answered"] = True

    def step(self):
        rng = self.rng
        if self.pending_retries and rng.random() < 0.7:
            record, change = self.pending_retries.pop(rng.randrange(len(self.pending_retries)))
            self.send_change("retry", record, change)
            return
        roll = rng.random()
        record = rng.choice(self.records)
        if roll < 0.55 or not record["changes"]:
            self.send_change("valid", record, self.new_change(record))
        elif roll < 0.67:
            self.send_change("lenient", record, self.new_change(record), lenient=True)
        elif roll < 0.80:
            # Vainu's retry of a change already answered (its answer lost on the way): another attempt.
            self.send_change("duplicate", record, record["changes"][-1])
        elif roll < 0.88:
            # A late retry of a change the company has moved on from.
            older = record["changes"][:-1] or record["changes"]
            self.send_change("stale", record, rng.choice(older))
        elif roll < 0.93:
            marker = self.marker()
            shapes = [
                {"soak_attempt": marker, "event": "ping"},
                [{"soak_attempt": marker}, 1, 2],
                {"soak_attempt": marker, "data": "not an object", "unique_id": record["unique_id"]},
                {"soak_attempt": marker, "data": {"business_id": record["company"]["business_id"]}},
            ]
            body = json.dumps(rng.choice(shapes), separators=(",", ":")).encode()
            self.post("unrecognised", marker, body, "")
        elif roll < 0.96:
            marker, body = self.body(record, self.new_change(record), 1, False)
            self.post("test", marker, body, record["unique_id"], extra=b"X-Vainu-Webhooks-Test: 1\r\n")
        else:
            marker = self.marker()
            body = b'not JSON at all "soak_attempt":"' + marker.encode() + b'" {'
            self.post("notjson", marker, body, "")


def bad_requests(port, recorder, rng, stop):
    """Requests that must never be answered 2xx nor stored as events."""
    big = b"x" * (1024 * 1024 + 100)
    kinds = [
        ("wrong-secret", lambda: request(f"{PATH}?secret=wrong", b'{"unique_id":"x"}')),
        ("no-secret", lambda: request(PATH, b'{"unique_id":"x"}')),
        ("wrong-path", lambda: request(f"/elsewhere?secret={SECRET}", b"{}")),
        ("get", lambda: request(GOOD_TARGET, b"", method="GET", content_type="", length=False)),
        ("no-length", lambda: request(GOOD_TARGET, b"", length=False)),
        ("chunked", lambda: request(GOOD_TARGET, b"5\r\nhello\r\n0\r\n\r\n", length=False,
                                    extra=b"Transfer-Encoding: chunked\r\n")),
        ("oversize", lambda: request(GOOD_TARGET, big)),
        ("oversize-head-only", lambda: request(GOOD_TARGET, b"", extra=b"")[:-2].replace(
            b"Content-Length: 0", b"Content-Length: 5000000") + b"\r\n"),
        ("garbage", lambda: b"\x16\x03\x01 hello there\r\n\r\n"),
        ("huge-head", lambda: request(GOOD_TARGET, b"{}", extra=b"X-Filler: " + b"a" * 20000 + b"\r\n")),
    ]
    while not stop():
        kind, make = rng.choice(kinds)
        connection = Connection(port, timeout=10)
        try:
            connection.connect()
            try:
                connection.send(make())
            except OSError:
                pass  # refused before the whole body went out
            answer = connection.read_answer()
        except OSError:
            answer = None
        connection.close()
        recorder.record(kind, answer[0] if answer else "none")
        if answer and 200 <= answer[0] < 300:
            recorder.record("bad-request-answered-2xx", answer[0], m=kind)
        time.sleep(0.01 if answer else 0.05)


def slow_client(port, recorder, rng, stop, name, companies):
    """A delivery sent byte by byte over a second or two, and sometimes a request that stalls past the
    receiver's 10 s limit (answered 408 or closed, never stored)."""
    client = DeliveryClient(name, port, recorder, rng, companies)
    while not stop():
        record = rng.choice(client.records)
        change = client.new_change(record)
        change["tries"] = 1
        marker, body = client.body(record, change, 1, False)
        data = request(GOOD_TARGET, body, extra=b"Connection: close\r\n")
        stall = rng.random() < 0.1
        if stall:
            cut = rng.randrange(10, len(data) - 1)
            pieces = [(data[:cut], 11.0)]
        else:
            size = max(1, len(data) // 20)
            pieces = [(data[i:i + size], rng.uniform(0.02, 0.08)) for i in range(0, len(data), size)]
        connection = Connection(port, timeout=20)
        sent = now_ms()
        try:
            connection.connect()
            connection.send(None, pieces)
            answer = connection.read_answer()
        except OSError:
            answer = None
        connection.close()
        kind = "slow-stalled" if stall else "slow"
        if answer is None:
            recorder.record(kind, "none")
            time.sleep(0.05)  # the receiver is down: do not spin while it restarts
        elif 200 <= answer[0] < 300 and not stall:
            answer_json = json.loads(answer[2] or b"{}")
            recorder.record(kind, answer[0], m=marker, u=record["unique_id"], h=hashlib.sha1(body).hexdigest(),
                            e=answer_json.get("event_id"), d=answer_json.get("duplicate"),
                            st=answer_json.get("status"), t=sent)
        elif 200 <= answer[0] < 300:
            recorder.record("bad-request-answered-2xx", answer[0], m=kind)
        else:
            recorder.record(kind, answer[0])


def run_client(args):
    rng = random.Random(args.seed)
    recorder = Recorder(os.path.join(args.out, f"{args.name}.jsonl"))
    stop_file = os.path.join(args.out, "stop")
    stop = lambda: os.path.exists(stop_file)  # noqa: E731
    # Companies are shared by every client (same seed), so records of different clients track one company.
    shared = random.Random(7)
    companies = [{"business_id": business_id(shared.randrange(10**6, 10**7)), "name": f"Soak {i} Oy",
                  "domain": f"soak{i}.fi", "version": 0} for i in range(60)]
    if args.kind == "deliveries":
        client = DeliveryClient(args.name, args.port, recorder, rng, companies)
        while not stop():
            client.step()
    elif args.kind == "bad":
        bad_requests(args.port, recorder, rng, stop)
    else:
        threads = [threading.Thread(target=slow_client,
                                    args=(args.port, recorder, random.Random(args.seed * 100 + i), stop,
                                          f"{args.name}.{i}", companies))
                   for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    recorder.close(os.path.join(args.out, f"{args.name}.summary.json"))


# ----------------------------------------------------------------------------------------------- driver


class Receiver:
    def __init__(self, app, port, data, logs, env):
        self.app, self.port, self.data, self.logs, self.env = app, port, data, logs, env
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        self.log = os.path.join(self.logs, "receiver.out")
        out = open(self.log, "wb")  # the newest run only: one line per event adds up
        err = open(os.path.join(self.logs, "receiver.err"), "ab")
        self.process = subprocess.Popen(
            [self.app, "--headless", "--port", str(self.port), "--data-dir", self.data],
            stdout=out, stderr=err, env=self.env)
        out.close()
        err.close()

    def wait_listening(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                return False
            with open(self.log, "rb") as log:
                if b"Listening on" in log.read(4096):
                    return True
            time.sleep(0.02)
        return False

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_records(out_dir):
    records, counts = [], collections.Counter()
    for name in sorted(os.listdir(out_dir)):
        path = os.path.join(out_dir, name)
        if name.endswith(".summary.json"):
            with open(path, encoding="utf-8") as summary:
                counts.update(json.load(summary))
        elif name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    if line.endswith("\n"):
                        records.append(json.loads(line))
    return records, counts


def check(app, data, env, records):
    """Returns (problems, figures)."""
    problems = []
    database = os.path.join(data, "events.sqlite")
    # The database as the last SIGKILL left it (opening it recovers the WAL, as the receiver would).
    connection = sqlite3.connect(database)
    integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"PRAGMA integrity_check: {integrity}")
    # Where each request's body is kept: (table, event id). A body must be kept at most once.
    kept = collections.defaultdict(list)
    for event_id, body in connection.execute("SELECT id, raw_body FROM events"):
        for marker in MARKER.findall(bytes(body or b"")):
            kept[marker.decode()].append(("event", event_id))
    for event_id, body in connection.execute("SELECT event_id, raw_body FROM attempts WHERE length(raw_body) > 0"):
        for marker in MARKER.findall(bytes(body or b"")):
            kept[marker.decode()].append(("attempt", event_id))
    rejected = {}
    for arrival, body in connection.execute("SELECT arrival, body FROM rejected WHERE body IS NOT NULL"):
        for marker in MARKER.findall(bytes(body)):
            rejected[marker.decode()] = arrival
    oldest_rejected = connection.execute("SELECT min(arrival) FROM rejected").fetchone()[0] or 0
    connection.close()
    for marker, places in kept.items():
        if len(places) > 1:
            problems.append(f"request {marker} is stored {len(places)} times: {places}")

    export = subprocess.run([app, "events", "export", "--format", "jsonl", "--include-tests", "--data-dir", data],
                            capture_output=True, env=env)
    if export.returncode != 0:
        problems.append(f"events export exited {export.returncode}: {export.stderr.decode(errors='replace')}")
    events = {}
    for line in export.stdout.splitlines():
        event = json.loads(line)
        if event["id"] in events:
            problems.append(f"event {event['id']} exported twice")
        events[event["id"]] = event

    lost = 0
    answered = 0
    per_event = collections.Counter()
    origin_of = {"stored": "delivery", "stored_unrecognised": "unrecognised", "stored_test": "test"}
    for record in records:
        if record["s"] == 400:
            # A body that is not JSON is answered 400 only once kept in the rejected log, which keeps the
            # newest 10,000 rows: one sent after the oldest row still there must be there.
            if record["m"] not in rejected and record["t"] > oldest_rejected + 1000:
                lost += 1
                problems.append(f"body {record['m']} answered 400 is not in the rejected log")
            continue
        if record["k"] == "bad-request-answered-2xx":
            problems.append(f"a bad request ({record['m']}) was answered {record['s']}")
            continue
        answered += 1
        event_id, marker = record["e"], record["m"]
        event = events.get(event_id)
        places = kept.get(marker, [])
        why = None
        if event is None:
            why = f"its event {event_id} is not in the export"
        elif event["origin"] != origin_of.get(record["st"]):
            why = f"answered {record['st']}, exported with origin {event['origin']}"
        elif record["u"] and event["unique_id"] != record["u"]:
            why = f"event {event_id} has unique_id {event['unique_id']}, sent {record['u']}"
        elif not record["d"] and hashlib.sha1(event["payload"].encode()).hexdigest() != record["h"]:
            why = f"answered as new event {event_id}, whose payload is another body"
        elif places != [("attempt" if record["d"] else "event", event_id)]:
            why = f"answered for event {event_id} (duplicate {record['d']}), kept as {places}"
        if why:
            lost += 1
            problems.append(f"delivery {marker} answered {record['s']}: {why}")
        per_event[event_id] += 1
    for event_id, count in per_event.items():
        event = events.get(event_id)
        if event and event["attempts"] < count:
            problems.append(f"event {event_id} counts {event['attempts']} attempts, {count} were answered 2xx")
    figures = {"answered_2xx": answered, "events_exported": len(events), "lost": lost, "integrity": integrity,
               "answered_400_kept": sum(1 for r in records if r["s"] == 400)}
    return problems, figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    soak = sub.add_parser("run", help="run the soak (default)")
    soak.add_argument("--app", required=True, help="the vainu-webhooks program")
    soak.add_argument("--minutes", type=float, default=5)
    soak.add_argument("--clients", type=int, default=4, help="client processes sending deliveries")
    soak.add_argument("--seed", type=int, default=None)
    soak.add_argument("--keep", action="store_true", help="keep the data folder and logs")
    soak.add_argument("--fault-shim", help="also break the disk now and then: the LD_PRELOAD storage-fault shim "
                      "(tests/receiver/StorageFaultShim.cpp) fails writes or fsync for a moment, under load")
    client = sub.add_parser("client")
    client.add_argument("--kind", choices=["deliveries", "bad", "slow"], required=True)
    client.add_argument("--name", required=True)
    client.add_argument("--port", type=int, required=True)
    client.add_argument("--seed", type=int, required=True)
    client.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "client":
        run_client(args)
        return 0
    if args.command != "run":
        parser.print_help()
        return 2

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="vw-soak.")
    data, logs, out = (os.path.join(work, name) for name in ("data", "logs", "clients"))
    for folder in (data, logs, out):
        os.makedirs(folder)
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "VAINU_API_KEY"):
        env.pop(name, None)
    env.update(VAINU_WEBHOOK_SECRET=SECRET, LANGUAGE="en", LC_ALL="C.UTF-8", XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "share"), XDG_CACHE_HOME=os.path.join(work, "cache"))
    port = free_port()
    print(f"soak: {args.minutes:g} min, seed {seed}, port {port}, work folder {work}", flush=True)

    receiver_env = dict(env)
    fault_switch = os.path.join(work, "fault")
    if args.fault_shim:
        receiver_env.update(LD_PRELOAD=os.path.abspath(args.fault_shim), VW_FAULT_DIR=data,
                            VW_FAULT_SWITCH=fault_switch)
    receiver = Receiver(args.app, port, data, logs, receiver_env)
    faults = collections.Counter()
    clients = []
    kinds = [("deliveries", f"c{i}") for i in range(args.clients)] + [("bad", "bad"), ("slow", "slow")]
    for index, (kind, name) in enumerate(kinds):
        clients.append(subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "client", "--kind", kind, "--name", name, "--port", str(port),
             "--seed", str(seed + index), "--out", out]))

    kills = early_kills = 0
    died = []
    deadline = time.time() + args.minutes * 60
    while True:
        receiver.start()
        if rng.random() < 0.15:
            # While it opens the database and recovers the WAL of the last kill, before it listens.
            time.sleep(rng.uniform(0.0, 0.2))
            early_kills += 1
        else:
            if not receiver.wait_listening():
                died.append(f"start {receiver.starts} did not listen (exit {receiver.process.poll()})")
                if receiver.process.poll() is None:
                    receiver.kill()
                break
            up_for = rng.uniform(0.3, 6.0)
            if args.fault_shim and rng.random() < 0.5:
                # A full disk, a read-only file system or a failing fsync for a moment while it runs.
                time.sleep(up_for / 3)
                fault = rng.choice(["full", "readonly", "fsync"])
                with open(fault_switch, "w") as switch:
                    switch.write(fault)
                faults[fault] += 1
                time.sleep(rng.uniform(0.05, 0.5))
                os.remove(fault_switch)
                up_for -= up_for / 3
            time.sleep(up_for)
        exit_code = receiver.process.poll()
        if exit_code is not None:
            died.append(f"start {receiver.starts} ended by itself with {exit_code}")
            break
        receiver.kill()
        kills += 1
        if time.time() >= deadline:
            break

    open(os.path.join(out, "stop"), "w").close()
    for process in clients:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            died.append("a client did not stop")
    records, counts = read_records(out)
    problems, figures = check(args.app, data, env, records)
    problems = died + problems

    statuses = collections.Counter()
    for key, count in counts.items():
        kind, _, status = key.partition(" ")
        statuses[status] += count
    print("soak: answers by kind and status: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    print("soak: answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
    print(f"soak: receiver starts {receiver.starts}, kills survived {kills} ({early_kills} before it listened)")
    if args.fault_shim:
        print("soak: storage faults while running: " + ", ".join(f"{k} {v}" for k, v in sorted(faults.items())))
    print(f"soak: deliveries answered 2xx {figures['answered_2xx']}, events in the export {figures['events_exported']}, "
          f"non-JSON bodies answered 400 {figures['answered_400_kept']}, integrity_check {figures['integrity']}")
    print(f"soak: lost {figures['lost']}")
    for problem in problems[:50]:
        print(f"soak: PROBLEM {problem}")
    if len(problems) > 50:
        print(f"soak: ... and {len(problems) - 50} more problems")
    if problems or args.keep:
        print(f"soak: data and logs kept in {work}")
    else:
        shutil.rmtree(work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
