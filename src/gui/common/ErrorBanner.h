#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

// A strip above a page's content that says what failed and offers Retry. It stays until the next
// success (hideError) or until the user closes it. In a narrow place (a side panel) the buttons go below the
// text, so the text keeps a readable width instead of one word per line.
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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange();

    QGridLayout* m_layout;
    QWidget* m_buttons;
    bool m_narrow = false;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_close;
};
