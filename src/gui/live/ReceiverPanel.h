#pragma once

#include "store/StoreCounters.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class ReceiverService;

// The receiver's status at the top of the Live events page: the URL to give Vainu (copyable),
// address, port, path, whether a secret is set, Start/Stop, the last start error, and the counters.
class ReceiverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReceiverPanel(QWidget* parent = nullptr);

    void setService(ReceiverService* service);
    void setCounters(const StoreCounters& counters);
    void refresh();

    QString urlText() const;
    QString stateText() const;
    QString errorText() const;

signals:
    void subscribeRequested();

private:
    ReceiverService* m_service = nullptr;
    QLabel* m_state;
    QLineEdit* m_url;
    QToolButton* m_copy;
    QLabel* m_details;
    QLabel* m_error;
    QPushButton* m_startStop;
    QPushButton* m_subscribe;
    QLabel* m_counters;
};
