#include "GuiSshPolicy.h"

#include "ChangedHostKeyDialog.h"
#include "CredentialDialog.h"
#include "HostKeyDialog.h"

#include <secrets/SecretStore.h>

#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

// One thing to show. Questions have an asker waiting for the answer; a changed key is
// only shown.
struct GuiSshPolicy::Question
{
    std::optional<nb::HostKeyQuestion> hostKey;
    std::optional<nb::SecretRequest> secret;
    std::optional<nb::ChangedHostKey> changed;
    // The answer; the defaults are the safe one. Written under Shared::mutex.
    nb::HostKeyDecision decision = nb::HostKeyDecision::Reject;
    std::optional<QString> answer;
    bool done = false;
    QEventLoop *loop = nullptr; // asked on the GUI thread itself
};

// What the engine's copies of the callbacks hold: they may outlive the GuiSshPolicy.
struct GuiSshPolicy::Shared
{
    std::mutex mutex;
    std::condition_variable answered;
    GuiSshPolicy *owner = nullptr; // null once closed; only used under mutex
    std::vector<std::shared_ptr<Question>> waiting;
};

GuiSshPolicy::GuiSshPolicy(const QString &cluster, QWidget *dialogParent)
    : m_cluster(cluster), m_dialogParent(dialogParent), m_shared(std::make_shared<Shared>()),
      m_store(new nb::SecretStore(this))
{
    m_shared->owner = this;
}

GuiSshPolicy::~GuiSshPolicy()
{
    close();
}

nb::SshPolicy GuiSshPolicy::policy(nb::SshPolicy base) const
{
    const std::shared_ptr<Shared> shared = m_shared;
    base.unknownHostKey = [shared](const nb::HostKeyQuestion &hostKey) {
        auto question = std::make_shared<Question>();
        question->hostKey = hostKey;
        ask(shared, question);
        return question->decision;
    };
    base.secret = [shared](const nb::SecretRequest &request) {
        auto question = std::make_shared<Question>();
        question->secret = request;
        ask(shared, question);
        return question->answer;
    };
    base.hostKeyChanged = [shared](const nb::ChangedHostKey &change) { tell(shared, change); };
    return base;
}

void GuiSshPolicy::ask(const std::shared_ptr<Shared> &shared, const std::shared_ptr<Question> &question)
{
    std::unique_lock<std::mutex> lock(shared->mutex);
    GuiSshPolicy *owner = shared->owner;
    if (!owner)
        return; // closed: the question keeps its safe answer
    shared->waiting.push_back(question);
    if (QThread::currentThread() == owner->thread()) {
        lock.unlock();
        QEventLoop loop;
        question->loop = &loop;
        owner->enqueue(question);
        lock.lock();
        if (!question->done) {
            lock.unlock();
            loop.exec();
        }
        return;
    }
    // Posting under the mutex: close() (which the destructor runs) cannot pass it
    // meanwhile, so owner is alive; if it dies before the call runs, the call is
    // dropped and close() has already answered.
    QMetaObject::invokeMethod(owner, [owner, question] { owner->enqueue(question); }, Qt::QueuedConnection);
    shared->answered.wait(lock, [&question] { return question->done; });
}

void GuiSshPolicy::tell(const std::shared_ptr<Shared> &shared, const nb::ChangedHostKey &change)
{
    const std::lock_guard<std::mutex> lock(shared->mutex);
    GuiSshPolicy *owner = shared->owner;
    if (!owner)
        return;
    auto shown = std::make_shared<Question>();
    shown->changed = change;
    QMetaObject::invokeMethod(owner, [owner, shown] { owner->enqueue(shown); }, Qt::QueuedConnection);
}

void GuiSshPolicy::close()
{
    std::vector<std::shared_ptr<Question>> waiting;
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->owner = nullptr;
        waiting.swap(m_shared->waiting);
        for (const auto &question : waiting)
            question->done = true;
    }
    m_shared->answered.notify_all();
    for (const auto &question : waiting) {
        if (question->loop)
            question->loop->quit();
    }
    m_closed = true;
    // A refusal already on its way stays readable: the run that met it usually ends,
    // and closes this, right after. Questions in the queue are done and get skipped.
    if (m_current && m_asking && !m_asking->changed)
        m_current->reject();
}

void GuiSshPolicy::enqueue(const std::shared_ptr<Question> &question)
{
    if (m_closed && !question->changed)
        return;
    if (question->changed) {
        const QString key = question->changed->host + QLatin1Char(':') + QString::number(question->changed->port)
            + QLatin1Char(' ') + question->changed->fingerprint;
        if (m_changedShown.contains(key))
            return;
        m_changedShown.insert(key);
    }
    m_queue.push_back(question);
    if (!m_asking)
        showNext();
}

void GuiSshPolicy::showNext()
{
    while (!m_asking && !m_queue.empty()) {
        std::shared_ptr<Question> next = m_queue.front();
        m_queue.pop_front();
        {
            const std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (next->done)
                continue;
        }
        m_asking = next;
        if (next->hostKey)
            askHostKey(next);
        else if (next->secret)
            askSecret(next, {});
        else
            showChangedKey(*next->changed);
    }
}

void GuiSshPolicy::open(QDialog *dialog, const std::function<void()> &finished)
{
    m_current = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(m_dialogParent ? Qt::WindowModal : Qt::ApplicationModal);
    // finished() also comes when close() rejects the dialog; a dialog deleted with its
    // parent window sends neither, so destroyed() stands in for it.
    auto once = std::make_shared<bool>(false);
    auto done = [this, finished, once] {
        if (std::exchange(*once, true))
            return;
        finished();
        m_asking.reset();
        showNext();
    };
    connect(dialog, &QDialog::finished, this, done);
    connect(dialog, &QObject::destroyed, this, done);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    emit dialogOpened(dialog);
}

void GuiSshPolicy::askHostKey(const std::shared_ptr<Question> &question)
{
    auto *dialog = new HostKeyDialog(*question->hostKey, m_dialogParent);
    QPointer<HostKeyDialog> guard(dialog);
    open(dialog, [this, question, guard] {
        {
            const std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (guard && !question->done)
                question->decision = guard->decision();
        }
        finish(question);
    });
}

void GuiSshPolicy::askSecret(const std::shared_ptr<Question> &question, const QString &keychainProblem)
{
    const nb::SecretRequest &request = *question->secret;
    const auto key = CredentialDialog::keychainKey(request, m_cluster);
    if (key && !m_keychainTried.contains(*key)) {
        // A stored answer is offered once per pool; when the engine asks again, it was
        // not accepted and the operator is asked.
        m_keychainTried.insert(*key);
        m_store->read(*key, [this, question](const nb::SecretResult &result) {
            if (m_closed) { // close() answered it already
                m_asking.reset();
                showNext();
                return;
            }
            if (result.ok()) {
                {
                    const std::lock_guard<std::mutex> lock(m_shared->mutex);
                    question->answer = result.value;
                }
                finish(question);
                m_asking.reset();
                showNext();
                return;
            }
            askSecret(question, result.status == nb::SecretResult::Status::NotFound ? QString() : result.message);
        });
        return;
    }
    auto *dialog = new CredentialDialog(request, m_cluster, m_store, m_dialogParent);
    if (!keychainProblem.isEmpty())
        dialog->setKeychainUnavailable(keychainProblem);
    QPointer<CredentialDialog> guard(dialog);
    open(dialog, [this, question, guard] {
        {
            const std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (guard && !question->done && guard->result() == QDialog::Accepted)
                question->answer = guard->answer();
        }
        finish(question);
    });
}

void GuiSshPolicy::showChangedKey(const nb::ChangedHostKey &change)
{
    open(new ChangedHostKeyDialog(change, m_dialogParent), [] {});
}

void GuiSshPolicy::finish(const std::shared_ptr<Question> &question)
{
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (question->done)
            return;
        question->done = true;
        auto &waiting = m_shared->waiting;
        waiting.erase(std::remove(waiting.begin(), waiting.end(), question), waiting.end());
    }
    m_shared->answered.notify_all();
    if (question->loop)
        question->loop->quit();
}
