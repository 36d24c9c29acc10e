# Reads `callgrind_annotate --inclusive=yes` of the headless receiver under load (tests/bench/receiver-bench.sh,
# CALLGRIND=1) and prints the instructions per delivery of each stage of the answer path: the inclusive count of the
# function that does it, divided by `deliveries`. Stages overlap where one calls the other (indented under it).
BEGIN {
    stage[1] = "QIODevice::readyRead()";              name[1] = "HTTP thread: everything after the socket has bytes"
    stage[2] = "QIODevice::read(char";                name[2] = "  Qt HTTP Server reading the socket"
    stage[3] = "ConnectionGuard::beforeServerReads";  name[3] = "  connection guard (framing, limits)"
    stage[4] = "QHttpServerRouter::handleRequest";    name[4] = "  routing and the handler"
    stage[5] = "ReceiverWorker::handle(";             name[5] = "    the handler (checks, hand-over to the writer)"
    stage[6] = "DeliveryReading::read(";              name[6] = "      reading the delivery (JSON to change)"
    stage[7] = "EventWriter::run()";                  name[7] = "store writer thread: everything"
    stage[8] = "EventWriter::Batch::store(";          name[8] = "  storing one delivery"
    stage[9] = "sqlite3_step";                        name[9] = "    SQLite statements"
    stage[10] = "QJsonDocument::toJson";              name[10] = "    JSON text of the data and snapshot"
    stage[11] = "QCryptographicHash::hash(";          name[11] = "    hash of the data (dedupe)"
    stage[12] = "diffCompanyData(";                   name[12] = "    diff against the snapshot"
    stages = 12
}
{
    for (i = 1; i <= stages; i++) {
        if (!(i in count) && index($0, stage[i]) > 0) {
            value = $1
            gsub(",", "", value)
            count[i] = value
        }
    }
}
END {
    for (i = 1; i <= stages; i++)
        printf "callgrind:   %-52s %8d instructions per delivery\n", name[i], (i in count ? count[i] / deliveries : 0)
}
