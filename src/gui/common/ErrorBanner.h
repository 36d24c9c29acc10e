#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above a page's content that says what failed and offers Retry. It stays until the next
// success (hideError) or until the user closes it.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const QString& message);
    void hideError();
    QString message() const;
    void setRetryVisible(bool visible);

signals:
    void retryRequested();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_close;
};
