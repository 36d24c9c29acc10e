#pragma once

class QCoreApplication;

// `vainu-webhooks events export --format jsonl|csv [--since TIME] [--data-dir DIR]`: writes the stored
// events (payload, arrival time, attempts, tries, changed fields) to stdout.
namespace EventsExportCommand {
int run(QCoreApplication& app);
}
