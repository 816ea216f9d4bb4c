#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace nb {

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,        // nothing stored under the key
        NoSecureStorage, // no keychain, a locked one, or it refused to store: ask each time
        TimedOut,        // the keychain did not answer (e.g. a hidden unlock prompt)
        Failed,
    };
    Status status = Status::Failed;
    QString value;   // the secret, for a successful read
    QString message; // for a person, when status is not Ok

    bool ok() const { return status == Status::Ok; }
};

// The desktop keychain through Qt Keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store). Keys are "CLUSTER/ROLE" under the service "nbconsole".
// Jobs run asynchronously and give up after a timeout: a keychain that never answers
// (a locked keyring waiting on an invisible prompt) must not hang the console. A
// failed write means there is no secure storage — the caller tells the operator and
// asks each time; there is no fallback to a file, ever.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    static QString key(const QString &cluster, const QString &role);
    static QString serviceName();

    // Each calls `done` exactly once, on this object's thread.
    void read(const QString &key, const Callback &done);
    void write(const QString &key, const QString &secret, const Callback &done);
    void remove(const QString &key, const Callback &done);

    // The same, waiting in a local event loop: for the CLI and worker threads.
    SecretResult readNow(const QString &key);
    SecretResult writeNow(const QString &key, const QString &secret);
    SecretResult removeNow(const QString &key);

private:
    enum class Kind { Read, Write, Remove };
    void start(Kind kind, const QString &key, const QString &secret, const Callback &done);
    SecretResult wait(Kind kind, const QString &key, const QString &secret);

    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
};

} // namespace nb
