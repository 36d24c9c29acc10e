#pragma once

#include <QtGlobal>

#include <chrono>

// The limits every request is sent with, set in one place (RequestBuilder / ApiCall).
struct ClientLimits
{
    // No byte moving for this long aborts the request with Kind::Timeout.
    std::chrono::milliseconds transferTimeout {30000};
    // A bigger answer is aborted with Kind::ResponseTooLarge. 1000 companies with all fields fit easily.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    // Redirects are followed only to the same origin, so the API key never leaves the configured host.
    int maxRedirects = 3;
};
