#pragma once

#include <QString>
#include <QVector>

#include <chrono>
#include <functional>
#include <optional>

namespace nb {

// A host key that known_hosts does not list yet, as the operator is asked about it.
struct HostKeyQuestion
{
    QString hostLabel;      // app-1, lb, ...
    QString host;           // the address connected to
    int port = 22;
    QString keyType;        // ssh-ed25519, ecdsa-sha2-nistp256, ...
    QString fingerprint;    // SHA256:... exactly as OpenSSH prints it
    QString knownHostsFile; // where "accept and save" writes it
};

enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndSave };

// A host key that differs from the one known_hosts lists. It is refused every time;
// the front end is told so it can show the refusal and its fix where the operator is
// looking, instead of leaving it inside an error string that may end in a log line.
struct ChangedHostKey
{
    QString hostLabel;
    QString host;
    int port = 22;
    QString keyType;        // what the host presents now
    QString fingerprint;    // SHA256:... of the key it presents now
    QString knownHostsFile; // the file that lists the old key
    QVector<int> lines;     // where the old key is in that file (1-based); may be empty
    QString fixCommand;     // ssh-keygen -R ..., once the change has been explained

    // "FILE, line N" (just FILE when no line is known): where the old key is, in the
    // same words in the CLI's message and the console's dialog.
    QString oldKeyLocation() const;
};

// A secret the engine needs in the middle of connecting.
struct SecretRequest
{
    enum class Kind { KeyPassphrase, Password, KeyboardInteractive };
    Kind kind = Kind::Password;
    QString hostLabel;
    QString user;
    QString prompt;  // what the server or the key file asks
    QString keyFile; // for KeyPassphrase
    bool echo = false;
};

// How sessions are opened and kept. The callbacks are called on the host's worker
// thread while it waits: a GUI answers them through a blocking queued call to its own
// thread, the CLI on the terminal. Without a callback the engine takes the safe answer
// (reject the key, skip the method).
struct SshPolicy
{
    std::function<HostKeyDecision(const HostKeyQuestion &)> unknownHostKey;
    std::function<std::optional<QString>(const SecretRequest &)> secret;
    // Told, never asked: the refusal stands whatever it does. Called on the worker thread.
    std::function<void(const ChangedHostKey &)> hostKeyChanged;

    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
    // libssh has no background thread: the engine itself sends a keepalive after this
    // much silence, and calls the connection dropped after keepaliveCountMax unanswered.
    std::chrono::milliseconds keepaliveInterval{std::chrono::seconds(5)};
    int keepaliveCountMax = 3;
    std::chrono::milliseconds idleDisconnect{std::chrono::minutes(10)};
    int maxParallelHosts = 64;

    std::chrono::milliseconds keepaliveWindow() const { return keepaliveInterval * keepaliveCountMax; }
};

} // namespace nb
