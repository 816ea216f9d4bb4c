#pragma once

#include <ssh/SshPolicy.h>

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <memory>

class QDialog;
class QWidget;
namespace nb {
class SecretStore;
}

// Answers the SSH engine's questions with dialogs: an unknown host key, a password, a
// key passphrase or a keyboard-interactive prompt; and shows a refused changed host
// key. The engine asks on a host's worker thread and waits; the question is posted to
// this object's thread (the GUI's), shown one at a time, and the answer wakes the
// worker. The wait is a condition variable rather than a BlockingQueuedConnection so
// that close() can wake it: a window that joins its worker while that worker waits
// for a dialog would otherwise deadlock. Asked on the GUI thread itself, it waits in
// a local event loop instead.
class GuiSshPolicy : public QObject
{
    Q_OBJECT

public:
    // Dialogs are window-modal to dialogParent; secrets are kept under cluster.
    GuiSshPolicy(const QString &cluster, QWidget *dialogParent);
    ~GuiSshPolicy() override; // closes

    // base with the callbacks set. The engine's copies stay safe to call after this
    // object is gone: they then take the safe answer.
    nb::SshPolicy policy(nb::SshPolicy base = {}) const;

    // Every waiting and every later question gets the safe answer (reject the key,
    // no secret) and an open question closes; a changed-key refusal stays shown.
    // Call before waiting for a worker that may be asking, e.g. when the window closes.
    void close();

    // The dialog waiting for the operator now, if any.
    QDialog *currentDialog() const { return m_current; }

signals:
    // A dialog was just opened (tests and screenshots find it here).
    void dialogOpened(QDialog *dialog);

private:
    struct Question;
    struct Shared;

    static void ask(const std::shared_ptr<Shared> &shared, const std::shared_ptr<Question> &question);
    static void tell(const std::shared_ptr<Shared> &shared, const nb::ChangedHostKey &change);

    void enqueue(const std::shared_ptr<Question> &question);
    void showNext();
    void askHostKey(const std::shared_ptr<Question> &question);
    void askSecret(const std::shared_ptr<Question> &question, const QString &keychainProblem);
    void showChangedKey(const nb::ChangedHostKey &change);
    void open(QDialog *dialog, const std::function<void()> &finished);
    void finish(const std::shared_ptr<Question> &question);

    QString m_cluster;
    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<Shared> m_shared;
    nb::SecretStore *m_store;
    std::deque<std::shared_ptr<Question>> m_queue;
    std::shared_ptr<Question> m_asking;
    QPointer<QDialog> m_current;
    QSet<QString> m_keychainTried; // a stored secret is offered once; asked again, it was wrong
    QSet<QString> m_changedShown;  // one refusal dialog per host and key, not one per retry
    bool m_closed = false;
};
