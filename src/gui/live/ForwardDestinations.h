#pragma once

#include "core/ForwardTarget.h"

#include <QCoreApplication>

#include <optional>

class ForwardService;
class QComboBox;

// Where Edit and send, Replay and "Copy as cURL" send: this app's receiver (as a test delivery) or one of the
// profile's forward targets. The receiver is named, never shown by its URL (that holds the secret).
class ForwardDestinations
{
    Q_DECLARE_TR_FUNCTIONS(ForwardDestinations)
public:
    // The receiver first (item data 0), then each target by its URL (item data: its id).
    static void fill(QComboBox* combo, const ForwardService* service);
    // The destination of the combo's current item; the receiver's when the item is 0 or the target is gone.
    static ForwardTarget chosen(const QComboBox* combo, const ForwardService* service);
    static QList<ForwardTarget> targets(const ForwardService* service); // none without a service
    static std::optional<ForwardTarget> find(const ForwardService* service, qint64 id);
    static QString receiverName();
    // A target as a person reads it: its URL without a password.
    static QString targetName(const ForwardTarget& target);
};
