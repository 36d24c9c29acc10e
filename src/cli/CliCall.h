#pragma once

#include "api/ApiReply.h"
#include "api/CreateWebhookCall.h"
#include "core/ApiError.h"

#include <QEventLoop>

#include <utility>

// What every command-line command shares: its exit codes, and waiting for one API call.
namespace CliCall {

enum ExitCode
{
    Success = 0,
    Failure = 1, // an API, network or storage error
    UsageError = 2
};

// Waits for one call in a local event loop; the call deletes itself afterwards, so its outcome is copied here.
template <typename T>
std::pair<ApiError, T> await(ApiReply<T>* call)
{
    std::pair<ApiError, T> outcome;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&] {
        outcome = {call->error(), call->value()};
        loop.quit();
    });
    loop.exec();
    return outcome;
}

struct CreateOutcome
{
    ApiError error;
    Webhook webhook;
    bool recovered = false; // the answer was lost; the webhook was found in the list
    bool confirmedNotCreated = false; // the answer was lost; the webhook is not in the list
};

inline CreateOutcome await(CreateWebhookCall* call)
{
    CreateOutcome outcome;
    QEventLoop loop;
    QObject::connect(call, &CreateWebhookCall::finished, &loop, [&] {
        outcome = {call->error(), call->value(), call->recovered(), call->confirmedNotCreated()};
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace CliCall
