#pragma once

#include "sandbox/SandboxData.h"

struct SandboxOptions;

// The demo data set: fictional Nordic companies (FI, SE, NO, DK) with valid business ids and a demo
// account (customer data, lists, one webhook). A pure function of options.seed.
namespace SeedData {
QList<QJsonObject> companies(quint64 seed, int count);
SandboxData generate(const SandboxOptions& options);
} // namespace SeedData
