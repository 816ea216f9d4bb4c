#include "SecretStore.h"

#include <core/Translate.h>

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::SecretStore", text);
}

SecretResult interpret(bool isWrite, QKeychain::Error error, const QString &errorString)
{
    SecretResult result;
    switch (error) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        // A locked keyring also answers reads with EntryNotFound; only a write can tell
        // "nothing stored" from "nothing usable", which is why writes decide below.
        result.status = SecretResult::Status::NotFound;
        result.message = tr("no password is stored in the keychain yet");
        return result;
    default:
        break;
    }
    if (isWrite || error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError) {
        result.status = SecretResult::Status::NoSecureStorage;
        result.message = tr("no secure storage for passwords is available (%1); the password will be "
                            "asked each time and not stored anywhere").arg(errorString);
        return result;
    }
    result.status = SecretResult::Status::Failed;
    result.message = tr("the keychain refused: %1").arg(errorString);
    return result;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("nbconsole");
}

QString SecretStore::key(const QString &cluster, const QString &role)
{
    return cluster + QLatin1Char('/') + role;
}

void SecretStore::read(const QString &key, const Callback &done)
{
    start(Kind::Read, key, {}, done);
}

void SecretStore::write(const QString &key, const QString &secret, const Callback &done)
{
    start(Kind::Write, key, secret, done);
}

void SecretStore::remove(const QString &key, const Callback &done)
{
    start(Kind::Remove, key, {}, done);
}

void SecretStore::start(Kind kind, const QString &key, const QString &secret, const Callback &done)
{
    QKeychain::Job *job = nullptr;
    if (kind == Kind::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName());
    } else if (kind == Kind::Write) {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(secret);
        job = writeJob;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName());
    }
    job->setKey(key);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the timeout, is the one reported.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=]() {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult result;
        result.status = kind == Kind::Write ? SecretResult::Status::NoSecureStorage : SecretResult::Status::TimedOut;
        result.message = tr("the keychain did not answer within %1 s (is it locked?); the password will be "
                            "asked each time").arg(m_timeout.count() / 1000.0);
        done(result);
    });
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult result = interpret(kind == Kind::Write, finished->error(), finished->errorString());
        if (result.ok() && kind == Kind::Read)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (kind == Kind::Remove && result.status == SecretResult::Status::NotFound)
            result.status = SecretResult::Status::Ok; // deleting what is not there is done
        done(result);
    });
    timer->start(m_timeout);
    job->start();
}

SecretResult SecretStore::wait(Kind kind, const QString &key, const QString &secret)
{
    SecretResult result;
    QEventLoop loop;
    bool finished = false;
    start(kind, key, secret, [&](const SecretResult &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

SecretResult SecretStore::readNow(const QString &key)
{
    return wait(Kind::Read, key, {});
}

SecretResult SecretStore::writeNow(const QString &key, const QString &secret)
{
    return wait(Kind::Write, key, secret);
}

SecretResult SecretStore::removeNow(const QString &key)
{
    return wait(Kind::Remove, key, {});
}

} // namespace nb
