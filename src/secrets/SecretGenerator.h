#pragma once

#include <QString>

// A fresh random secret from the system's cryptographic generator, as URL-safe base64 without
// padding, so it can go into a query string as it is (the receiver's secret in the webhook URL).
QString generateSecret(int bytes = 32);
